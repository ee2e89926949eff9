// The inline script inside each help-routes block (RegionRoutes.astro), after its picker and list of links and
// before the regions: it draws the picker's first view while the page is parsed, before the first paint. It swaps
// the list of links for the picker and marks the block data-show="<region>", which critical.css uses to hide the
// other regions as the parser reaches them. The picker's module (src/client/region-picker.ts) arrives after the
// paint; without this it hid the other regions only then, moving the page under the reader's finger (CLS 0.04 on
// /help/routes/). Until the module takes over (or if it never arrives, on a connection that drops), choosing in the
// picker still shows that country's help: the choice is only not remembered. The module applies the same view (suggestFromTable in src/domain/region-suggest.ts, the same
// table) as `hidden` on each region, then clears data-show; if the two ever disagreed, the module's answer would
// win. A unit test checks that they agree. Hashed for the CSP by scripts/lean-html.mjs, like every inline script.
export const regionPickerScript =
  '!function(c){var r=document.documentElement.dataset.region,m=JSON.parse(c.dataset.suggest),' +
  's=c.querySelector("select");' +
  'r||(navigator.languages||[]).some(function(t){t=t.toLowerCase();return r=m[t]||m[t.split("-")[0]]});' +
  's.value=r||"";(s.onchange=function(){c.dataset.show=s.value})();' +
  'c.querySelector("[data-picker]").hidden=!1;c.querySelector("[data-region-links]").hidden=!0}' +
  '(document.currentScript.parentElement)';
