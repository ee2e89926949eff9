import { expect, test, type Page } from '@playwright/test';
import { cutSavesShort, pendingCopies } from './cut-saves';

async function answerWithKeyboard(page: Page): Promise<void> {
  // Focus the first answer (once the quiz has drawn its choices over the page's opening), move down the radio group
  // with the arrow key, and submit with Enter.
  await expect(page.locator('.quiz .quiz__options')).toBeVisible();
  await page.getByRole('group').last().getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('a whole quiz in together mode with the keyboard alone, ending with things to talk about', async ({ page }) => {
  // A child in the plan first, so the things to agree can go into the plan for them.
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Add a child' });
  await form.getByLabel('Nickname').fill('Kai');
  await form.getByRole('combobox').selectOption('4-7');
  await form.getByRole('button').click();
  await expect(page.locator('.plan-save')).toHaveText('Saved on this device');

  await page.goto('/quiz/4-7/');
  const quiz = page.locator('.quiz');
  await expect(page.getByRole('radio', { name: 'Together' })).toBeChecked();
  const total = Number((await quiz.locator('.quiz__position').innerText()).match(/of (\d+)/)![1]);

  for (let index = 1; index <= total; index += 1) {
    await expect(quiz.locator('.quiz__position')).toHaveText(`Situation ${index} of ${total}`);
    await expect(quiz.getByText('Grown-up: what would you do?')).toBeVisible();
    await expect(quiz.getByText('Young person: what would you do?')).toBeVisible();
    await answerWithKeyboard(page);
    await expect(quiz.getByRole('heading', { name: 'What each choice leads to' })).toBeVisible();
    await expect(quiz.getByText('You chose this')).toBeVisible();
    await expect(quiz.getByText('Talk about it:')).toBeVisible();
    const next = quiz.getByRole('button', { name: index < total ? 'Next situation' : 'See what to talk about' });
    await next.focus();
    await page.keyboard.press('Enter');
    // Focus moves to the new heading so a screen reader starts at the top of the next step.
    await expect(page.locator(':focus')).toHaveRole('heading');
  }

  await expect(quiz.getByRole('heading', { name: 'You worked through every situation' })).toBeFocused();
  await expect(quiz.getByRole('heading', { name: 'Worth talking about again' })).toBeVisible();
  await expect(quiz.getByRole('heading', { name: 'Talks that go with these' })).toBeVisible();
  await expect(quiz.locator('.quiz__summary a[href^="/talk/4-7/"]').first()).toBeVisible();
  await expect(quiz.getByRole('heading', { name: 'Things to agree' })).toBeVisible();
  const addLinks = quiz.getByRole('link', { name: 'Add this talk to my plan' });
  expect(await addLinks.count()).toBeGreaterThanOrEqual(2);
  expect(await addLinks.count()).toBeLessThanOrEqual(3);
  await expect(addLinks.first()).toHaveAttribute('href', /^\/plan\/\?add=4-7%2F[a-z-]+$/);
  await expect(quiz).not.toContainText(/you scored|\d+ ?(%|points)|\bout of\b/i);

  // The things to agree that go with the first talk travel to the plan as words for its note.
  const first = quiz.locator('.quiz__agree > li').first();
  const agreed = (await first.locator('p').first().innerText()).trim();
  expect(agreed.length).toBeGreaterThan(10);
  await first.getByRole('link', { name: 'Add this talk to my plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/plan\/\?add=4-7%2F[a-z-]+$/);
  const banner = page.locator('.plan-add-request');
  await expect(banner.locator('.plan-add-request__note')).toContainText(agreed);
  await page.getByRole('button', { name: 'Add for Kai' }).focus();
  await page.keyboard.press('Enter');
  const note = page.locator('.plan-child-talks').filter({ hasText: 'Talks with Kai' }).getByLabel('Private note');
  await expect(note).toHaveValue(
    new RegExp(`^Things to agree, from the situations we talked through:\\n- ${escapeRegExp(agreed)}`),
  );
  await expect(page.locator('.plan-save')).toHaveText('Saved on this device');
  await page.reload();
  await expect(note).toHaveValue(new RegExp(`- ${escapeRegExp(agreed)}`));
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The option texts of the situations on screen, one after another, answering each with the keyboard. */
async function optionOrders(page: Page, situations: number): Promise<string[][]> {
  const orders: string[][] = [];
  for (let index = 0; index < situations; index += 1) {
    // The island hydrates after the first paint, which can be after the load event page.goto waited for.
    await page.locator('.quiz .quiz__option').first().waitFor();
    orders.push(await page.locator('.quiz .quiz__option').allInnerTexts());
    await answerWithKeyboard(page);
    await page.getByRole('button', { name: 'Next situation' }).click();
  }
  return orders;
}

test('options are shuffled for each play, and stay in the same order after resuming', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageOne = await first.newPage();
  const pageTwo = await second.newPage();
  await pageOne.goto('/quiz/14-17/');
  await pageTwo.goto('/quiz/14-17/');
  const one = await optionOrders(pageOne, 3);
  const two = await optionOrders(pageTwo, 3);
  // Same options, different order (three situations of four options: a chance match is about 1 in 14,000).
  expect(one.map((options) => [...options].sort())).toEqual(two.map((options) => [...options].sort()));
  expect(one).not.toEqual(two);

  // Resume: going back and reloading shows each situation's options exactly as before.
  const shownNow = await pageOne.locator('.quiz .quiz__option').allInnerTexts();
  await pageOne.reload();
  await expect(pageOne.locator('.quiz .quiz__position')).toHaveText(/^Situation 4 of/);
  expect(await pageOne.locator('.quiz .quiz__option').allInnerTexts()).toEqual(shownNow);
  await first.close();
  await second.close();
});

test('feedback is short first: the chosen answer, with the rest and the why folded away', async ({ page }) => {
  await page.goto('/quiz/14-17/');
  await answerWithKeyboard(page);
  const feedback = page.locator('.quiz__feedback');
  await expect(feedback.getByText('You chose this')).toBeVisible();
  const others = feedback.locator('details.quiz__others');
  await expect(others.locator('li').first()).toBeHidden();
  await others.getByText('The other choices').click();
  await expect(others.locator('li').first()).toBeVisible();
  await expect(feedback.getByText('Grown-up:', { exact: true })).toBeVisible();
  await expect(feedback.getByText('Young person:', { exact: true })).toBeVisible();
  // Help is named by role, never by one country's service or currency, until a region is chosen.
  await expect(page.locator('.quiz')).not.toContainText(/£|CEOP|Childline|\{[a-z-]+(:\d+)?\}/);
});

test('a step whose save the page left during is kept: the reload resumes there, and saves it', async ({ page }) => {
  await page.goto('/quiz/11-13/');
  await answerWithKeyboard(page);
  await expect.poll(() => pendingCopies(page)).toEqual([]);
  await cutSavesShort(page, 'quiz-progress');
  await page.getByRole('button', { name: 'Next situation' }).click();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 2 of/);
  await page.reload();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 2 of/);
  await expect.poll(() => pendingCopies(page)).toEqual([]);
  await page.reload();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 2 of/);
});

test('reloading mid-quiz resumes where the family left off', async ({ page }) => {
  await page.goto('/quiz/11-13/');
  await page.getByRole('radio', { name: 'On my own' }).check();
  await answerWithKeyboard(page);
  await page.getByRole('button', { name: 'Next situation' }).click();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 2 of/);
  const secondTitle = await page.locator('.quiz h2').innerText();

  await page.reload();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 2 of/);
  await expect(page.locator('.quiz h2')).toHaveText(secondTitle);
  await expect(page.getByRole('radio', { name: 'On my own' })).toBeChecked();

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.quiz').getByText('You chose this')).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('.quiz .quiz__position')).toHaveText(/^Situation 1 of/);
  await expect(page.locator('.quiz').getByText('You chose this')).toHaveCount(0);
});

test('with IndexedDB blocked, the quiz says so plainly and still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('/quiz/14-17/');
  await expect(page.getByText(/isn't letting Open Door save anything/)).toBeVisible();
  await answerWithKeyboard(page);
  await expect(page.locator('.quiz').getByRole('heading', { name: 'What each choice leads to' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every scenario shows, with its feedback behind a disclosure', async ({ page }) => {
    await page.goto('/quiz/8-10/');
    const scenarios = page.locator('.quiz-static article');
    expect(await scenarios.count()).toBeGreaterThanOrEqual(8);
    const first = scenarios.first();
    await expect(first.getByText('A good choice')).toBeHidden();
    await first.getByText('What each choice leads to').click();
    await expect(first.getByText('A good choice').first()).toBeVisible();
    await expect(first.getByText('Talk about it:')).toBeVisible();
  });

  test("the first situation starts on the first screen, not below the island's empty room", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/quiz/14-17/');
    const top = (await page.locator('.quiz-static article').first().boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(800);
  });
});

test('the first situation paints with the page, and nothing moves when the quiz takes over', async ({ page }) => {
  // Hold the quiz's code back, as a slow phone network does, so the page's own opening is what paints first.
  await page.route('**/_astro/Quiz.*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    const seen = { shifts: 0, largest: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) seen.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
        seen.largest.push(entry.element?.closest('.quiz-opening') ? 'page' : (entry.element?.className ?? ''));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/quiz/14-17/');
  const opening = page.locator('.quiz-opening');
  await expect(opening.locator('.quiz__situation')).toBeVisible();
  const before = await opening.locator('.quiz__situation').boundingBox();
  // The quiz arrives: its options show, the page's opening is gone, the situation is where it was.
  await expect(page.getByRole('radio', { name: 'Together' })).toBeEnabled();
  await expect(page.locator('.quiz').getByRole('group').last().getByRole('radio').first()).toBeVisible();
  await expect(opening).toBeHidden();
  expect(await page.locator('.quiz .quiz__situation').boundingBox()).toEqual(before);
  const seen = await page.evaluate(() => (window as unknown as { seen: { shifts: number; largest: string[] } }).seen);
  expect(seen.shifts).toBeLessThan(0.01);
  // The largest paint was the page's own situation; the quiz drawing the same words again is not a new one.
  expect(seen.largest.at(-1)).toBe('page');
});
