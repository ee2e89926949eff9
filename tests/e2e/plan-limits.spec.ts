// The forms take their limits from the schema, and a damaged record is never a dead end.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const saved = (page: Page) => expect(page.locator('.plan-save')).toHaveText('Saved on this device');

async function putRecord(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('open-door', 2);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('quiz-progress', { keyPath: 'band' });
          request.result.createObjectStore('plan');
        };
        request.onsuccess = () => {
          const transaction = request.result.transaction('plan', 'readwrite');
          transaction.objectStore('plan').put(value, 'current');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    record,
  );
}

test('a typed five-digit year is refused in plain words and the plan still loads', async ({ page }) => {
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Add a check-in' });
  await form.getByLabel('What for').fill('New phone');
  await form.getByLabel('Date').fill('2027-01-31');
  await form.getByRole('button', { name: 'Add' }).click();
  const row = page.locator('section[aria-labelledby="plan-check-ins"] ul li').first();
  // What Chromium's date input hands over when a year is typed with a digit too many (12/31/20260).
  await row.getByLabel('Date').evaluate((input: HTMLInputElement) => {
    input.value = '20260-12-31';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(page.getByText('Choose a real date between 2000 and 2099.')).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.locator('section[aria-labelledby="plan-check-ins"] ul input[type="text"]')).toHaveValue(
    'New phone',
  );
  await expect(page.locator('section[aria-labelledby="plan-check-ins"] ul input[type="date"]')).toHaveValue(
    '2027-01-31',
  );
  await expect(page.getByText(/can't be read/)).toHaveCount(0);
});

test('the trusted adults form stops at the schema limit with a plain message', async ({ page }) => {
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Add a trusted adult' });
  for (let index = 0; index < 30; index += 1) {
    await form.getByLabel('Name or role').fill(`Adult ${index + 1}`);
    await form.getByLabel('Name or role').press('Enter');
  }
  await expect(page.getByText('A plan holds up to 30 of these. Remove one to add another.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Add' })).toBeDisabled();
  await saved(page);
  await page.reload();
  await expect(page.locator('section[aria-labelledby="plan-trusted"] ul li')).toHaveCount(30);
});

test('a damaged record shows what was recovered, offers the original as a file, and keeps it until replaced', async ({
  page,
}) => {
  await page.goto('/offline/');
  const plan = JSON.parse(readFileSync('tests/fixtures/plan-v1.json', 'utf8'));
  const damaged = {
    kind: 'plain',
    plan: { ...plan, checkIns: [{ id: 'x', label: 'Bad', date: '20260-12-31', repeat: 'none' }] },
  };
  await putRecord(page, damaged);
  await page.goto('/plan/');
  await expect(page.getByText(/Below is everything that could be recovered/)).toBeVisible();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue(plan.ifItHappens.codeWord);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the stored original' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toEqual(damaged);

  // Edits are kept and the bar says they can't be saved yet; the original stays as it was.
  await page.getByLabel('Code word (optional)').fill('mango');
  await expect(page.locator('.plan-save')).toContainText("can't be saved");
  await page.reload();
  await expect(page.getByText(/Below is everything that could be recovered/)).toBeVisible();
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('mango');

  await page.getByRole('button', { name: 'Keep what was recovered' }).click();
  await expect(page.getByText('Saved. The recovered plan has replaced the damaged one.')).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Below is everything that could be recovered/)).toHaveCount(0);
  await expect(page.getByLabel('Code word (optional)')).toHaveValue('mango');
});
