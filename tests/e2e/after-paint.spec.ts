// Nothing but the page is requested before its first screen has painted (src/build/after-paint-script.ts): the rest
// of the stylesheet, the manifest, the shell and the island runtime wait in <template data-after-paint>. Lighthouse's
// LCP estimate counts every request that finished before the observed paint, so this is what keeps it to the page's
// own HTML; it is also what a slow phone network needs.
import { expect, test, type Page } from '@playwright/test';
import { waitForShell } from './site';

/** What the page requested, with when each request started, and when it first painted content (ms from navigation). */
async function requestsAndPaint(page: Page): Promise<{ paint: number; requests: { url: string; start: number }[] }> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    requests: performance
      .getEntriesByType('resource')
      .map((entry) => ({ url: new URL(entry.name).pathname, start: entry.startTime })),
  }));
}

/** The shell has run: the quick-exit shortcut counts presses. */
async function expectShellRunning(page: Page): Promise<void> {
  await waitForShell(page);
  await page.keyboard.press('Shift');
  // "Shift pressed 1 of 3 times", in the page's language.
  await expect(page.locator('[data-quick-exit-status]')).toHaveText(/1\D+3/);
}

for (const route of ['/talk/11-13/', '/help/young-person/', '/quiz/14-17/', '/plan/', '/ar/talk/']) {
  test(`${route}: no script, stylesheet or manifest is requested before the first paint`, async ({ page }) => {
    await page.goto(route);
    await waitForShell(page);
    const { paint, requests } = await requestsAndPaint(page);
    const held = requests.filter(({ url }) => /\.(js|css|webmanifest)$/.test(url));
    expect(held.map(({ url }) => url)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/_astro\/global\.[\w-]+\.css$/),
        expect.stringMatching(/\/_astro\/Base\.astro[\w.-]*\.js$/),
      ]),
    );
    for (const { url, start } of held)
      expect(start, `${url} started before the first paint`).toBeGreaterThanOrEqual(paint);
    await expectShellRunning(page);
    // The rest of the stylesheet applies: the footer takes its full-page look (a rule only global.css has).
    await expect
      .poll(() => page.evaluate(() => [...document.styleSheets].some((sheet) => /global\./.test(sheet.href ?? ''))))
      .toBe(true);
  });
}

test('each held file joins <head> once', async ({ page }) => {
  await page.goto('/quiz/14-17/');
  await expectShellRunning(page);
  expect(await page.locator('head > link[data-rest-css]').count()).toBe(1);
  expect(await page.locator('head > link[rel="manifest"]').count()).toBe(1);
  expect(await page.locator('head > script[src*="astro-island"]').count()).toBe(1);
  await expect(page.locator('.quiz .quiz__options')).toBeVisible();
});

test('where the browser reports no paint timing, everything still joins once the page is parsed', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: Object.freeze(['resource']) });
  });
  await page.goto('/talk/11-13/');
  await expectShellRunning(page);
  await expect(page.locator('head > link[data-rest-css]')).toHaveCount(1);
});

test('without PerformanceObserver at all, the shell still runs', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: an older browser
    delete window.PerformanceObserver;
  });
  await page.goto('/help/');
  await expectShellRunning(page);
});
