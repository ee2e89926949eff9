// The inline script in every page's head that picks the region before first paint, so numbers never flash: a
// ?region= in the address wins (and is remembered), else the remembered choice; nothing else is read. Kept tiny
// (it counts against the 3 KB content-page budget) and hashed for the CSP in astro.config.mjs. The ids and the
// storage key must match src/domain/regions.ts and src/domain/region-choice.ts (a unit test checks). It also marks
// <html data-js>, so what needs JavaScript can show from the first paint instead of appearing (and shifting the page)
// once a module script runs.
export const REGION_HEAD_IDS: readonly string[] = ['uk', 'ie', 'us', 'ca', 'au', 'nz', 'anywhere'];
export const REGION_HEAD_KEY = 'opendoor:help-region';

export const regionHeadScript =
  `!function(d){var k=${JSON.stringify(REGION_HEAD_KEY)},o=/^(${REGION_HEAD_IDS.join('|')})$/,` +
  `r=new URLSearchParams(location.search).get("region");d.dataset.js="";` +
  `try{o.test(r)?localStorage.setItem(k,r):r=localStorage.getItem(k)}catch(e){}` +
  `o.test(r)&&(d.dataset.region=r)}(document.documentElement)`;
