import { createHash } from 'node:crypto';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { generateHydrationScript } from 'solid-js/web';
import { languageRoutes } from './scripts/language-routes.mjs';
import { leanHtml } from './scripts/lean-html.mjs';
import { noPreloadHelper } from './scripts/no-preload-helper.mjs';
import { markdownBaseLinks } from './scripts/markdown-base-links.mjs';
import { afterPaintScript } from './src/build/after-paint-script.ts';
import { regionHeadScript } from './src/build/region-head-script.ts';
import { base, site } from './site.config.mjs';

// Solid injects an inline hydration bootstrap that Astro does not hash; allow exactly that script.
// Languages: English at the root, the others under their prefix (src/domain/locales.ts holds the same list).
const locales = ['en', 'es', 'ar'];
const defaultLocale = 'en';

const solidBootstrap = /<script[^>]*>([\s\S]*?)<\/script>/.exec(generateHydrationScript())?.[1];
if (!solidBootstrap) throw new Error('Could not read the Solid hydration script to hash it for the CSP');
/** @type {`sha256-${string}`} */
const solidBootstrapHash = `sha256-${createHash('sha256').update(solidBootstrap).digest('base64')}`;
// The region head script (src/build/region-head-script.ts) is inlined by Base.astro: allow exactly that script.
/** @type {`sha256-${string}`} */
const regionHeadHash = `sha256-${createHash('sha256').update(regionHeadScript).digest('base64')}`;
// The after-paint script (src/build/after-paint-script.ts), inlined by Base.astro beside it.
/** @type {`sha256-${string}`} */
const afterPaintHash = `sha256-${createHash('sha256').update(afterPaintScript).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales, defaultLocale, routing: { prefixDefaultLocale: false } },
  integrations: [
    solid(),
    languageRoutes({ locales, defaultLocale }),
    sitemap({
      filter: (page) => !/\/(offline|404)\/?$/.test(new URL(page).pathname),
      // Each page lists its twins in every language (xhtml:link hreflang) and English as x-default. The hreflang
      // alternates live here rather than in every page's <head>, which keeps each page and its offline copy small.
      i18n: { defaultLocale, locales: { en: 'en', es: 'es', ar: 'ar' } },
      serialize: (item) => {
        const english = item.links?.find((link) => link.lang === 'en');
        return english ? { ...item, links: [...(item.links ?? []), { lang: 'x-default', url: english.url }] } : item;
      },
    }),
    // Links written in Markdown ("/help/parent/") follow the base path, like route() in pages.
    markdownBaseLinks(base),
    // After the build: one shared island runtime file, and each page's CSP holding only its own hashes. Solid's
    // hydration script is not kept: every island is client:only, so no page carries it (one that did would get its
    // hash as one of its own), and its 44 characters of hash cost every page bytes in the first round trip.
    leanHtml({ keepScriptHashes: [regionHeadHash] }),
  ],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [noPreloadHelper()],
    // The package's "module" entry is an ES5 build; the modern one is 40% smaller and every browser we serve runs it.
    resolve: { alias: { 'workbox-window': 'workbox-window/build/workbox-window.prod.mjs' } },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [solidBootstrapHash, regionHeadHash, afterPaintHash] },
    },
  },
});
