// `import url from './module?chunk-url'` gives the built URL of that module as a chunk of its own, to load later with
// import(url). Vite wraps every import('./literal') in its preload helper (about 0.9 KB gzip on every page, with
// nothing to preload here); an import of a URL it cannot see is left as the browser's own.

const SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';

/** @returns {import('vite').Plugin} */
export function lazyChunkUrl() {
  /** @type {boolean} */
  let serving = false;
  return {
    name: 'open-door:lazy-chunk-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const module = id.slice(PREFIX.length);
      if (serving) return `export default ${JSON.stringify(`/@fs${module}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: module });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
