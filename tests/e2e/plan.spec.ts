import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './site';

const saved = (page: Page) => expect(page.locator('.plan-save')).toHaveText('Saved on this device');

/** Moves a focused select to the wanted value with the arrow keys, as a keyboard user does. */
async function chooseWithArrows(page: Page, band: string): Promise<void> {
  for (let presses = 0; presses < 8; presses += 1) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === band) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not choose ${band} with the arrow keys`);
}

/** Adds a child through the "Add a child" form using only the keyboard. */
async function addChildWithKeyboard(page: Page, nickname: string, band: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a child' });
  await form.getByLabel('Nickname').focus();
  await page.keyboard.type(nickname);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  await chooseWithArrows(page, band);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('section[aria-labelledby="plan-children"] ul input[type="text"]').last()).toHaveValue(
    nickname,
  );
}

async function buildPlan(page: Page): Promise<void> {
  await page.goto('/plan/');
  await addChildWithKeyboard(page, 'Ash', '14-17');
  await addChildWithKeyboard(page, 'Bee', '8-10');
  const talksForAsh = page.locator('.plan-child-talks').filter({ hasText: 'Talks with Ash' });
  await talksForAsh.getByLabel('Talk').selectOption({ index: 2 });
  await talksForAsh.getByRole('button', { name: /Add a talk/ }).press('Enter');
  await talksForAsh.getByLabel('Private note').fill('After football, in the car.');
  await page.getByRole('checkbox', { name: /You won't lose your phone for telling us/ }).press('Space');
  const trusted = page.locator('section[aria-labelledby="plan-trusted"] form');
  await trusted.getByLabel('Name or role').fill('Auntie Sam');
  await trusted.getByLabel('Name or role').press('Enter');
  await page.getByLabel('Help numbers for').selectOption('uk');
  await page.getByLabel('Code word (optional)').fill('pineapple');
  await saved(page);
}

test('a plan built with the keyboard is still there after a reload and offline', async ({ page, context }) => {
  await buildPlan(page);
  await page.reload();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('pineapple');
  await expect(
    page.locator('.plan-child-talks').filter({ hasText: 'Talks with Ash' }).getByLabel('Private note'),
  ).toHaveValue('After football, in the car.');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('pineapple');
  await expect(page.getByText('Call 0800 1111')).toHaveCount(0);
  await expect(page.locator('.plan-routes')).toContainText('Childline');
  await context.setOffline(false);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('a removal can be undone', async ({ page }) => {
  await buildPlan(page);
  await page.getByRole('button', { name: 'Remove Auntie Sam' }).click();
  await expect(page.getByText('Removed Auntie Sam.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('section[aria-labelledby="plan-trusted"] ul input').first()).toHaveValue('Auntie Sam');
  await saved(page);
});

test('two tabs stay in step and neither loses an edit', async ({ context }) => {
  const first = await context.newPage();
  await buildPlan(first);
  const second = await context.newPage();
  await second.goto('/plan/');
  await expect(second.getByLabel('Code word (optional)')).toHaveValue('pineapple');

  await first.getByLabel('Code word (optional)').fill('mango');
  const trusted = second.locator('section[aria-labelledby="plan-trusted"] form');
  await trusted.getByLabel('Name or role').fill('Coach');
  await trusted.getByLabel('Name or role').press('Enter');
  await saved(first);
  await saved(second);

  for (const page of [first, second]) {
    await expect(page.getByLabel('Code word (optional)')).toHaveValue('mango');
    await expect(page.locator('section[aria-labelledby="plan-trusted"] ul input[type="text"]')).toHaveCount(4);
  }
  await first.reload();
  await expect(first.locator('section[aria-labelledby="plan-trusted"] ul input[type="text"]').nth(2)).toHaveValue(
    'Coach',
  );
});

async function exportPlan(page: Page, passphrase = ''): Promise<string> {
  await page.getByLabel('Passphrase for the file (optional)').fill(passphrase);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a copy' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

test('export, delete everything, import: the plan comes back identical', async ({ page }) => {
  await buildPlan(page);
  const exported = await exportPlan(page);
  expect(JSON.parse(exported)).toMatchObject({ format: 'open-door-plan', version: 1 });

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything Open Door kept in this browser has been deleted.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No children added yet.')).toBeVisible();

  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByText(/The file holds 2 children, 1 talks/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(page.getByText('Imported. Your plan has been replaced.')).toBeVisible();
  await page.reload();
  const again = await exportPlan(page);
  expect(JSON.parse(again).plan).toEqual(JSON.parse(exported).plan);
});

test('a bad file is refused in plain words and the plan stays as it was', async ({ page }) => {
  await buildPlan(page);
  const before = JSON.parse(await exportPlan(page)).plan;
  const bad = [
    ['notes.txt', 'hello, this is not a plan'],
    ['cut.json', (await exportPlan(page)).slice(0, 300)],
    ['other.json', JSON.stringify({ format: 'someone-else', data: [] })],
  ];
  for (const [name, contents] of bad) {
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: name!, mimeType: 'application/json', buffer: Buffer.from(contents!) });
    await expect(page.locator('.plan-message')).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Replace my plan' })).toHaveCount(0);
  }
  await page.reload();
  expect(JSON.parse(await exportPlan(page)).plan).toEqual(before);
});

test('an encrypted export needs its passphrase to come back in', async ({ page }) => {
  await buildPlan(page);
  const exported = await exportPlan(page, 'a long family passphrase');
  expect(exported).not.toContain('pineapple');
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByLabel('This file is encrypted. Its passphrase:').fill('wrong guess');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.plan-message')).toContainText("That passphrase doesn't open this file.");
  await page.getByLabel('This file is encrypted. Its passphrase:').fill('a long family passphrase');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByText(/The file holds 2 children/)).toBeVisible();
});

test('lock and unlock with a passphrase; quick exit locks the screen', async ({ page }) => {
  await buildPlan(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('our family secret');
  await page.getByLabel('Type it again').fill('our family secret');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByText('Passphrase set. The plan is encrypted on this device.')).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('open-door');
        request.onsuccess = () => {
          const get = request.result.transaction('plan').objectStore('plan').get('current');
          get.onsuccess = () => resolve(JSON.stringify(get.result));
        };
      }),
  );
  expect(stored).toContain('"kind":"sealed"');
  expect(stored).not.toContain('pineapple');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan is locked' })).toBeFocused();
  await expect(page.getByText('pineapple')).toHaveCount(0);
  await page.getByLabel('Passphrase').fill('not this one');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText("That passphrase doesn't open the plan.")).toBeVisible();
  await page.getByLabel('Passphrase').fill('our family secret');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('pineapple');

  // Quick exit tells the plan to lock before the page leaves.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('opendoor:quick-exit')));
  await expect(page.getByRole('heading', { name: 'Your plan is locked' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your plan is locked' })).toBeVisible();
});

test('with storage blocked the page says so plainly and the rest of the site works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('/plan/');
  await expect(page.getByText(/isn't letting Open Door store anything/)).toBeVisible();
  await page.getByRole('link', { name: 'Get help now' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
});

test('"Add to my plan" on a script page adds that talk for the chosen child', async ({ page }) => {
  await page.goto('/plan/');
  await addChildWithKeyboard(page, 'Kai', '11-13');
  await saved(page);
  await page.goto('/talk/11-13/friends-who-move-fast/');
  await page.getByRole('link', { name: 'Add to my plan' }).click();
  await expect(page.getByText(/Which child is it for\?/)).toBeVisible();
  await page.getByRole('button', { name: 'Add for Kai' }).click();
  await expect(page.getByText('Added to the talks with Kai.')).toBeVisible();
  await saved(page);
  const talks = page.locator('.plan-child-talks').filter({ hasText: 'Talks with Kai' });
  await expect(talks.locator('.plan-talk__title')).toHaveText([/./]);
  await expect(talks.locator('.plan-talk__title a')).toHaveAttribute('href', '/talk/11-13/friends-who-move-fast/');
});

for (const [locale, written] of [
  ['en-US', 'December 5, 2026'],
  ['en-IE', '5 December 2026'],
] as const) {
  test.describe(`a reader in ${locale}`, () => {
    test.use({ locale });
    test('the printed plan writes the talk date the way this reader writes dates', async ({ page }) => {
      await page.goto('/plan/');
      await addChildWithKeyboard(page, 'Ash', '14-17');
      const talks = page.locator('.plan-child-talks').filter({ hasText: 'Talks with Ash' });
      await talks.getByLabel('Talk').selectOption({ index: 1 });
      await talks.getByRole('button', { name: /Add a talk/ }).press('Enter');
      await talks.getByLabel('When', { exact: true }).fill('2026-12-05');
      await saved(page);
      await page.emulateMedia({ media: 'print' });
      const sheet = page.locator('.plan-print__sheet').filter({ hasText: 'Our plan with Ash' });
      await expect(sheet).toBeVisible();
      await expect(sheet.locator('li').first()).toContainText(`planned, ${written})`);
      await expect(sheet).not.toContainText('2026-12-05');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('script pages have no "Add to my plan" control', async ({ page }) => {
    await page.goto('/talk/11-13/friends-who-move-fast/');
    await expect(page.getByRole('link', { name: 'Add to my plan' })).toBeHidden();
  });
});
