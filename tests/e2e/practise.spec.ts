import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, accessibleName: string | RegExp, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (typeof accessibleName === 'string' ? name === accessibleName : accessibleName.test(name)) return;
  }
  throw new Error(`Could not reach ${accessibleName} with Tab`);
}

test('a whole rehearsal runs with the keyboard alone', async ({ page }) => {
  await page.goto('/talk/14-17/if-it-ever-happens/');
  const practise = page.getByRole('region', { name: 'Practise this talk' });
  const firstOpener = (await practise.getByRole('button').first().innerText()).trim();

  await tabTo(page, firstOpener);
  await page.keyboard.press('Enter');
  const heading = practise.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText('Step 2: what does your child say?');
  await expect(heading).toBeFocused();
  await expect(practise).toContainText(`You say: ${firstOpener}`);

  const firstReply = (await practise.getByRole('listitem').getByRole('button').first().innerText()).trim();
  await tabTo(page, firstReply);
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Step 3: what you could say back');
  await expect(heading).toBeFocused();
  await expect(practise).toContainText('You could say:');
  await expect(practise).toContainText('Why this helps:');

  await tabTo(page, 'Try another reply');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Step 2: what does your child say?');
  await expect(practise.getByRole('button', { name: /\(practised\)/ })).toHaveCount(1);

  await tabTo(page, 'Back');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Step 3: what you could say back');

  await tabTo(page, 'Finish and see what to remember');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('What to remember');
  await expect(practise.getByRole('list').first().getByRole('listitem')).not.toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('.practise-section').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('the region picker works with the keyboard and is remembered', async ({ page }) => {
  await page.goto('/help/');
  const picker = page.getByLabel('Show help for');
  await picker.focus();
  await page.keyboard.press('Home');
  await picker.selectOption({ label: 'New Zealand' });
  await expect(page.getByRole('heading', { name: 'New Zealand', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'United Kingdom', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');

  await page.goto('/help/young-person/');
  await expect(page.getByLabel('Show help for')).toHaveValue('nz');
  await expect(page.getByRole('heading', { name: 'New Zealand', exact: true })).toBeVisible();
});

test('the region picker suggests one from the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-AU' });
  const page = await context.newPage();
  await page.goto('/help/');
  await expect(page.getByLabel('Show help for')).toHaveValue('au');
  await expect(page.getByRole('link', { name: 'Call 000' })).toBeVisible();
  await context.close();
});
