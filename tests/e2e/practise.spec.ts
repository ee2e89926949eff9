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
  let hardLine = '';
  // Every reply once: answer in your own words first, then see the suggestion; mark the first one hard, and still
  // hard when it comes round again, so the summary names it as the one to come back to.
  while ((await heading.innerText()) !== 'What you practised') {
    await expect(heading).toBeFocused();
    const once = (await heading.innerText()).startsWith('Once more');
    if (once) again += 1;
    if (round === 0)
      hardLine = (await practise.locator('.practise__said').innerText()).replace(/^Your child says:\s*/, '');
    await expect(practise.getByText('You could say:')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(practise.getByLabel('Your answer (optional, not saved)')).toBeFocused();
    await page.keyboard.type('I would stay calm and thank them.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(practise).toContainText('You said: I would stay calm and thank them.');
    await expect(practise).toContainText('You could say:');
    await expect(practise).toContainText('Why this helps:');
    await tabTo(page, round === 0 || once ? 'Come back to this one' : 'Got it, next');
    await page.keyboard.press('Enter');
    round += 1;
    expect(round).toBeLessThan(20);
  }
  // Every reply once, then the one marked hard came round again (and was still hard the second time).
  expect(again).toBe(1);
  expect(round).toBeGreaterThanOrEqual(5);
  const practised = `You practised ${round - 1} replies.`;
  await expect(practise).toContainText(practised);
  expect(hardLine.length).toBeGreaterThan(5);
  await expect(practise).toContainText(`The one to come back to: ${hardLine}`);

  const axe = await new AxeBuilder({ page }).include('.practise-section').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await tabTo(page, 'Add this talk to my plan');
  await page.keyboard.press('Enter');
  // Only the talk travels in the address (it stays in history); the words wait in this tab's session storage.
  await expect(page).toHaveURL(/\/plan\/\?add=14-17%2Fif-it-ever-happens$/);
  const summary = ['From practising this talk:', practised, `The one to come back to: ${hardLine}`].join('\n');
  const banner = page.locator('.plan-add-request');
  await expect(banner.locator('.plan-add-request__note')).toHaveText(summary, { useInnerText: true });
  await expect(banner.getByRole('checkbox', { name: 'Put these words in the note' })).toBeChecked();
  expect(await page.evaluate(() => sessionStorage.getItem('opendoor:plan-handover'))).toBeNull();
  await page.getByRole('button', { name: 'Add for Kai' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added to the talks with Kai.')).toBeVisible();
  const note = page.locator('.plan-child-talks').filter({ hasText: 'Talks with Kai' }).getByLabel('Private note');
  await expect(note).toHaveValue(summary);
  await expect(page.locator('.plan-save')).toHaveText('Saved on this device');
  // The words are the plan's now: they survive a reload, and the request is not made twice.
  await expect(page).toHaveURL(/\/plan\/$/);
  await page.reload();
  await expect(note).toHaveValue(summary);
  await expect(banner).toHaveCount(0);
  await expect(
    page.locator('.plan-child-talks').filter({ hasText: 'Talks with Kai' }).locator('.plan-talk'),
  ).toHaveCount(1);
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
