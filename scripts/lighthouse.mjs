// Mobile Lighthouse on one page of each kind, served from dist/ by the project's own server.
// Prints Performance, Accessibility, Best Practices, SEO, LCP, TBT and CLS of the median of LIGHTHOUSE_RUNS runs
// (default 5). A report, not a test:
// pass --strict to exit non-zero when any score is below 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { startServer } from './start-server.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4340);
const ROUTES = process.env.LIGHTHOUSE_ROUTES
  ? process.env.LIGHTHOUSE_ROUTES.split(',')
  : [
      '/',
      '/talk/',
      '/talk/11-13/',
      '/talk/14-17/if-it-ever-happens/',
      '/help/',
      '/help/young-person/',
      '/help/routes/',
      '/quiz/',
      '/quiz/11-13/',
      '/plan/',
      '/schools/',
      '/schools/poster/',
      '/privacy/',
      '/about/',
    ];
const strict = process.argv.includes('--strict');
/**
 * Runs per route (LIGHTHOUSE_RUNS, default 5): the median run is reported. Five, as Lighthouse's variability guide
 * advises: on this project's machines Chromium's own start-up task for the page ("Unattributable", also on a blank
 * page) moves TBT by up to 150 ms from run to run, and with three runs one slow run decided a route's score.
 */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));

const server = await startServer({ port: PORT, dir: process.env.SERVE_DIR ?? 'dist' });

const chromePath = await findChrome();
/**
 * One route in a browser of its own: reusing one browser across runs left a service worker or a half-torn-down
 * tab behind, and Lighthouse then failed with NO_NAVSTART.
 * @param {string} url
 */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROME_FLAGS, '--headless=new'] });
  try {
    return await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
  } finally {
    await chrome.kill();
  }
}
const rows = [];
try {
  for (const route of ROUTES) {
    // A trace that failed to record (NO_NAVSTART, seen on a busy machine) is Lighthouse's own flake: try again.
    /** @type {import('lighthouse').Result[]} */
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      let result = await audit(`${server.origin}${route}`);
      for (let attempt = 2; attempt <= 3 && result?.lhr.runtimeError?.code === 'NO_NAVSTART'; attempt += 1)
        result = await audit(`${server.origin}${route}`);
      if (!result) throw new Error(`Lighthouse returned no result for ${route}`);
      const { runtimeError } = result.lhr;
      if (runtimeError)
        throw new Error(`Lighthouse could not run on ${route}: ${runtimeError.code} ${runtimeError.message}`);
      runs.push(result.lhr);
    }
    // One run's simulated LCP moves by a few hundred ms from run to run: the run nearest the median, as Lighthouse's
    // own tools choose it, and the range.
    const { categories, audits } = computeMedianRun(runs);
    const lcps = runs.map((run) => Math.round(run.audits['largest-contentful-paint']?.numericValue ?? NaN));
    const score = (/** @type {string} */ id) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    const metric = (/** @type {string} */ id) => {
      const value = audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse measured no ${id} on ${route}`);
      return value;
    };
    rows.push({
      route,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      seo: score('seo'),
      LCP: `${Math.round(metric('largest-contentful-paint'))} ms`,
      ...(RUNS > 1 ? { 'LCP range': `${Math.min(...lcps)}-${Math.max(...lcps)} ms` } : {}),
      TBT: `${Math.round(metric('total-blocking-time'))} ms`,
      CLS: metric('cumulative-layout-shift').toFixed(3),
      'failing audits': failing.join(', ') || '-',
    });
  }
} finally {
  server.stop();
}

console.table(rows);
const below = rows.filter((row) =>
  [row.performance, row.accessibility, row['best practices'], row.seo].some((value) => value < 100),
);
if (below.length > 0) {
  console.log(`Below 100 on: ${below.map((row) => row.route).join(', ')}`);
  if (strict) process.exit(1);
} else {
  console.log('Every route scored 100 in all four categories.');
}
