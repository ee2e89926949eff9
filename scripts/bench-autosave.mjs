// Autosave benchmark: in Chromium, against the production build, a plan with 5 children and 40 talks;
// each edit is saved through the real IndexedDB path. Reports the median time from the start of a save to its
// commit, as measured by the page itself (performance.measure 'opendoor:plan-save'). Target: <= 16 ms.
import { chromium } from 'playwright-core';
import { largePlan } from '../tests/domain/plan-helpers.ts';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { startServer } from './start-server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4341);
const EDITS = 40;
const TARGET_MS = 16;

const server = await startServer({ port: PORT, dir: process.env.SERVE_DIR ?? 'dist' });
const browser = await chromium.launch({
  executablePath: await findChrome(),
  args: [...CHROME_FLAGS, '--headless=new'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/plan/`);
  const file = JSON.stringify({
    format: 'open-door-plan',
    version: 1,
    exportedAt: new Date().toISOString(),
    plan: largePlan(),
  });
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await page.getByText('Imported. Your plan has been replaced.').waitFor();
  await page.evaluate(() => performance.clearMeasures('opendoor:plan-save'));

  const note = page.getByLabel('Private note').first();
  for (let edit = 0; edit < EDITS; edit += 1) {
    await note.press('End');
    await note.press(String(edit % 10));
    await page.locator('.plan-save', { hasText: 'Saved on this device' }).waitFor();
  }
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('opendoor:plan-save').map((entry) => entry.duration),
  );
  const sorted = [...durations].sort((a, b) => a - b);
  if (durations.length < EDITS / 2) throw new Error('Too few saves were measured');
  const at = (/** @type {number} */ fraction) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
  const median = at(0.5);
  const p90 = at(0.9);
  console.log(`Autosave to committed, plan with 5 children and 40 talks, ${durations.length} saves:`);
  console.log(
    `  median ${median.toFixed(1)} ms, 90th percentile ${p90.toFixed(1)} ms, fastest ${at(0).toFixed(1)} ms, slowest ${at(1).toFixed(1)} ms (target median <= ${TARGET_MS} ms)`,
  );
  process.exitCode = median <= TARGET_MS ? 0 : 1;
} finally {
  await browser.close();
  server.stop();
}
