// Vite wraps every import('./chunk.js') in a preload helper that adds <link rel="modulepreload"> for the chunk's own
// imports (0.9 KB gzip, on every page that has a lazy import). Astro sets build.modulePreload itself, so the config
// cannot turn it off. Here it does nothing but the import: lazy chunks are small, the service worker keeps them, and
// a lazy chunk's imports load as soon as it is parsed, one round trip later at most.
/** @returns {import('vite').Plugin} */
export function noPreloadHelper() {
  return {
    name: 'open-door:no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
