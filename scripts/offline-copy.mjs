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
/** The rest of the stylesheet, loaded without blocking, and its copy for pages read without JavaScript. */
const REST_STYLESHEET = /<link rel="stylesheet" href="([^"]+)" media="print" data-rest-css>/;

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page's offline copy: the whole stylesheet linked in place of the inlined first-screen CSS and the deferred
 * rest. A page without an inlined first screen is its own offline copy.
 * @param {string} html
 * @returns {string}
 */
export function offlineCopy(html) {
  const style = FIRST_SCREEN_STYLE.exec(html);
  if (!style) return html;
  const rest = REST_STYLESHEET.exec(html);
  let copy = html.replace(FIRST_SCREEN_STYLE, () => `<link rel="stylesheet" href="${style[1]}">`);
  if (rest) {
    copy = copy
      .replace(rest[0], '')
      .replace(new RegExp(`<noscript><link rel="stylesheet" href="${escapeRegExp(rest[1] ?? '')}"></noscript>`), '');
  }
  return copy;
}
