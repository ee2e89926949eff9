// Two things Astro repeats on every built page that the offline precache pays for once per page:
// - the astro-island runtime (about 4.4 KB raw) inlined into every page with an island: it becomes one shared,
//   hashed file under _astro/, loaded as a module (islands upgrade when it arrives, as custom elements do);
// - the Content-Security-Policy lists the hashes of every inline script and style on the whole site: each page
//   keeps only the hashes of its own inline scripts and styles (plus the ones the config names), a tighter policy.
// It also moves every module script (the shell, the island runtime) into the template that holds them until the first
// paint (holdUntilPaint), and writes each page's offline copy beside it (scripts/offline-copy.mjs).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_COPY_FILE, offlineCopy } from './offline-copy.mjs';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The template whose contents join <head> after the first paint (src/build/after-paint-script.ts). */
const AFTER_PAINT_END = /(<template data-after-paint>[\s\S]*?)(<\/template>)/;
const MODULE_SCRIPT = /<script type="module" src="[^"]+"><\/script>/g;

/**
 * The page with every module script it loads moved into <template data-after-paint>, in page order, so no script
 * is requested before the first screen has painted: the shell (Base.astro writes it after the template, as Astro
 * leaves a <script> written inside a <template> unbundled) and the island runtime. A page without the template is
 * left as it is.
 * @param {string} html
 */
export function holdUntilPaint(html) {
  const template = AFTER_PAINT_END.exec(html);
  if (!template) return html;
  const held = [...(template[1] ?? '').matchAll(MODULE_SCRIPT)].map(([tag]) => tag);
  /** @type {string[]} */
  const outside = [];
  const rest = html.replace(AFTER_PAINT_END, '\0after-paint\0').replace(MODULE_SCRIPT, (tag) => {
    outside.push(tag);
    return '';
  });
  const content = (template[1] ?? '').replace(MODULE_SCRIPT, '');
  return rest.replace('\0after-paint\0', () => `${content}${[...held, ...outside].join('')}</template>`);
}

/** @param {string} text */
export const sha256Base64 = (text) => createHash('sha256').update(text).digest('base64');

/** @param {string} body */
export const isIslandRuntime = (body) => body.includes('customElements.define("astro-island"');

/**
 * The page with its island runtime loaded from `runtimeUrl` instead of inlined (when it has one).
 * @param {string} html
 * @param {string} runtimeUrl
 */
export function externaliseIslandRuntime(html, runtimeUrl) {
  return html.replace(INLINE_SCRIPT, (whole, _attributes, body) =>
    isIslandRuntime(body) ? `<script type="module" src="${runtimeUrl}"></script>` : whole,
  );
}

/**
 * A CSP value whose script-src and style-src hashes are exactly the page's own inline scripts and styles plus
 * `keepScriptHashes` (scripts the config allows everywhere); every other directive stays as Astro wrote it.
 * @param {string} html
 * @param {readonly string[]} keepScriptHashes like "sha256-…"
 */
export function pageOwnCsp(html, keepScriptHashes) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const scriptHashes = new Set(keepScriptHashes.map((hash) => `'${hash}'`));
  for (const [, , body] of html.matchAll(INLINE_SCRIPT)) scriptHashes.add(`'sha256-${sha256Base64(body ?? '')}'`);
  const styleHashes = new Set();
  for (const [, body] of html.matchAll(INLINE_STYLE)) styleHashes.add(`'sha256-${sha256Base64(body ?? '')}'`);
  const directives = (meta[2] ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const hashes = name === 'script-src' ? scriptHashes : styleHashes;
      const kept = sources.filter((source) => !source.startsWith("'sha256-"));
      return [name, ...kept, ...hashes].join(' ');
    });
  return html.replace(CSP_META, `$1${directives.join('; ')};$3`);
}

/** @param {string} directory @returns {Promise<string[]>} */
async function htmlFiles(directory) {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== OFFLINE_COPY_FILE)
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * @param {{ keepScriptHashes: readonly string[] }} options
 * @returns {import('astro').AstroIntegration}
 */
export function leanHtml({ keepScriptHashes }) {
  let base = '/';
  return {
    name: 'open-door-lean-html',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        /** @type {string | undefined} */
        let runtimeUrl;
        let moved = 0;
        for (const file of files) {
          let html = await readFile(file, 'utf8');
          const runtime = [...html.matchAll(INLINE_SCRIPT)].find(([, , body]) => isIslandRuntime(body ?? ''));
          if (runtime) {
            const body = runtime[2] ?? '';
            const name = `astro-island.${createHash('sha256').update(body).digest('hex').slice(0, 8)}.js`;
            const url = `${base}_astro/${name}`;
            if (runtimeUrl !== url) {
              if (runtimeUrl)
                throw new Error(`Two different astro-island runtimes in one build (${runtimeUrl}, ${url})`);
              runtimeUrl = url;
              await writeFile(join(root, '_astro', name), body);
            }
            html = externaliseIslandRuntime(html, url);
            moved += 1;
          }
          html = holdUntilPaint(html);
          await writeFile(file, pageOwnCsp(html, keepScriptHashes));
          if (basename(file) === 'index.html')
            await writeFile(join(dirname(file), OFFLINE_COPY_FILE), pageOwnCsp(offlineCopy(html), keepScriptHashes));
        }
        logger.info(
          `island runtime shared by ${moved} pages; CSP trimmed to each page's own hashes on ${files.length} pages; an offline copy beside each page`,
        );
      },
    },
  };
}
