// Renders the PNG icons and the Open Graph image from the SVG sources with the local Chromium.
// Run after changing public/icons/*.svg: npm run icons. The PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';

const browser = await chromium.launch({
  executablePath: await findChrome(),
  args: [...CHROME_FLAGS, '--headless=new'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });

/** @param {string} html @param {number} width @param {number} height @param {string} path */
async function render(html, width, height, path) {
  await page.setViewportSize({ width, height });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden}</style>${html}`,
  );
  await page.screenshot({ path, omitBackground: false });
  console.log(`wrote ${path}`);
}

const icon = readFileSync('public/icons/icon.svg', 'utf8');
const maskable = readFileSync('public/icons/maskable.svg', 'utf8');
const sized = (/** @type {string} */ svg, /** @type {number} */ size) =>
  svg.replace('<svg ', `<svg style="flex:none" width="${size}" height="${size}" `);

await render(sized(icon, 192), 192, 192, 'public/icons/icon-192.png');
await render(sized(icon, 512), 512, 512, 'public/icons/icon-512.png');
await render(sized(maskable, 512), 512, 512, 'public/icons/maskable-512.png');
await render(sized(maskable, 180), 180, 180, 'public/icons/apple-touch-icon.png');
await render(
  `<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px;background:#faf7f2;color:#1f2328;
     font-family:system-ui,sans-serif;display:flex;gap:64px;align-items:center">
     ${sized(icon, 300)}
     <div><div style="font-size:88px;font-weight:800">Open Door</div>
     <div style="font-size:42px;line-height:1.3;margin-top:24px;color:#4a4f57">The words to talk with your child about online safety and sextortion. Free, private, works offline.</div></div>
   </div>`,
  1200,
  630,
  'public/og-image.png',
);
await browser.close();
