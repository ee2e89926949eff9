import { describe, expect, it } from 'vitest';
import { offlineCopy } from '../../scripts/offline-copy.mjs';

const page = (head: string, end: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<title>T</title></head><body><main><h1>Hi</h1></main>${end}<script type="module" src="/_astro/Base.js"></script></body></html>`;

const firstScreen = '<style data-offline-css="/_astro/all.A1.css">body{margin:0}.site-bar{position:sticky}</style>';
const rest =
  '<link rel="stylesheet" href="/_astro/global.B2.css" data-rest-css><noscript><link rel="stylesheet" href="/_astro/global.B2.css"></noscript>';

describe('offlineCopy', () => {
  it('links the whole stylesheet in place of the inlined first screen and the deferred rest', () => {
    const copy = offlineCopy(page(firstScreen, rest));
    expect(copy).toBe(page('<link rel="stylesheet" href="/_astro/all.A1.css">', ''));
  });

  it('keeps everything else exactly as it was', () => {
    const other = '<style>.share{display:flex}</style><script>document.documentElement.dataset.js=""</script>';
    const copy = offlineCopy(page(`${firstScreen}${other}`, `<p>after</p>${rest}`));
    expect(copy).toBe(page(`<link rel="stylesheet" href="/_astro/all.A1.css">${other}`, '<p>after</p>'));
  });

  it('leaves a page without an inlined first screen as it is', () => {
    const plain = page('<link rel="stylesheet" href="/_astro/schools.C3.css">', '');
    expect(offlineCopy(plain)).toBe(plain);
  });

  it('keeps a noscript stylesheet that is not the deferred rest', () => {
    const other = '<noscript><link rel="stylesheet" href="/_astro/other.D4.css"></noscript>';
    expect(offlineCopy(page(firstScreen, `${rest}${other}`))).toContain(other);
  });
});

describe('offlineCopy and what waits for the first paint', () => {
  const hold = '<script data-after-paint-script>!function(d){}(document)</script>';
  const shell = '<script type="module" src="/_astro/Base.js"></script>';
  const held = (css: string) =>
    `<template data-after-paint><link rel="manifest" href="/manifest.webmanifest">${css}${shell}</template>`;

  it('writes what the template holds out in place, the manifest in <head>, without the script that holds it', () => {
    const html = `<!doctype html><html><head>${hold}${firstScreen}</head><body><main></main>${held('<link rel="stylesheet" href="/_astro/global.B2.css" data-rest-css>')}<noscript><link rel="stylesheet" href="/_astro/global.B2.css"></noscript></body></html>`;
    expect(offlineCopy(html)).toBe(
      `<!doctype html><html><head><link rel="stylesheet" href="/_astro/all.A1.css"><link rel="manifest" href="/manifest.webmanifest"></head><body><main></main>${shell}</body></html>`,
    );
  });
});

describe('offlineCopy and what only helps over the network', () => {
  it('leaves out each element marked data-network-only, with everything inside it', () => {
    const opening =
      '<div class="quiz-opening" data-network-only><div><p>Situation 1</p></div><fieldset><input disabled></fieldset></div>';
    const copy = offlineCopy(
      page(firstScreen, rest).replace('<h1>Hi</h1>', `<h1>Hi</h1>${opening}<div id="island"></div>`),
    );
    expect(copy).toContain('<h1>Hi</h1><div id="island"></div></main>');
    expect(copy).not.toContain('Situation 1');
  });

  it('fails the build on a marked element that is never closed', () => {
    expect(() => offlineCopy(page(firstScreen, '<div data-network-only><p>open'))).toThrow(/never closed/);
  });
});
