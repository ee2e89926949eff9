import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { cutSavesShort, pendingCopies } from './cut-saves';
import { decodeQrSvg } from './qr';
import { builtRoutes, YOUNG_PERSON_ROUTES } from './site';

const saved = (page: Page) => expect(page.locator('.plan-save')).toHaveText('Saved on this device');

/** A plan with a trusted adult, a code word, a region and a phone promise, as a parent would make it. */
async function planWithCard(page: Page): Promise<void> {
  await page.goto('/plan/');
  const trusted = page.locator('section[aria-labelledby="plan-trusted"] form');
  await trusted.getByLabel('Name or role').fill('Auntie Sam');
  await trusted.getByLabel('How to reach them (optional)').fill('07700 900123');
  await trusted.getByLabel('Name or role').press('Enter');
  await page.getByLabel('Help numbers for').selectOption('uk');
  await page.getByLabel('Code word (optional)').fill('pineapple');
  const promise = page.locator('section[aria-labelledby="plan-promise"]');
  await promise.getByRole('button', { name: 'Use this one' }).first().click();
  await expect(promise.getByLabel('Our promise')).toHaveValue(
    'I won’t take your phone. You won’t be in trouble. Wake me any time.',
  );
  await saved(page);
}

/** Makes the handover link (and QR code) in the plan; returns the link and what the QR code reads as. */
async function handOver(page: Page, passphrase = ''): Promise<{ link: string; qr: string | null }> {
  const section = page.locator('section[aria-labelledby="plan-handover"]');
  await section.getByLabel(/Passphrase/).fill(passphrase);
  await section.getByRole('button', { name: 'Make the link and QR code' }).click();
  const link = await section.locator('[data-card-link]').inputValue();
  const source = await section.locator('[data-card-qr]').getAttribute('src');
  const svg = Buffer.from(source!.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
  const reader = await page.context().newPage();
  const qr = await decodeQrSvg(reader, svg);
  await reader.close();
  return { link, qr };
}

/** Opens a link in a brand-new browser context: a second device that has never seen Open Door. */
async function openOnNewDevice(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

/** The card is out of the address bar, and the history holds no entry with it: back goes to the blank tab. */
async function expectFragmentGone(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  expect(page.url()).not.toContain('#');
  const entries = await page.evaluate(() => history.length);
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goForward();
  expect(page.url()).toMatch(/\/card\/$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
}

async function expectCompleteCard(page: Page): Promise<void> {
  const people = page.locator('section[aria-labelledby="card-people"]');
  await expect(people).toContainText('Auntie Sam');
  await expect(people).toContainText('07700 900123');
  await expect(people.getByRole('link', { name: 'Call Auntie Sam' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(page.locator('.card-code')).toHaveText('pineapple');
  await expect(page.locator('.card-promise')).toHaveText(
    'I won’t take your phone. You won’t be in trouble. Wake me any time.',
  );
  await expect(page.locator('section[aria-labelledby="card-numbers"]')).toContainText('Childline');
  await expect(page.locator('section[aria-labelledby="card-numbers"]')).toContainText('0800 1111');
}

test('a card handed over by link and QR code arrives complete on a fresh device, and the link is wiped', async ({
  page,
  browser,
}) => {
  await planWithCard(page);
  const { link, qr } = await handOver(page);
  expect(qr).toBe(link);
  const fragment = new URL(link).hash;
  expect(new URL(link).pathname).toBe('/card/');
  expect(fragment).toMatch(/^#card=1\./);
  // Only the card travels: nothing else from the plan.
  const carried = JSON.parse(Buffer.from(fragment.slice('#card=1.'.length), 'base64url').toString('utf8'));
  expect(carried).toEqual({
    schemaVersion: 1,
    adults: [{ name: 'Auntie Sam', contact: '07700 900123' }],
    codeWord: 'pineapple',
    promise: 'I won’t take your phone. You won’t be in trouble. Wake me any time.',
    region: 'uk',
  });

  const phone = await openOnNewDevice(browser, qr!);
  await expect(phone.getByText('Your card arrived and is saved on this device.')).toBeVisible();
  await expectFragmentGone(phone);
  await expectCompleteCard(phone);
  await phone.reload();
  await expectCompleteCard(phone);
  expect(phone.url()).not.toContain('#');
  await phone.context().close();
});

test('an encrypted handover needs the passphrase and reveals nothing without it', async ({ page, browser }) => {
  await planWithCard(page);
  const { link, qr } = await handOver(page, 'orange bicycle');
  expect(qr).toBe(link);
  expect(link).toMatch(/#card=1e\./);
  expect(link).not.toContain('pineapple');

  const phone = await openOnNewDevice(browser, link);
  await expect(phone.getByText('This card is protected.')).toBeVisible();
  expect(await phone.evaluate(() => location.href)).not.toContain('#');
  await expect(phone.getByText('Auntie Sam')).toHaveCount(0);
  const arrival = phone.locator('.card-arrival');
  await arrival.getByLabel('Passphrase').fill('wrong passphrase');
  await arrival.getByRole('button', { name: 'Open the card' }).click();
  await expect(arrival.getByText('That passphrase doesn’t open this card.')).toBeVisible();
  await expect(phone.getByText('Auntie Sam')).toHaveCount(0);
  await arrival.getByLabel('Passphrase').fill('orange bicycle');
  await arrival.getByRole('button', { name: 'Open the card' }).click();
  await expect(phone.getByText('Your card arrived and is saved on this device.')).toBeVisible();
  await expectCompleteCard(phone);
  await expectFragmentGone(phone);
  await expectCompleteCard(phone);
  await phone.context().close();
});

test('a broken card link is refused in plain words and wiped too', async ({ page }) => {
  await page.goto('/card/#card=1.bm90IGEgY2FyZA');
  await expect(page.getByText('That link is broken or cut short')).toBeVisible();
  await expectFragmentGone(page);
});

test('a card can be locked with a passphrase and opened again', async ({ page }) => {
  await page.goto('/card/');
  await page.getByRole('button', { name: 'Change my card' }).click();
  const editor = page.locator('#card-editor');
  await editor.getByLabel('Name', { exact: true }).fill('Coach Lee');
  await editor.getByLabel('Phone number or where to find them').fill('at the club');
  await editor.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.locator('.card-people')).toContainText('Coach Lee');
  await expect(page.getByRole('link', { name: 'Call Coach Lee' })).toHaveCount(0);
  const lock = page.locator('section[aria-labelledby="card-lock"]');
  await lock.getByLabel('Passphrase', { exact: true }).fill('secret words');
  await lock.getByLabel('Type it again').fill('secret words');
  await lock.getByRole('button', { name: 'Lock with this passphrase' }).click();
  await expect(lock.getByText('Your card is locked with your passphrase.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your card is locked' })).toBeVisible();
  await expect(page.getByText('Coach Lee')).toHaveCount(0);
  const stored = await page.evaluate(async () => {
    const request = indexedDB.open('open-door');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const record = await new Promise((resolve) => {
      const get = db.transaction('card').objectStore('card').get('current');
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return JSON.stringify(record);
  });
  expect(stored).not.toContain('Coach Lee');
  await page.getByLabel('Passphrase').fill('secret words');
  await page.getByRole('button', { name: 'Open my card' }).click();
  await expect(page.locator('.card-people')).toContainText('Coach Lee');
});

test('ready messages carry the chosen words to sms:, the share sheet and the clipboard', async ({ page }) => {
  await page.addInitScript(() => {
    const sent: unknown[] = [];
    Object.assign(window, { sentToShare: sent });
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (sent.push(data), Promise.resolve()) });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => (sent.push({ copied: text }), Promise.resolve()) },
    });
  });
  // A card with a person and a code word, so the messages can go to them.
  await page.goto('/card/');
  await page.getByRole('button', { name: 'Change my card' }).click();
  const editor = page.locator('#card-editor');
  await editor.getByLabel('Name', { exact: true }).fill('Dad');
  await editor.getByLabel('Phone number or where to find them').fill('+44 7700 900456');
  await editor.getByRole('button', { name: 'Add this person' }).click();
  await editor.getByLabel('Code word').fill('kiwi');
  await editor.getByLabel('Code word').press('Tab');
  await expect(page.locator('.card-code')).toHaveText('kiwi');

  await page.goto('/help/tell-someone/');
  const send = page.locator('[data-send]');
  await expect(send).toHaveAttribute(
    'href',
    `sms:?body=${encodeURIComponent('Can we talk? Something’s happened online. I’m not in trouble, I just need you.')}`,
  );
  await page.getByLabel('Come to me').check();
  await page.getByLabel('Dad').check();
  await expect(send).toHaveText('Text Dad');
  const come = 'Can you come to my room? I need to talk to you.';
  await expect(send).toHaveAttribute('href', `sms:+447700900456?body=${encodeURIComponent(come)}`);
  await page.getByLabel('Just our code word').check();
  await expect(send).toHaveAttribute('href', 'sms:+447700900456?body=kiwi');
  await page.getByLabel('Your message (you can change it)').fill('kiwi. Please come now.');
  await expect(send).toHaveAttribute('href', `sms:+447700900456?body=${encodeURIComponent('kiwi. Please come now.')}`);
  await page.getByRole('button', { name: 'Send with another app' }).click();
  await page.getByRole('button', { name: 'Copy the message' }).click();
  await expect(page.getByText('Copied. Paste it into any app.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sentToShare: unknown[] }).sentToShare)).toEqual([
    { text: 'kiwi. Please come now.' },
    { copied: 'kiwi. Please come now.' },
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('ready messages are plain sms: links with the words in them', async ({ page }) => {
    await page.goto('/help/tell-someone/');
    const links = page.locator('.message-list a[href^="sms:"]');
    await expect(links).toHaveCount(3);
    await expect(links.first()).toHaveAttribute(
      'href',
      `sms:?body=${encodeURIComponent('Can we talk? Something’s happened online. I’m not in trouble, I just need you.')}`,
    );
    await expect(page.getByRole('heading', { name: 'If they react badly' })).toBeVisible();
  });

  test('the card page still gives the five steps', async ({ page }) => {
    await page.goto('/card/');
    await expect(page.getByRole('main')).toContainText('Never save or send the image.');
  });
});

test('the manifest opens the card from the home screen', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
  expect(manifest.shortcuts).toEqual(expect.arrayContaining([expect.objectContaining({ url: 'card/' })]));
});

test("every young person's page is built and in the sitemap, so the route, offline and no-JavaScript checks cover it", () => {
  expect(builtRoutes()).toEqual(expect.arrayContaining(YOUNG_PERSON_ROUTES));
});

test('the evidence list is kept on the device as text, survives a reload, exports, and "Delete everything" removes it', async ({
  page,
}) => {
  await page.goto('/help/report/');
  const usernames = page.locator('section[aria-labelledby="note-usernames-heading"]');
  await usernames.getByLabel('Add to “Their usernames”').fill('@not_really_jay');
  await usernames.getByRole('button', { name: 'Add: Their usernames' }).click();
  const money = page.locator('section[aria-labelledby="note-money-heading"]');
  await money.getByLabel('Add to “Money asked for and paid”').fill('£50 gift card, Sat 30 Nov 21:40');
  await money.getByLabel('Add to “Money asked for and paid”').press('Enter');
  await page.getByLabel('Screenshot of their profile and username').check();
  await expect(page.getByText('Saved on this device only.')).toBeVisible();

  await page.reload();
  await expect(usernames.locator('.notebook-entry')).toHaveText(['@not_really_jay']);
  await expect(money.locator('.notebook-entry')).toHaveText(['£50 gift card, Sat 30 Nov 21:40']);
  await expect(page.getByLabel('Screenshot of their profile and username')).toBeChecked();

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a text file' }).click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('Their usernames\n- @not_really_jay');
  expect(text).toContain('[x] Screenshot of their profile and username');

  await page.getByRole('button', { name: 'Delete everything Open Door keeps here…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything Open Door kept in this browser has been deleted.')).toBeVisible();
  await page.reload();
  await expect(page.locator('.notebook-entry')).toHaveCount(0);
  await expect(page.getByLabel('Screenshot of their profile and username')).not.toBeChecked();
});

test('the plan\'s "Delete everything" removes the evidence list and the card too', async ({ page }) => {
  await page.goto('/help/report/');
  const usernames = page.locator('section[aria-labelledby="note-usernames-heading"]');
  await usernames.getByLabel('Add to “Their usernames”').fill('@someone');
  await usernames.getByLabel('Add to “Their usernames”').press('Enter');
  await expect(usernames.locator('.notebook-entry')).toHaveText(['@someone']);
  await page.goto('/plan/');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything Open Door kept in this browser has been deleted.')).toBeVisible();
  await page.goto('/help/report/');
  await expect(page.getByRole('heading', { name: 'Their usernames' })).toBeVisible();
  await expect(page.locator('.notebook-entry')).toHaveCount(0);
});

test('a safety plan line whose save the page left during is there on the next visit, and saved then', async ({
  page,
}) => {
  await page.goto('/help/after/');
  const signs = page.locator('section[aria-labelledby="note-signs-heading"]');
  await expect(signs.getByLabel('Add to “1. My warning signs”')).toBeVisible();
  await cutSavesShort(page, 'safety-plan');
  await signs.getByLabel('Add to “1. My warning signs”').fill('Going quiet at dinner');
  await signs.getByLabel('Add to “1. My warning signs”').press('Enter');
  await expect(signs.locator('.notebook-entry')).toHaveText(['Going quiet at dinner']);
  await page.reload();
  await expect(signs.locator('.notebook-entry')).toHaveText(['Going quiet at dinner']);
  await expect.poll(() => pendingCopies(page)).toEqual([]);
  await page.reload();
  await expect(signs.locator('.notebook-entry')).toHaveText(['Going quiet at dinner']);
});

test('a card change whose save the page left during is there on the next visit, and saved then', async ({ page }) => {
  await page.goto('/card/');
  await page.getByRole('button', { name: 'Change my card' }).click();
  const editor = page.locator('#card-editor');
  await cutSavesShort(page, 'card');
  await editor.getByLabel('Name', { exact: true }).fill('Coach Lee');
  await editor.getByLabel('Phone number or where to find them').fill('at the club');
  await editor.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.locator('.card-people')).toContainText('Coach Lee');
  await page.reload();
  await expect(page.locator('.card-people')).toContainText('Coach Lee');
  await expect.poll(() => pendingCopies(page)).toEqual([]);
  await page.reload();
  await expect(page.locator('.card-people')).toContainText('Coach Lee');
});

test('the safety plan is kept on the device and survives a reload', async ({ page }) => {
  await page.goto('/help/after/');
  const signs = page.locator('section[aria-labelledby="note-signs-heading"]');
  await signs.getByLabel('Add to “1. My warning signs”').fill('Checking my phone over and over');
  await signs.getByLabel('Add to “1. My warning signs”').press('Enter');
  await page.reload();
  await expect(signs.locator('.notebook-entry')).toHaveText(['Checking my phone over and over']);
  await signs.getByRole('button', { name: 'Remove: Checking my phone over and over' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: '1. My warning signs' })).toBeVisible();
  await expect(signs.locator('.notebook-entry')).toHaveCount(0);
});

test('the report flow leads by age and region to the right routes, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/help/report/');
  await page.getByRole('link', { name: 'I’m under 18' }).click();
  await page.locator('#u18').getByRole('link', { name: 'United Kingdom' }).click();
  const uk = page.locator('#u18-uk');
  await expect(uk).toContainText('CEOP Safety Centre');
  await expect(uk).toContainText('Report Remove');
  await expect(uk).not.toContainText('Revenge Porn Helpline');
  await expect(page.locator('#adult-uk')).toContainText('Revenge Porn Helpline');
  await expect(page.locator('#adult-uk')).not.toContainText('Report Remove');
  await expect(page.locator('#u18-anywhere')).toContainText('Take It Down');
  await context.close();
});

test('/privacy/ names every store Open Door keeps, the card and both notebooks included', async ({ page }) => {
  // Each store in the database, with the words the privacy page uses for it: a new store fails here until named.
  const named: Record<string, string> = {
    plan: 'family plan',
    'quiz-progress': 'quiz progress',
    card: 'My card',
    evidence: 'evidence list',
    'safety-plan': 'safety plan',
  };
  await page.goto('/help/after/');
  const signs = page.locator('section[aria-labelledby="note-signs-heading"]');
  await signs.getByLabel('Add to “1. My warning signs”').fill('Going quiet');
  await signs.getByLabel('Add to “1. My warning signs”').press('Enter');
  await expect(signs.locator('.notebook-entry')).toHaveText(['Going quiet']);
  await page.goto('/privacy/');
  const stores = await page.evaluate(async () => {
    const request = indexedDB.open('open-door');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const names = [...db.objectStoreNames];
    db.close();
    return names;
  });
  expect(stores.sort()).toEqual(Object.keys(named).sort());
  const stored = page.getByRole('main').locator('ul').first();
  for (const words of Object.values(named)) await expect(stored).toContainText(words);
  await expect(page.getByRole('main')).toContainText('card, evidence list, safety plan and country choice');
});
