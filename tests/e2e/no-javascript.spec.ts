import { expect, test } from '@playwright/test';
import { contentRoutes } from './site';

test.use({ javaScriptEnabled: false });

for (const route of contentRoutes()) {
  test(`${route} reads fully without JavaScript`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('h1')).toBeVisible();
    const mainText = (await page.locator('main').innerText()).trim();
    expect(mainText.length).toBeGreaterThan(300);
  });
}

test("a young person's path is complete without JavaScript, with every region's help", async ({ page }) => {
  await page.goto('/help/');
  await page.getByRole('link', { name: /It's happening to me/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("It's happening to me");
  // Markdown turns ' into ’, so the steps are matched with either.
  for (const step of [
    /not in trouble/,
    /Don.t pay/,
    /block/,
    /screenshots/,
    /Tell an adult/,
    /Report/,
    /Take It Down/,
    /999/,
  ]) {
    await expect(page.getByRole('main')).toContainText(step);
  }
  for (const region of ['United Kingdom', 'Ireland', 'United States', 'Canada', 'Australia', 'New Zealand']) {
    await expect(page.getByRole('heading', { name: region, exact: true })).toBeVisible();
  }
});

test('a script page shows the whole script without JavaScript', async ({ page }) => {
  await page.goto('/talk/11-13/if-it-ever-happens/');
  for (const heading of [
    'Ways to start',
    'What you want them to take away',
    'They might say…',
    'Try not to say',
    'Afterwards',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
});
