import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, expect, test, type Page } from '@playwright/test';
import { SCHOOLS_KIT_PAGES } from '../../scripts/build-sw.mjs';
import { OFFLINE_COPY_FILE } from '../../scripts/offline-copy.mjs';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { builtRoutes, DIST, keptOnceRead, PREFIXED_LOCALES, waitForServiceWorker } from './site';

const schoolsKit = new Set(SCHOOLS_KIT_PAGES.map((page) => `/${page}`));
/** A language's pages but its schools kit (kept once visited, never precached). */
const familyRoutes = (locale: 'en' | (typeof PREFIXED_LOCALES)[number] = 'en') =>
  builtRoutes(locale).filter((route) => !schoolsKit.has(locale === 'en' ? route : route.slice(locale.length + 1)));
/** Pages that must always be precached in every language, whatever the translations weigh. */
const ESSENTIAL =
  /^\/(?:(?:es|ar)\/)?(?:|help\/.*|plan\/|card\/|offline\/|privacy\/|about\/|talk\/|quiz\/|talk\/[\d-]+\/)$/;

test('the precache holds every built page but the schools kit and the few kept once read', () => {
  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = new Set([...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
  const leftOut = new Set(keptOnceRead());
  const missing = familyRoutes().filter(
    (route) => !leftOut.has(route) && !precached.has(`${route}${OFFLINE_COPY_FILE}`),
  );
  expect(missing).toEqual([]);
  expect([...leftOut].filter((route) => precached.has(`${route}${OFFLINE_COPY_FILE}`))).toEqual([]);
  expect(precached.has('/404.html')).toBe(true);
  expect(precached.has('/keep-offline.json')).toBe(true);
  expect([...schoolsKit].filter((route) => precached.has(`${route}${OFFLINE_COPY_FILE}`))).toEqual([]);
  expect(builtRoutes().filter((route) => schoolsKit.has(route))).toHaveLength(schoolsKit.size);
});

test('each language precaches its own pages (all but the least needed, when they do not fit) and none of another', () => {
  for (const locale of ['en', ...PREFIXED_LOCALES] as const) {
    // Never the crisis pages, the plan, the card or the pages leading to them.
    expect(
      keptOnceRead(locale).filter((route) => ESSENTIAL.test(route)),
      locale,
    ).toEqual([]);
    expect(
      keptOnceRead(locale).every((route) => builtRoutes(locale).includes(route)),
      locale,
    ).toBe(true);
  }
  for (const locale of PREFIXED_LOCALES) {
    const serviceWorker = readFileSync(join(DIST, locale, 'sw.js'), 'utf8');
    const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
    const pages = precached.filter((url) => url.endsWith('.html'));
    const leftOut = keptOnceRead(locale);
    expect(
      familyRoutes(locale).filter(
        (route) => !leftOut.includes(route) && !pages.includes(`${route}${OFFLINE_COPY_FILE}`),
      ),
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

/** Offline, each route opens from the service worker with one heading; returns the routes that showed the offline page. */
async function openEachOffline(page: Page, routes: string[], offlineHeading: string): Promise<string[]> {
  const offlinePage: string[] = [];
  for (const route of routes) {
    const response = await page.goto(route);
    expect(response?.fromServiceWorker(), route).toBe(true);
    await expect(page.locator('h1'), route).toHaveCount(1);
    if ((await page.locator('h1').textContent()) === offlineHeading && !route.endsWith('/offline/'))
      offlinePage.push(route);
  }
  return offlinePage;
}

/** Presses "Keep every page for offline use" (shown once the page has checked what is kept) and waits for "kept". */
async function keepEveryPage(page: Page, label: string, kept: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByText(kept)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
}

test('after one visit to an Arabic page, every Arabic route loads offline from its own service worker, the least needed once kept', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const leftOut = keptOnceRead('ar');
  // Arabic's words weigh more than English's: some pages must be left out, or this test proves nothing.
  expect(leftOut.length).toBeGreaterThan(0);
  await page.goto('/ar/');
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/ar\/sw\.js$/);
  await context.setOffline(true);
  await page.goto('/ar/offline/');
  const offlineHeading = (await page.locator('h1').textContent()) ?? '';
  expect(offlineHeading).not.toBe('');
  // Before they are kept, the left-out pages show the Arabic offline page, never the browser's error.
  expect((await openEachOffline(page, familyRoutes('ar'), offlineHeading)).sort()).toEqual([...leftOut].sort());
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await context.setOffline(false);
  await page.goto('/ar/');
  await keepEveryPage(page, 'احتفظ بكل الصفحات للاستخدام دون اتصال', /أصبحت الصفحات العربية محفوظة/);
  await context.setOffline(true);
  expect(await openEachOffline(page, familyRoutes('ar'), offlineHeading)).toEqual([]);
  for (const route of leftOut) {
    await page.goto(route);
    await expect(page.locator('html'), route).toHaveAttribute('dir', 'rtl');
  }
  await page.goto('/ar/not-a-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await context.setOffline(false);
  // Once everything is kept, the offer is not made again.
  await page.goto('/ar/help/');
  await page.waitForTimeout(3000);
  await expect(page.getByRole('button', { name: 'احتفظ بكل الصفحات للاستخدام دون اتصال' })).toHaveCount(0);
});

test('an address written with index.html opens the same page offline, or the offline page when none is kept', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/help/young-person/');
  const heading = await page.locator('h1').textContent();
  await context.setOffline(true);
  const response = await page.goto('/help/young-person/index.html?from=newsletter');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(heading ?? '');
  await page.goto('/not-a-page/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
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

test('after one visit, every route loads offline from the service worker; a page left out once it was read', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.getByText('Ready to use offline')).toBeVisible();

  // The schools kit is kept once visited: visit its front page (with a country) while online.
  await page.goto('/schools/?region=ie');
  await expect(page.locator('h1')).toHaveCount(1);
  // So is a page left out of the precache (if any): read it once, online.
  const [readOnce, ...notRead] = keptOnceRead();
  if (readOnce) await page.goto(readOnce);

  await context.setOffline(true);
  const offlinePage = await openEachOffline(page, familyRoutes(), "You're offline");
  expect(offlinePage.sort()).toEqual([...notRead].sort());
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

  if (notRead.length > 0) {
    await page.goto('/help/');
    await keepEveryPage(page, 'Keep every page for offline use', /The English pages are now kept on this device/);
    await context.setOffline(true);
    expect(await openEachOffline(page, familyRoutes(), "You're offline")).toEqual([]);
    await context.setOffline(false);
  }
});

test('"Keep this language for offline use" keeps all of another language, its least needed pages too', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/es/help/');
  await keepEveryPage(
    page,
    'Guardar este idioma para usarlo sin conexión',
    /Las páginas en español ya están guardadas/,
  );
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map(({ scope }) => scope)),
  ).toContain(new URL('/es/', page.url()).href);
  await context.setOffline(true);
  await page.goto('/es/offline/');
  const offlineHeading = (await page.locator('h1').textContent()) ?? '';
  expect(await openEachOffline(page, familyRoutes('es'), offlineHeading)).toEqual([]);
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
