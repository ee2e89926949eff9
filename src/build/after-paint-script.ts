// The inline script in every page's head that holds back everything but the page itself until its first screen has
// painted: the rest of the stylesheet, the manifest, the shell and the island runtime wait in
// <template data-after-paint>, and join <head> once the browser reports the first contentful paint. A request started before that paint is one the
// paint may wait for (a slow network shares its bandwidth with it), so the page's first screen depends on its HTML
// alone. Where paint timing is missing, they join as soon as the page is parsed. Kept tiny: it counts against the
// 3 KB content-page budget; hashed for the CSP in astro.config.mjs. The offline copy, read from the device, does
// without it (scripts/offline-copy.mjs).
export const AFTER_PAINT_SELECTOR = 'template[data-after-paint]';

export const afterPaintScript =
  `!function(d){function a(){d.head.append(d.querySelector(${JSON.stringify(AFTER_PAINT_SELECTOR)}).content.cloneNode(!0))}` +
  `function l(){"loading"==d.readyState?addEventListener("DOMContentLoaded",a):a()}` +
  `try{if(PerformanceObserver.supportedEntryTypes.includes("paint"))return void new PerformanceObserver(function(e,o){` +
  `e.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),l())}).observe({type:"paint",buffered:!0})}` +
  `catch(e){}l()}(document)`;
