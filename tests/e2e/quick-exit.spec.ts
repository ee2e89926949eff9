import { expect, test, type Page } from '@playwright/test';
import { quickExitUrl } from '../../site.config.mjs';
import { waitForShell } from './site';

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

/** Waits long enough for a shortcut to have fired if it was going to. */
async function expectStillOn(page: Page, path: string): Promise<void> {
  await page.waitForTimeout(400);
  expect(new URL(page.url()).pathname).toBe(path);
}

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('about:blank');
    await page.goto('/talk/');
    await waitForShell(page);
  });

  test('the button leaves at once and Back does not return to that page', async ({ page }) => {
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

  test('pressing Shift three times leaves, and each press is announced politely', async ({ page }) => {
    const status = page.locator('[data-quick-exit-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift pressed 1 of 3 times');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift pressed 2 of 3 times');
    await page.keyboard.press('Shift');
    await expectLeftForGood(page);
  });

  test('Shift used as a modifier never counts: Shift+click, Shift+Tab, capitals', async ({ page }) => {
    const status = page.locator('[data-quick-exit-status]');
    for (let times = 0; times < 3; times += 1) {
      await page.keyboard.down('Shift');
      await page.locator('h1').click();
      await page.keyboard.up('Shift');
    }
    await expectStillOn(page, '/talk/');
    await expect(status).toHaveText('');
    for (let times = 0; times < 3; times += 1) await page.keyboard.press('Shift+Tab');
    for (let times = 0; times < 3; times += 1) await page.keyboard.press('Shift+KeyA');
    await expectStillOn(page, '/talk/');
  });

  test('another key between Shift presses starts the count again', async ({ page }) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('KeyX');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
    await page.keyboard.press('Shift');
    await expectStillOn(page, '/talk/');
  });

  test('pressing Esc twice leaves', async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeftForGood(page);
  });

  test('Esc twice while typing in a field does not leave', async ({ page }) => {
    await page.goto('/help/');
    await waitForShell(page);
    await page.getByLabel('Show help for').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectStillOn(page, '/help/');
  });

  test('Esc twice to close a dialog does not leave, nor does Esc just after it closed', async ({ page }) => {
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.innerHTML = '<p>Are you sure?</p><button type="button">Cancel</button>';
      document.body.append(dialog);
      dialog.showModal();
    });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectStillOn(page, '/talk/');
    await expect(page.locator('dialog')).not.toHaveAttribute('open');
    // A second later Esc twice is the shortcut again.
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeftForGood(page);
  });

  test('Esc twice with "Delete everything…" open on the plan does not leave', async ({ page }) => {
    await page.goto('/plan/');
    await waitForShell(page);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectStillOn(page, '/plan/');
  });

  test('Esc twice inside an open <details> does not leave', async ({ page }) => {
    await page.goto('/quiz/14-17/');
    await waitForShell(page);
    await page.evaluate(() => {
      const details = document.createElement('details');
      details.innerHTML = '<summary>More</summary><p>Inside</p>';
      document.querySelector('main')?.prepend(details);
    });
    await page.locator('main summary').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectStillOn(page, '/quiz/14-17/');
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

test('what /privacy/ says about history is what happens: home, a page, quick exit, Back lands on home', async ({
  page,
  baseURL,
}) => {
  await page.goto('/privacy/');
  await waitForShell(page);
  const privacy = page.getByRole('main');
  await expect(privacy).toContainText('replaces only the page you are on');
  await expect(privacy).toContainText("earlier Open Door pages stay in this tab's history");

  await fakeNeutralSite(page);
  await page.goto('about:blank');
  await page.goto('/');
  await waitForShell(page);
  await page.goto('/help/young-person/');
  await waitForShell(page);
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await page.waitForURL(quickExitUrl);
  await page.goBack();
  // The page that was open is gone from history; the one before it, Open Door's home page, is not.
  expect(page.url()).toBe(`${baseURL}/`);
  await expect(page).toHaveTitle(/Open Door/);
  await expect(page.locator('h1')).toBeVisible();
});
