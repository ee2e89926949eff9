import { expect, test, type Page } from '@playwright/test';
import { quickExitUrl } from '../../site.config.mjs';

const neutralOrigin = new URL(quickExitUrl).origin;

/** Stands in for the neutral site (these machines have no outside network). */
async function fakeNeutralSite(page: Page): Promise<void> {
  await page.route(`${neutralOrigin}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
    }),
  );
}

async function expectLeftForGood(page: Page): Promise<void> {
  await page.waitForURL(quickExitUrl);
  await expect(page.locator('h1')).toHaveText('Weather');
  await page.goBack().catch(() => undefined);
  // location.replace() took Open Door's page out of history: Back goes to where the visit began, not to Open Door.
  expect(page.url()).not.toContain('/talk/');
}

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('about:blank');
    await page.goto('/talk/');
  });

  test('the button leaves at once and Back does not return', async ({ page }) => {
    let quickExitEvent = false;
    await page.exposeFunction('noteQuickExit', () => {
      quickExitEvent = true;
    });
    await page.evaluate(() =>
      window.addEventListener('opendoor:quick-exit', () =>
        (window as unknown as { noteQuickExit: () => void }).noteQuickExit(),
      ),
    );
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expectLeftForGood(page);
    expect(quickExitEvent).toBe(true);
  });

  test('pressing Shift three times leaves', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectLeftForGood(page);
  });

  test('pressing Esc twice leaves', async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeftForGood(page);
  });

  test('Esc twice while typing in a field does not leave', async ({ page }) => {
    await page.goto('/help/');
    await page.getByLabel('Show help for').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/help/');
  });

  test('without JavaScript it is still a plain link to the neutral site', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await fakeNeutralSite(page);
    await page.goto('/talk/');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(quickExitUrl);
    await context.close();
  });
});
