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

test('a whole practice runs with the keyboard alone and is added to the plan', async ({ page }) => {
  // Many key presses: give it room on a busy machine.
  test.setTimeout(120_000);
  // A child in the plan first, so the practised talk can be added for them.
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Add a child' });
  await form.getByLabel('Nickname').fill('Kai');
  await form.getByRole('combobox').selectOption('14-17');
  await form.getByRole('button').click();
  await expect(page.locator('section[aria-labelledby="plan-children"] ul input[type="text"]').last()).toHaveValue(
    'Kai',
  );
  // Wait for the autosave before leaving the page.
  await expect(page.locator('.plan-save')).toHaveText('Saved on this device');

  await page.goto('/talk/14-17/if-it-ever-happens/');
  // Reachable from the top: the "In two minutes" box links straight to it.
  await tabTo(page, 'Practise saying it');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#practise-heading$/);
  const practise = page.getByRole('region', { name: 'Practise this talk' });
  await tabTo(page, 'Start practising');
  await page.keyboard.press('Enter');
  const heading = practise.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText('Choose how you would start');
  await expect(heading).toBeFocused();

  const firstOpener = (await practise.locator('.practise__choices button').first().innerText()).trim();
  await tabTo(page, firstOpener);
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Your turn: say it aloud');
  await expect(practise).toContainText(firstOpener);
  await practise.getByLabel('Gentle timer (20 seconds to say it)').focus();
  await page.keyboard.press('Space');
  await expect(practise.locator('.rehearsal__timer')).toHaveText(/^\d+ seconds$/);
  await tabTo(page, "I've said it");
  await page.keyboard.press('Enter');

  let round = 0;
  let again = 0;
  // Every reply once: answer in your own words first, then see the suggestion; mark the first one hard.
  while ((await heading.innerText()) !== 'What you practised') {
    await expect(heading).toBeFocused();
    if ((await heading.innerText()).startsWith('Once more')) again += 1;
    await expect(practise.getByText('You could say:')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(practise.getByLabel('Your answer (optional, not saved)')).toBeFocused();
    await page.keyboard.type('I would stay calm and thank them.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(practise).toContainText('You said: I would stay calm and thank them.');
    await expect(practise).toContainText('You could say:');
    await expect(practise).toContainText('Why this helps:');
    await tabTo(page, round === 0 ? 'Come back to this one' : 'Got it, next');
    await page.keyboard.press('Enter');
    round += 1;
    expect(round).toBeLessThan(20);
  }
  // Every reply once, then the one marked hard came round again (and was fine the second time).
  expect(again).toBe(1);
  expect(round).toBeGreaterThanOrEqual(5);
  await expect(practise).toContainText(/You practised \d+ replies\./);
  await expect(practise).toContainText('None of them felt hard this time.');

  const axe = await new AxeBuilder({ page }).include('.practise-section').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await tabTo(page, 'Add this talk to my plan');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/plan\/\?add=14-17%2Fif-it-ever-happens$/);
  await page.getByRole('button', { name: 'Add for Kai' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added to the talks with Kai.')).toBeVisible();
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
