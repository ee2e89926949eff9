import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/build-sw.mjs';
import { OFFLINE_COPY_FILE } from '../../scripts/offline-copy.mjs';
import { ar } from '../../src/i18n/ar';
import { startServer, type StartedServer } from '../../scripts/start-server.mjs';
import { DIST, keptOnceRead, waitForServiceWorker } from './site';

const PORT = Number(process.env.E2E_PORT ?? 4329) + 2;
let siteDir: string;
let server: StartedServer | undefined;

/** Turns the served copy into "build 2" for one language: changed pages (its home page, its pages kept once read)
 * and its service worker generated over them. */
async function publishSecondBuild(locale: 'en' | 'ar' = 'en'): Promise<void> {
  const home = locale === 'en' ? '/' : `/${locale}/`;
  for (const route of [home, ...keptOnceRead(locale)]) {
    // The page and its offline copy (what the worker precaches): both change in a new build.
    for (const file of ['index.html', OFFLINE_COPY_FILE]) {
      const path = join(siteDir, route, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('</main>', '<p data-build="2">Build 2</p></main>'));
    }
  }
  // Exactly the shipped service worker (scripts/build-sw.mjs), over the changed copy.
  await buildServiceWorker(siteDir, locale);
}

test.beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'open-door-update-'));
  cpSync(DIST, siteDir, { recursive: true });
  server = await startServer({ dir: siteDir, port: PORT });
});

test.beforeEach(() => {
  cpSync(DIST, siteDir, { recursive: true });
});

test.afterAll(() => {
  server?.stop();
  rmSync(siteDir, { recursive: true, force: true });
});

test('a new version waits, shows its notice, and takes over when the person accepts', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}`;
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);
  await expect(page.getByText('Ready to use offline')).toBeVisible();

  await publishSecondBuild();
  let flushed = false;
  await page.exposeFunction('noteFlush', () => {
    flushed = true;
  });
  await page.evaluate(() =>
    window.addEventListener('opendoor:before-reload', () =>
      (window as unknown as { noteFlush: () => void }).noteFlush(),
    ),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const notice = page.getByRole('status');
  await expect(notice.getByText('A new version is ready.')).toBeVisible();
  // Until accepted, the old version still serves the page.
  await expect(page.locator('[data-build="2"]')).toHaveCount(0);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  expect(flushed).toBe(true);
  await expect(page.locator('[data-build="2"]')).toHaveText('Build 2');
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
});

test('a page kept once read is fetched again with the new version, so it never points at files the update removed', async ({
  page,
}) => {
  // Arabic, whose words weigh the most: its worker always leaves some pages to keep once read (offline.spec checks).
  const [kept] = keptOnceRead('ar');
  expect(kept, 'an Arabic page kept once read').toBeDefined();
  const { notices } = ar;
  const origin = `http://127.0.0.1:${PORT}`;
  await page.goto(`${origin}/ar/`);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/ar\/sw\.js$/);
  await page.goto(`${origin}${kept}`);
  const keptCopy = () =>
    page.evaluate(
      async (url) => (await (await caches.open('open-door-kept-ar')).match(url))?.text() ?? '',
      `${origin}${kept}`,
    );
  await expect.poll(keptCopy).toContain('</main>');
  expect(await keptCopy()).not.toContain('data-build="2"');
  // Away from the kept page, so reloading does not fetch it again by itself.
  await page.goto(`${origin}/ar/`);

  await publishSecondBuild('ar');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('status').filter({ hasText: notices.updateReady });
  await expect(notice).toBeVisible();
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: notices.reload }).click()]);
  await expect.poll(keptCopy).toContain('data-build="2"');
});

test('an unsaved plan edit survives the update reload', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}`;
  await page.goto(`${origin}/plan/`);
  await waitForServiceWorker(page);
  await page.getByLabel('Code word (optional)').fill('before');
  await expect(page.locator('.plan-save')).toHaveText('Saved on this device');

  await publishSecondBuild();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(notice).toBeVisible();

  // Typed, then Reload at once: well inside the autosave pause, so the edit is not yet stored.
  await page.getByLabel('Code word (optional)').fill('typed just before the update');
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('typed just before the update');
});
