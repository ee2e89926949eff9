// Serves the production build (dist/) on 127.0.0.1 with the headers of dist/_headers, compressed (gzip or brotli, as
// the browser asks), as a static host would: Lighthouse then measures what a family's phone would download.
// Usage (through npm, so Node 24 runs it): npm run serve [-- --dir dist --port 4321]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { base } from '../site.config.mjs';
import { headersFor, readHeadersFile } from './headers-file.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build found in ${root}. Run "npm run build" first.`);
  process.exit(1);
}
const prefix = base.endsWith('/') ? base : `${base}/`;
const headerRules = existsSync(join(root, '_headers')) ? readHeadersFile(join(root, '_headers')) : [];
const notFoundPage = readFileSync(join(root, '404.html'));
const serveFile = sirv(root, { dev: true, etag: true, dotfiles: false });
// compression's types ask for Express's request; it works on Node's own (it only reads headers and wraps writes).
/** @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void} */
const compress = /** @type {any} */ (compression());

const server = createServer((request, response) => compress(request, response, () => serve(request, response)));

/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
function serve(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(prefix)) {
    response.writeHead(302, { Location: prefix });
    response.end();
    return;
  }
  const sitePath = `/${url.pathname.slice(prefix.length)}`;
  for (const [name, value] of headersFor(headerRules, sitePath)) response.setHeader(name, value);
  if (sitePath === '/_headers') return notFound(response);
  // Directory URLs always end in a slash (Astro trailingSlash: 'always').
  if (!sitePath.endsWith('/') && !/\.[a-z0-9]+$/i.test(sitePath) && existsSync(join(root, sitePath, 'index.html'))) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  request.url = `${sitePath}${url.search}`;
  serveFile(request, response, () => notFound(response));
}

/** @param {import('node:http').ServerResponse} response */
function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(notFoundPage);
}

server.listen(Number(values.port), values.host, () => {
  console.log(
    `Open Door is running at http://${values.host}:${values.port}${prefix} (serving ${root}). Press Ctrl+C to stop.`,
  );
});
