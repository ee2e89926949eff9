import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, expect, test } from '@playwright/test';
import { SCHOOLS_KIT_PAGES } from '../../scripts/build-sw.mjs';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { builtRoutes, DIST, PREFIXED_LOCALES, waitForServiceWorker } from './site';

const schoolsKit = new Set(SCHOOLS_KIT_PAGES.map((page) => `/${page}`));
const familyRoutes = () => builtRoutes().filter((route) => !schoolsKit.has(route));

test('the precache holds every built page but the schools kit, which is kept once visited', () => {
  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = new Set([...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
  const missing = familyRoutes().filter((route) => !precached.has(`${route}index.html`));
  expect(missing).toEqual([]);
  expect(precached.has('/404.html')).toBe(true);
  expect([...schoolsKit].filter((route) => precached.has(`${route}index.html`))).toEqual([]);
  expect(builtRoutes().filter((route) => schoolsKit.has(route))).toHaveLength(schoolsKit.size);
});

test('each language precaches every page of its own and none of another language', () => {
  for (const locale of PREFIXED_LOCALES) {
    const serviceWorker = readFileSync(join(DIST, locale, 'sw.js'), 'utf8');
    const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
    const pages = precached.filter((url) => url.endsWith('.html'));
    expect(
      builtRoutes(locale).filter((route) => !pages.includes(`${route}index.html`)),
      locale,
    ).toEqual([]);
    expect(
      pages.filter((url) => !url.startsWith(`/${locale}/`)),
      locale,
    ).toEqual([]);
    // The shared shell is there too: the build's scripts and styles.
    expect(precached.some((url) => url.startsWith('/_astro/') && url.endsWith('.css'))).toBe(true);
  }
  const english = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(english).not.toMatch(/url:"\/(es|ar)\//);
});

test('after one visit to an Arabic page, every Arabic route loads offline from its own service worker', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/ar/');
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/ar\/sw\.js$/);
  await context.setOffline(true);
  for (const route of builtRoutes('ar')) {
    const response = await page.goto(route);
    expect(response?.fromServiceWorker(), route).toBe(true);
    await expect(page.locator('html'), route).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1'), route).toHaveCount(1);
  }
  await page.goto('/ar/not-a-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await context.setOffline(false);
});

test('a page in another language visited under the English service worker opens offline too', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/ar/about/');
  const heading = await page.locator('h1').textContent();
  // No Arabic service worker was registered: the visitor did not choose Arabic.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
  await context.setOffline(true);
  const response = await page.goto('/ar/about/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(heading ?? '');
  await context.setOffline(false);
});

test('after one visit, every route loads offline from the service worker', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.getByText('Ready to use offline')).toBeVisible();

  // The schools kit is kept once visited: visit its front page (with a country) while online.
  await page.goto('/schools/?region=ie');
  await expect(page.locator('h1')).toHaveCount(1);

  await context.setOffline(true);
  for (const route of familyRoutes()) {
    const response = await page.goto(route);
    expect(response?.fromServiceWorker(), route).toBe(true);
    await expect(page.locator('h1'), route).toHaveCount(1);
  }
  const schools = await page.goto('/schools/?region=ie');
  expect(schools?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).not.toHaveText("You're offline");
  // The poster was never visited: the offline page, not the browser's error.
  await page.goto('/schools/poster/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
  // A page that was never built falls back to the offline page rather than the browser's error.
  await page.goto('/not-a-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
  await context.setOffline(false);
});

test('the app is installable', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito profile, which is what test contexts are: use a real one.
  const profile = mkdtempSync(join(tmpdir(), 'open-door-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findChrome(),
    args: CHROME_FLAGS,
    baseURL: baseURL!,
  });
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorker(page);
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ display: 'standalone', start_url: './', scope: './' });
  const sizes = manifest.icons.map(
    (icon: { sizes: string; purpose?: string }) => `${icon.sizes}:${icon.purpose ?? 'any'}`,
  );
  expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});
