// Each page is built twice (scripts/offline-copy.mjs): the page the network serves, with its first screen's CSS
// inlined, and the offline copy the service worker precaches, which links the whole stylesheet. They must look
// exactly the same: the only difference is where the CSS comes from (and so the order the rules arrive in).
import { expect, test, type Page } from '@playwright/test';
import { OFFLINE_COPY_FILE } from '../../scripts/offline-copy.mjs';
import { pixelsApart, RENDERING_NOISE_PIXELS } from './pixels';
import { ROUTE_KINDS, waitForServiceWorker } from './site';

const ROUTES = [...ROUTE_KINDS, '/ar/', '/ar/talk/14-17/if-it-ever-happens/', '/es/help/young-person/'];
const VIEWS = [
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
  { width: 1280, height: 800, colorScheme: 'light' },
] as const;

/** The page once every stylesheet it links has arrived. */
async function settled(page: Page, url: string): Promise<Buffer> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ fullPage: true, animations: 'disabled' });
}

test.describe('the offline copy looks exactly like the page (JavaScript off: the CSS alone)', () => {
  test.use({ javaScriptEnabled: false, serviceWorkers: 'block' });
  for (const view of VIEWS) {
    test(`${view.width} px, ${view.colorScheme}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.emulateMedia({ colorScheme: view.colorScheme });
      const different: string[] = [];
      for (const route of ROUTES) {
        const network = await settled(page, route);
        const copy = await settled(page, `${route}${OFFLINE_COPY_FILE}`);
        const apart = pixelsApart(network, copy);
        if (apart > RENDERING_NOISE_PIXELS) different.push(`${route} (${apart} pixels)`);
      }
      expect(different).toEqual([]);
    });
  }
});

test('the network serves each page with its first screen inlined; offline, the worker serves the lean copy', async ({
  page,
  context,
}) => {
  const firstScreenInlined = () => page.locator('style[data-offline-css]');
  const wholeStylesheet = () => page.locator('head link[rel="stylesheet"][href*="/all."]');
  const response = await page.goto('/talk/11-13/');
  expect(response?.fromServiceWorker()).toBe(false);
  await expect(firstScreenInlined()).toHaveCount(1);
  await expect(wholeStylesheet()).toHaveCount(0);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const route of ['/talk/11-13/', '/help/young-person/', '/']) {
    const offline = await page.goto(route);
    expect(offline?.fromServiceWorker(), route).toBe(true);
    await expect(firstScreenInlined(), route).toHaveCount(0);
    await expect(wholeStylesheet(), route).toHaveCount(1);
    // Styled, not bare HTML: the bar with quick exit is fixed at the top.
    await expect(page.locator('.site-bar'), route).toHaveCSS('position', 'fixed');
  }
  await context.setOffline(false);
});
