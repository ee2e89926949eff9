import { expect, test } from '@playwright/test';

test('one step at a time with the keyboard, a pause at each, and "stop" goes straight to what helps', async ({
  page,
}) => {
  await page.goto('/talk/through-their-eyes/');
  const steps = page.locator('.sim__step');
  const total = await steps.count();
  expect(total).toBeGreaterThanOrEqual(8);
  await expect(steps.first()).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();

  for (let index = 1; index < total; index += 1) {
    await steps
      .nth(index - 1)
      .getByRole('link', { name: 'Next step' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(steps.nth(index)).toBeVisible();
    await expect(steps.nth(index).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(steps.nth(index).getByText('Where they could still leave:')).toBeVisible();
    if (index === 3) break;
  }
  await steps.nth(3).getByRole('link', { name: 'Stop here and see what helps' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What helps' })).toBeFocused();
  await expect(page).toHaveURL(/#what-helps$/);
  // It ends with the matching talks and a way to add one to the plan.
  await expect(page.getByRole('link', { name: 'How sextortion actually works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add to my plan' }).first()).toHaveAttribute(
    'href',
    /^\/plan\/\?add=(11-13|14-17)%2F/,
  );
  // No images at all, and nothing moves on its own.
  await expect(page.locator('.sim img')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('reads as a plain step-by-step page, every step and pause in order, stop link included', async ({ page }) => {
    await page.goto('/talk/through-their-eyes/');
    const steps = page.locator('.sim__step');
    expect(await steps.count()).toBeGreaterThanOrEqual(8);
    for (const step of await steps.all()) {
      await expect(step).toBeVisible();
      await expect(step.locator('.sim__pause')).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'go to what helps' })).toHaveAttribute('href', '#what-helps');
    await expect(page.getByRole('heading', { name: 'What helps' })).toBeVisible();
  });
});
