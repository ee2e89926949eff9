import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { revealedText } from '../support/revealed-text';

/** No control character but TAB (0x09) in a content line (RFC 5545 3.1: CR and LF only as line ends). */
const noControlCharacters = (line: string) =>
  [...line].every((character) => {
    const code = character.codePointAt(0)!;
    return code === 0x09 || (code >= 0x20 && code !== 0x7f);
  });

const saved = (page: Page) => expect(page.locator('.plan-save')).toHaveText('Saved on this device');

async function addChild(page: Page, nickname: string, band: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a child' });
  await form.getByLabel('Nickname').fill(nickname);
  await form.getByLabel('Age').selectOption(band);
  await form.getByRole('button', { name: 'Add a child' }).click();
  await expect(
    page
      .locator('#plan-next')
      .locator('..')
      .getByRole('heading', { name: new RegExp(`^${nickname}`) }),
  ).toBeVisible();
}

const card = (page: Page, nickname: string) =>
  page.locator('article.plan-child').filter({ has: page.getByRole('heading', { name: new RegExp(`^${nickname}`) }) });

test('a 10-year-old whose birth month passes into 11 moves into 11-13, with the notice shown once', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-02-15T10:00:00'));
  await page.goto('/plan/');
  await addChild(page, 'Sam', '8-10');
  const sam = card(page, 'Sam');
  await sam.locator('summary', { hasText: 'Birth month' }).click();
  await sam.getByLabel('Month').selectOption({ label: 'March' });
  await sam.getByLabel('Year').fill('2016');
  await expect(sam.getByText('Band follows the birth month: Ages 8 to 10')).toBeVisible();
  await saved(page);

  // A month later, in March 2027, Sam is 11.
  await page.clock.setFixedTime(new Date('2027-03-02T10:00:00'));
  await page.reload();
  const notice = page.getByText('Sam is 11 now: 6 talks for 11-13 are ready.');
  await expect(notice).toBeVisible();
  await expect(page.locator('section[aria-labelledby="plan-children"] select').first()).toHaveValue('11-13');
  await page.getByRole('button', { name: 'Show the talks for 11-13' }).click();
  await expect(notice).toHaveCount(0);
  await expect(sam.locator('details.plan-path')).toHaveAttribute('open', '');
  await expect(sam.getByRole('link', { name: 'What sextortion is' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(card(page, 'Sam').getByText('0 done · 0 planned · 6 not yet')).toBeVisible();
  await expect(page.getByText(/is 11 now/)).toHaveCount(0);
});

test('accept a path, mark a talk done, add the follow-up check-in; the .ics is discreet and strictly valid', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-04T09:00:00'));
  await page.goto('/plan/');
  await addChild(page, 'Ash', '11-13');
  const ash = card(page, 'Ash');
  await ash.locator('summary', { hasText: 'Suggested path for Ash' }).click();
  await ash.getByLabel('Pace').selectOption({ label: 'One a fortnight' });
  await ash.getByLabel('First talk on').fill('2027-01-09');
  await ash.getByRole('button', { name: /Plan these talks/ }).click();
  await expect(ash.getByText('0 done · 6 planned · 0 not yet')).toBeVisible();
  await expect(ash.locator('.plan-up-next__title')).toHaveText('What sextortion is');
  await expect(ash.getByText(/Planned for .*9.*January.*2027/)).toBeVisible();
  await expect(ash.getByRole('link', { name: /Open the script/ })).toHaveAttribute(
    'href',
    /\/talk\/11-13\/what-sextortion-is\/$/,
  );
  await expect(ash.getByRole('link', { name: 'Practise it first' })).toHaveAttribute(
    'href',
    /what-sextortion-is\/#practise-heading$/,
  );

  // Reorder: the second talk moves up, the dates stay a fortnight apart.
  await ash.getByRole('button', { name: /^Earlier\W+If it ever happens: the plan$/ }).click();
  await expect(ash.locator('.plan-up-next__title')).toHaveText('If it ever happens: the plan');
  await ash.getByRole('button', { name: /^Later\W+If it ever happens: the plan$/ }).click();
  await expect(ash.locator('.plan-up-next__title')).toHaveText('What sextortion is');

  await ash.getByRole('button', { name: 'We had this talk' }).click();
  await ash.getByLabel('Went well').check();
  await ash.getByLabel('Anything to come back to? (optional, private)').fill('Ask about the group chat');
  await ash.getByRole('button', { name: 'Mark as done' }).click();
  await expect(ash.getByText('1 done · 5 planned · 0 not yet')).toBeVisible();
  await expect(ash.getByText(/The script suggests a follow-up: A few days later/)).toBeVisible();
  // "A few days later" from Monday 4 January: Thursday 7 January.
  await ash.getByRole('button', { name: /Add a check-in on .*7.*January.*2027/ }).click();
  await expect(ash.getByText(/Check-in added for .*7.*January.*2027/)).toBeVisible();
  await expect(page.locator('section[aria-labelledby="plan-check-ins"] input[type="text"]').first()).toHaveValue(
    'Follow up: What sextortion is',
  );
  await saved(page);

  // The calendar file: neutral titles, no notes or answers, an alarm on every event.
  await expect(
    page.getByText(/The file holds 5 planned talks and 1 check-ins titled “Family chat” and “Check-in”/),
  ).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add reminders to my calendar (.ics)' }).click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(noControlCharacters(line), line).toBe(true);
  }
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  expect(events).toHaveLength(6);
  expect(new Set(events.map((event) => event.summary))).toEqual(new Set(['Family chat', 'Check-in']));
  for (const secret of ['Ash', 'group chat', 'sextortion', 'Follow up']) expect(text).not.toContain(secret);
  for (const event of events) {
    const alarm = event.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')).toBeTruthy();
  }

  // Opting in shows names and titles, and still no notes.
  await page.getByLabel('Show names and talk titles in the calendar').check();
  const [detailed] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add reminders to my calendar (.ics)' }).click(),
  ]);
  const detailedText = readFileSync((await detailed.path())!, 'utf8');
  expect(detailedText).toContain('Talk with Ash: If it ever happens: the plan');
  expect(detailedText).not.toContain('group chat');
});

test("what's next shows the script's two-minute version; the follow-up names the helpline for the region shown", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-04T09:00:00'));
  await page.goto('/plan/?region=ie');
  await addChild(page, 'Ash', '11-13');
  const ash = card(page, 'Ash');
  await ash.locator('summary', { hasText: 'Suggested path for Ash' }).click();
  await ash.getByRole('button', { name: /Plan these talks/ }).click();
  await expect(ash.locator('.plan-up-next__title')).toHaveText('What sextortion is');

  // The two-minute version of the next talk: the lines to say and the one thing to avoid, as on the script.
  const short = ash.locator('details.plan-two-minutes');
  await short.locator('summary', { hasText: 'In two minutes' }).click();
  await expect(short.getByRole('listitem')).toHaveText([
    'Sextortion is a trick: someone gets a private picture of you, or fakes one, and asks for money.',
    'They may pretend to be your age, and it can happen fast.',
    "If it happens, you're not in trouble. Don't pay, and tell me.",
    "I won't take your phone away for telling me.",
  ]);
  await expect(short.getByText(/The one thing to avoid: Don't say ‘just don't send nudes’/)).toBeVisible();

  // Done with the first talk: the second one's follow-up has {child-helpline}, read for Ireland.
  await ash.getByRole('button', { name: 'We had this talk' }).click();
  await ash.getByRole('button', { name: 'Mark as done' }).click();
  await expect(ash.locator('.plan-up-next__title')).toHaveText('If it ever happens: the plan');
  await ash.getByRole('button', { name: 'We had this talk' }).click();
  await ash.getByRole('button', { name: 'Mark as done' }).click();
  const followUp = ash.locator('.plan-follow-up p').first();
  await expect(followUp).toContainText('Save Childline (1800 66 66 66) in their phone together');
  await expect(followUp).toContainText('Hotline.ie (hotline.ie) or Take It Down');
  await expect(followUp).not.toContainText('{');
  await expect(followUp).not.toContainText('0800 1111');
});

test('hand the plan to a second, fresh browser profile and merge it there', async ({ page, browser, baseURL }) => {
  await page.goto('/plan/');
  await addChild(page, 'Ash', '14-17');
  await addChild(page, 'Bee', '8-10');
  const bee = card(page, 'Bee');
  await bee.locator('summary', { hasText: 'Suggested path for Bee' }).click();
  await bee.getByRole('button', { name: /Plan these talks/ }).click();
  await saved(page);

  const share = page.getByRole('region', { name: 'Share with another carer' });
  await share.getByLabel('Ash').uncheck();
  await share.getByLabel(/A passphrase you agree out loud/).fill('kettle on at four');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: 'Share the plan' }).click(),
  ]);
  await expect(share.getByText(/Saved as a file/)).toBeVisible();
  const file = readFileSync((await download.path())!, 'utf8');
  expect(revealedText(file)).not.toContain('Bee');
  expect(JSON.parse(file)).toMatchObject({ format: 'open-door-plan', sealed: { cipher: { name: 'AES-GCM' } } });

  // The other carer: a fresh profile with a plan of their own.
  const other = await browser.newContext({ baseURL: baseURL! });
  const theirs = await other.newPage();
  await theirs.goto('/plan/');
  await addChild(theirs, 'Kai', '4-7');
  await saved(theirs);
  const receive = theirs.getByRole('region', { name: 'Share with another carer' });
  await receive
    .getByLabel('Choose the file they sent')
    .setInputFiles({ name: 'open-door-shared-plan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await receive.getByLabel('This file is encrypted. Its passphrase:').fill('kettle on at four');
  await receive.getByRole('button', { name: 'Open' }).click();
  await expect(receive.getByText(/Merging adds Bee and changes: 1 children, 6 talks/)).toBeVisible();
  await receive.getByRole('button', { name: 'Merge into my plan' }).click();
  await expect(receive.getByText(/^Merged\./)).toBeVisible();
  await theirs.reload();
  await expect(card(theirs, 'Kai')).toBeVisible();
  await expect(card(theirs, 'Bee').getByText('0 done · 6 planned · 0 not yet')).toBeVisible();
  await expect(card(theirs, 'Ash')).toHaveCount(0);

  // Bringing the same file in again changes nothing.
  await theirs
    .getByRole('region', { name: 'Share with another carer' })
    .getByLabel('Choose the file they sent')
    .setInputFiles({ name: 'open-door-shared-plan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await theirs.getByLabel('This file is encrypted. Its passphrase:').fill('kettle on at four');
  await theirs.getByRole('region', { name: 'Share with another carer' }).getByRole('button', { name: 'Open' }).click();
  await expect(theirs.getByText('Everything in this file is already in your plan.')).toBeVisible();
  await expect(theirs.getByRole('button', { name: 'Merge into my plan' })).toHaveCount(0);
  await other.close();
});

test('arriving from an 11-13 script: the age starts at 11-13, a talk is never added twice, the buttons say what they do', async ({
  page,
}) => {
  await page.goto('/plan/?add=11-13/what-sextortion-is');
  await expect(page.getByText(/Add a child below first/)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a child' }).getByLabel('Age')).toHaveValue('11-13');
  await addChild(page, 'Ash', '11-13');
  await page.getByRole('button', { name: 'Add for Ash' }).click();
  await expect(page.getByText('Added to the talks with Ash.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the script' })).toHaveAttribute(
    'href',
    /\/talk\/11-13\/what-sextortion-is\/$/,
  );
  await expect(page.getByRole('button', { name: 'Not now' })).toHaveCount(0);
  await saved(page);
  await page.goto('/plan/?add=11-13/what-sextortion-is');
  await expect(page.getByText('Ash: already planned')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add for Ash' })).toHaveCount(0);
});

test('the planner passes axe, light and dark, with the path, birth month, after-talk form and sharing open', async ({
  page,
}) => {
  await page.goto('/plan/');
  await addChild(page, 'Ash', '11-13');
  await addChild(page, 'Bee', '8-10');
  const ash = card(page, 'Ash');
  await ash.locator('summary', { hasText: 'Suggested path for Ash' }).click();
  await ash.getByRole('button', { name: /Plan these talks/ }).click();
  await ash.locator('summary', { hasText: 'Birth month' }).click();
  await ash.getByRole('button', { name: 'We had this talk' }).click();
  await card(page, 'Bee').locator('summary', { hasText: 'Suggested path for Bee' }).click();
  await saved(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.plan').analyze();
    expect(results.violations, colorScheme).toEqual([]);
  }
});
