import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, watchPage } from './site';

/** Focusable elements in the first screen that something else is drawn over (checked at their middle). */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focusable = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), main h1',
    );
    const covered: string[] = [];
    for (const element of focusable) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) continue;
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && !element.contains(top) && !top.contains(element)) {
        covered.push(
          `${element.tagName} "${element.textContent?.trim().slice(0, 40)}" under ${top.className || top.tagName}`,
        );
      }
    }
    return covered;
  });
}

async function expectReadyNotice(page: Page): Promise<void> {
  await expect(page.locator('[data-notice="ready"]')).not.toHaveAttribute('hidden', { timeout: 15_000 });
  await expect(page.locator('[data-notice="ready"]')).toHaveText(/Ready to use offline/);
  // It is inside a polite live region, so screen readers hear it.
  await expect(page.locator('[role="status"]:has([data-notice="ready"])')).toHaveCount(1);
}

const SCREENS = [
  { width: 390, height: 844, isMobile: true, hasTouch: true },
  { width: 1280, height: 800, isMobile: false, hasTouch: false },
];

for (const screen of SCREENS) {
  test.describe(`first visit at ${screen.width} px: the offline notice covers nothing`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });

    for (const route of ['/', '/quiz/14-17/', '/plan/']) {
      test(route, async ({ page }) => {
        await page.goto(route);
        await expectReadyNotice(page);
        expect(await coveredControls(page)).toEqual([]);
      });
    }

    test('/plan/ locked', async ({ page }) => {
      await page.goto('/plan/');
      await page.getByLabel('Passphrase', { exact: true }).fill('our family secret');
      await page.getByLabel('Type it again').fill('our family secret');
      await page.getByRole('button', { name: 'Set passphrase' }).click();
      await page.getByRole('button', { name: 'Lock now' }).click();
      await expect(page.getByRole('heading', { name: 'Your plan is locked' })).toBeVisible();
      // A first visit again: forget the service worker, reload, and wait for it to install afresh.
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      });
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Your plan is locked' })).toBeVisible();
      await expectReadyNotice(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await coveredControls(page)).toEqual([]);
      await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
    });
  });
}

test('"A new version is ready" sits in the flow under the header, and stays in view while scrolling', async ({
  page,
}) => {
  await page.goto('/help/young-person/');
  await page.evaluate(() => {
    const update = document.querySelector<HTMLElement>('[data-notice="update"]');
    if (update) update.hidden = false;
  });
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(notice).toBeVisible();
  const header = (await page.locator('header.site-header').boundingBox())!;
  const box = (await notice.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(await coveredControls(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeInViewport();
});

test.describe('with service workers refused', () => {
  test.use({ serviceWorkers: 'block' });

  test('every route loads as a normal website with no page error', async ({ page, baseURL }) => {
    const failures: string[] = [];
    for (const route of builtRoutes()) {
      const problems = watchPage(page, baseURL!);
      const response = await page.goto(route);
      await page.waitForLoadState('load');
      await page.waitForTimeout(150);
      if (response?.status() !== 200) failures.push(`${route}: status ${response?.status()}`);
      if (problems.consoleErrors.length > 0) failures.push(`${route}: ${problems.consoleErrors.join('; ')}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
      page.removeAllListeners('request');
    }
    expect(failures).toEqual([]);
    await expect(page.locator('[data-notice="ready"]')).toBeHidden();
  });
});
