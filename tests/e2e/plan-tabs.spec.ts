// Every tab follows: two pages in one browser context share IndexedDB, localStorage and BroadcastChannel.
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const PASSPHRASE = 'our family secret';
const codeWord = (page: Page) => page.getByLabel('Code word (optional)');
const lockedHeading = (page: Page) => page.getByRole('heading', { name: 'Your plan is locked' });
const saved = (page: Page) => expect(page.locator('.plan-save')).toHaveText('Saved on this device');

async function twoTabs(context: BrowserContext, word = 'pineapple'): Promise<[Page, Page]> {
  const first = await context.newPage();
  await first.goto('/plan/');
  await codeWord(first).fill(word);
  await saved(first);
  const second = await context.newPage();
  await second.goto('/plan/');
  await expect(codeWord(second)).toHaveValue(word);
  return [first, second];
}

async function setPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: /(Set|Change) passphrase/ }).click();
  await expect(page.getByText('Passphrase set.')).toBeVisible();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  // The lock reaches another tab by message: wait for its lock screen rather than racing it.
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(codeWord(page)).toBeVisible();
}

const storedRecord = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('open-door');
        request.onsuccess = () => {
          const get = request.result.transaction('plan').objectStore('plan').get('current');
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result));
            request.result.close();
          };
        };
      }),
  );

test('"Lock now" in one tab locks the other, and nothing of the plan stays on its screen', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await setPassphrase(first, PASSPHRASE);
  await first.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockedHeading(first)).toBeVisible();
  await expect(lockedHeading(second)).toBeVisible();
  await expect(second.getByText('pineapple')).toHaveCount(0);
  expect(await second.evaluate(() => document.body.innerHTML.includes('pineapple'))).toBe(false);
});

test('quick exit in one tab locks the other', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await setPassphrase(first, PASSPHRASE);
  await first.evaluate(() => window.dispatchEvent(new CustomEvent('opendoor:quick-exit')));
  await expect(lockedHeading(second)).toBeVisible();
  expect(await second.evaluate(() => document.body.innerHTML.includes('pineapple'))).toBe(false);
});

test('setting a passphrase in one tab locks the other, and what it was typing is kept', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await codeWord(second).fill('mango');
  await setPassphrase(first, PASSPHRASE);
  await expect(lockedHeading(second)).toBeVisible();
  await unlock(second, PASSPHRASE);
  await expect(codeWord(second)).toHaveValue('mango');
  await saved(second);
  expect(await storedRecord(second)).not.toContain('mango');
});

test('changing the passphrase in one tab: the other locks and opens only with the new one', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await setPassphrase(first, PASSPHRASE);
  await unlock(second, PASSPHRASE);
  await setPassphrase(first, 'a brand new phrase');
  await expect(lockedHeading(second)).toBeVisible();
  await second.getByLabel('Passphrase').fill(PASSPHRASE);
  await second.getByRole('button', { name: 'Unlock' }).click();
  await expect(second.getByText("That passphrase doesn't open the plan.")).toBeVisible();
  await unlock(second, 'a brand new phrase');
  await codeWord(second).fill('kiwi');
  await saved(second);
  await first.reload();
  await unlock(first, 'a brand new phrase');
  await expect(codeWord(first)).toHaveValue('kiwi');
});

test('removing the passphrase in one tab: the other opens and its edits stay unsealed', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await setPassphrase(first, PASSPHRASE);
  await unlock(second, PASSPHRASE);
  await first.getByRole('button', { name: 'Remove passphrase' }).click();
  await expect(first.getByText('Passphrase removed.')).toBeVisible();
  await codeWord(second).fill('kiwi');
  await saved(second);
  await expect.poll(() => storedRecord(first)).toContain('"kind":"plain"');
  expect(await storedRecord(first)).toContain('kiwi');
});

test('"Delete everything" in one tab: the other shows "deleted" and never re-creates the database', async ({
  context,
}) => {
  const [first, second] = await twoTabs(context);
  await first.getByRole('button', { name: 'Delete everything…' }).click();
  await first.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(first.getByText('Everything Open Door kept in this browser has been deleted.')).toBeVisible();
  await expect(second.getByText('Everything Open Door kept in this browser has been deleted.')).toBeVisible();
  await second.waitForTimeout(1000);
  const names = await second.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  expect(names).not.toContain('open-door');
  expect(await second.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('open-door')))).toEqual(
    [],
  );
});

test('an import in one tab shows in the other', async ({ context }) => {
  const [first, second] = await twoTabs(context);
  const plan = JSON.parse(readFileSync('tests/fixtures/plan-v1.json', 'utf8'));
  const file = JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: '', plan });
  await first
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await first.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(first.getByText('Imported. Your plan has been replaced.')).toBeVisible();
  await expect(codeWord(second)).toHaveValue(plan.ifItHappens.codeWord);
});
