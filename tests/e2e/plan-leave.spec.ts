// Nothing typed in the plan is lost when the page goes away a moment later. For each way of leaving, 20 times:
// type a new code word, wait 0-400 ms, leave, come back, and check the word is there. Figures are printed.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { quickExitUrl } from '../../site.config.mjs';

const ROUNDS = 20;
const PASSPHRASE = 'our family secret';
const codeWord = (page: Page) => page.getByLabel('Code word (optional)');

async function fakeNeutralSite(context: BrowserContext): Promise<void> {
  await context.route(`${new URL(quickExitUrl).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
  );
}

async function openPlan(page: Page, passphrase?: string): Promise<void> {
  await page.goto('/plan/');
  if (passphrase) {
    // A plan that opens without asking was stored in the clear (a save in flight when quick exit locked it did so).
    await expect(page.getByRole('button', { name: 'Unlock' }), 'the plan opens locked').toBeVisible();
    await page.getByLabel('Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(codeWord(page)).toBeVisible();
}

type Leave = (page: Page, context: BrowserContext) => Promise<Page>;

const WAYS: Record<string, Leave> = {
  reload: async (page) => {
    await page.reload();
    return page;
  },
  'tab close': async (page, context) => {
    await page.close();
    return context.newPage();
  },
  'link navigation': async (page) => {
    await Promise.all([page.waitForURL('**/help/'), page.getByRole('link', { name: 'Get help now' }).first().click()]);
    return page;
  },
  'quick exit': async (page) => {
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('a[data-quick-exit]').click()]);
    return page;
  },
};

async function roundsOf(
  context: BrowserContext,
  way: string,
  leave: Leave,
  passphrase?: string,
): Promise<{ lost: number; readable: number }> {
  let page = await context.newPage();
  await openPlan(page, passphrase);
  let lost = 0;
  let readable = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const word = `word${round}x${Math.floor(Math.random() * 1e6)}`;
    await codeWord(page).fill(word.slice(0, -2));
    await codeWord(page).pressSequentially(word.slice(-2));
    await page.waitForTimeout(Math.floor((round / (ROUNDS - 1)) * 400));
    page = await leave(page, context);
    if (passphrase) {
      // Whatever the page left behind on this device must not show the word.
      await page.goto('/offline/');
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      if (stored.includes(word)) readable += 1;
    }
    await openPlan(page, passphrase);
    if ((await codeWord(page).inputValue()) !== word) lost += 1;
  }
  console.log(`Leaving within 0-400 ms by ${way}${passphrase ? ' (passphrase set)' : ''}: ${lost} of ${ROUNDS} lost`);
  await page.close();
  return { lost, readable };
}

test.describe('nothing typed is lost on leaving', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const [way, leave] of Object.entries(WAYS)) {
    test(`type, then leave by ${way} within 0-400 ms, ${ROUNDS} times: none lost`, async ({ context }) => {
      await fakeNeutralSite(context);
      const { lost } = await roundsOf(context, way, leave);
      expect(lost).toBe(0);
    });
  }

  test(`with a passphrase: type, then quick exit within 0-400 ms, ${ROUNDS} times: none lost, nothing readable`, async ({
    context,
  }) => {
    await fakeNeutralSite(context);
    const page = await context.newPage();
    await page.goto('/plan/');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(page.getByText('Passphrase set.')).toBeVisible();
    await page.close();
    const { lost, readable } = await roundsOf(context, 'quick exit', WAYS['quick exit']!, PASSPHRASE);
    expect(lost).toBe(0);
    expect(readable).toBe(0);
  });
});
