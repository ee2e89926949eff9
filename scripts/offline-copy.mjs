// Each page is built twice: the page itself, which the network serves, and its offline copy beside it, which the
// service worker precaches and serves for that page's address.
// - The page carries its first screen's CSS inline (hashed for the CSP), so it renders from the HTML response alone
//   on a slow phone network, and loads the rest of the stylesheet without blocking.
// - The offline copy links the whole stylesheet instead (one cached file, read from the device): the inlined copy
//   would cost about 3 KB gzip per page in the precache, whose 500 KB budget is better spent on pages.

/** The offline copy's file name, beside each page's index.html (the service worker's directoryIndex). */
export const OFFLINE_COPY_FILE = 'offline-copy.html';

/** The inlined first-screen style, marked with the URL of the whole stylesheet the offline copy links instead. */
const FIRST_SCREEN_STYLE = /<style data-offline-css="([^"]+)">[\s\S]*?<\/style>/;
/** The rest of the stylesheet, held until the first paint, and its copy for pages read without JavaScript. */
const REST_STYLESHEET = /<link rel="stylesheet" href="([^"]+)" data-rest-css>/;

/** The script that holds what the first screen does not need until it has painted, and what it holds. */
const AFTER_PAINT_SCRIPT = /<script data-after-paint-script>[\s\S]*?<\/script>/;
const AFTER_PAINT_TEMPLATE = /<template data-after-paint>([\s\S]*?)<\/template>/;
const MANIFEST = /<link rel="manifest"[^>]*>/;

/**
 * The html with what <template data-after-paint> holds written out in place (the manifest back in <head>) and
 * without the script that would hold it: read from the device, nothing waits on the network, and the copy is
 * spared the script's bytes in the precache.
 * @param {string} html
 */
function withoutAfterPaint(html) {
  const template = AFTER_PAINT_TEMPLATE.exec(html);
  if (!template) return html;
  const held = template[1] ?? '';
  const manifest = MANIFEST.exec(held)?.[0] ?? '';
  return html
    .replace(AFTER_PAINT_SCRIPT, '')
    .replace(template[0], () => held.replace(MANIFEST, ''))
    .replace('</head>', () => `${manifest}</head>`);
}

/** What only helps a page that comes over the network paint sooner (the quiz's opening): left out of the copy. */
const NETWORK_ONLY = /<(\w+)[^>]*\bdata-network-only\b[^>]*>/;

/**
 * The html without each element marked data-network-only (and what it holds).
 * @param {string} html
 */
function withoutNetworkOnly(html) {
  let rest = html;
  for (let start = NETWORK_ONLY.exec(rest); start; start = NETWORK_ONLY.exec(rest)) {
    const name = start[1] ?? '';
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
    tags.lastIndex = start.index + start[0].length;
    let depth = 1;
    let end = -1;
    for (let tag = tags.exec(rest); tag; tag = tags.exec(rest)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    if (end < 0) throw new Error(`offline copy: <${name} data-network-only> is never closed`);
    rest = rest.slice(0, start.index) + rest.slice(end);
  }
  return rest;
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page's offline copy: the whole stylesheet linked in place of the inlined first-screen CSS and the deferred
 * rest, what waited for the first paint written out in place, and without what is marked data-network-only. A page
 * without an inlined first screen keeps its own stylesheets.
 * @param {string} html
 * @returns {string}
 */
export function offlineCopy(html) {
  const page = withoutAfterPaint(withoutNetworkOnly(html));
  const style = FIRST_SCREEN_STYLE.exec(page);
  if (!style) return page;
  const rest = REST_STYLESHEET.exec(page);
  let copy = page.replace(FIRST_SCREEN_STYLE, () => `<link rel="stylesheet" href="${style[1]}">`);
  if (rest) {
    copy = copy
      .replace(rest[0], '')
      .replace(new RegExp(`<noscript><link rel="stylesheet" href="${escapeRegExp(rest[1] ?? '')}"></noscript>`), '');
  }
  return copy;
}
