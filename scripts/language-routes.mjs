// Astro integration: every page in src/pages gets a twin under each other language's prefix (/es/…, /ar/…),
// built from the same .astro file. The page learns its language from Astro.currentLocale (Astro's i18n routing)
// and, in getStaticPaths, from the route pattern it is called for. New pages need nothing: they are twinned here.
// Endpoints (.ts) are not twinned: one that differs per language is written under src/pages/[lang]/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Pages that exist once for the whole site: the host serves /404.html for any language. */
const SINGLE = new Set(['404']);

/**
 * The .astro pages under a folder, as route patterns ("talk/[band]/[topic]", "" for the home page).
 * @param {string} pagesDir
 * @returns {{ pattern: string, file: string }[]}
 */
export function pagePatterns(pagesDir) {
  /** @param {string} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.astro') ? [path] : [];
    });
  return (
    walk(pagesDir)
      .map((file) => ({
        file,
        pattern: relative(pagesDir, file)
          .replaceAll('\\', '/')
          .replace(/\.astro$/, '')
          .replace(/(^|\/)index$/, ''),
      }))
      // Routes already made per language ([lang]/…) and pages made once stay as they are.
      .filter(({ pattern }) => !SINGLE.has(pattern) && !pattern.startsWith('[lang]/'))
      .sort((a, b) => a.pattern.localeCompare(b.pattern))
  );
}

/**
 * @param {{ locales: readonly string[], defaultLocale: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function languageRoutes({ locales, defaultLocale }) {
  return {
    name: 'open-door-language-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute, config }) => {
        const pagesDir = new URL('./src/pages/', config.root);
        for (const { file, pattern } of pagePatterns(pagesDir.pathname)) {
          for (const locale of locales) {
            if (locale === defaultLocale) continue;
            injectRoute({
              pattern: `/${locale}/${pattern}`,
              entrypoint: `./${relative(config.root.pathname, file)}`,
            });
          }
        }
      },
    },
  };
}
