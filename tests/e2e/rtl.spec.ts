// Right to left: on the Arabic pages every phone number reads left to right and in order ("0800 1111", never
// "1111 0800"), in every region, in the static pages, the footer and the islands; the header, the quick exit and the
// breadcrumbs sit the Arabic way round; nothing scrolls sideways at 320 px.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { NUMBER_RUN, splitLtrRuns } from '../../src/domain/bidi';

const REGIONS = ['uk', 'ie', 'us', 'ca', 'au', 'nz'] as const;
type Region = (typeof REGIONS)[number];

interface RouteData {
  phone?: { display: string };
  sms?: { display: string };
}

/** Each region's phone and text numbers as the help-route data writes them, split into runs ("0508 NETSAFE"). */
const NUMBERS = Object.fromEntries(
  REGIONS.map((region) => {
    const file = join(import.meta.dirname, '../../src/content/help-routes/en', `${region}.yaml`);
    const data = parse(readFileSync(file, 'utf8')) as { routes: RouteData[] };
    const runs = data.routes
      .flatMap((route) => [route.phone?.display, route.sms?.display])
      .flatMap((display) => (display ? splitLtrRuns(display).filter((run) => run.ltr) : []))
      .map((run) => run.text);
    return [region, [...new Set(runs)]];
  }),
) as Record<Region, string[]>;
const ALL_NUMBERS = [...new Set(Object.values(NUMBERS).flat())];

test('the help data has the numbers this test looks for', () => {
  expect(readdirSync(join(import.meta.dirname, '../../src/content/help-routes/en')).length).toBeGreaterThanOrEqual(6);
  expect(NUMBERS.uk).toContain('0800 1111');
  expect(NUMBERS.ie).toEqual(expect.arrayContaining(['1800 66 66 66', '1800 555 222', '+353 1 963 7755']));
  expect(NUMBERS.us).toContain('1-800-THE-LOST');
});

interface Found {
  text: string;
  isolated: boolean;
  inOrder: boolean;
  oneLine: boolean;
}

/**
 * Every visible phone number on the page (a run of the help data's numbers, word joiners allowed inside): whether it
 * sits in a left-to-right isolate (an element with direction ltr and unicode-bidi isolate, or between the LRI and
 * PDI marks), whether its characters are laid out left to right in reading order, and whether it stays on one line.
 */
async function phoneNumbers(page: Page): Promise<Found[]> {
  return page.evaluate(
    ({ source, numbers }) => {
      // The domain's run pattern, with the word joiners islands put after a separator allowed.
      const pattern = new RegExp(
        source.replaceAll('[ \\u00a0./-]', '[ \\u00a0./-]\\u2060?').replaceAll('[ \\u00a0-]', '[ \\u00a0-]\\u2060?'),
        'g',
      );
      const found: Found[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement;
        if (!parent || !parent.checkVisibility() || parent.closest('.visually-hidden, noscript, script, style'))
          continue;
        for (const match of node.data.matchAll(pattern)) {
          const text = match[0].replaceAll('\u2060', '').replaceAll('\u00a0', ' ');
          if (!numbers.includes(text)) continue;
          const start = match.index;
          const end = start + match[0].length;
          // Between an LRI and its PDI in the same text (the islands' plain text).
          const before = node.data.slice(0, start);
          const marked =
            before.lastIndexOf('\u2066') > before.lastIndexOf('\u2069') && node.data.includes('\u2069', end);
          let isolate: Element | null = parent;
          while (isolate && !/isolate|plaintext/.test(getComputedStyle(isolate).unicodeBidi))
            isolate = isolate.parentElement;
          const isolated = marked || (isolate !== null && getComputedStyle(isolate).direction === 'ltr');
          // Each digit or letter's box, in reading order: left to right on one line means the number reads as written.
          const boxes: DOMRect[] = [];
          for (let index = start; index < end; index += 1) {
            if (!/[0-9A-Z+]/.test(node.data[index]!)) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            boxes.push(range.getBoundingClientRect());
          }
          const oneLine = boxes.every((box) => Math.abs(box.top - boxes[0]!.top) < 2);
          const inOrder = boxes.every((box, index) => index === 0 || box.left > boxes[index - 1]!.left);
          found.push({ text, isolated, inOrder, oneLine });
        }
      }
      return found;
    },
    { source: NUMBER_RUN.source, numbers: ALL_NUMBERS },
  );
}

/** The numbers that are not isolated left to right, out of order, or broken over two lines. */
function wrong(found: Found[]): string[] {
  return found
    .filter((number) => !number.isolated || !number.inOrder || !number.oneLine)
    .map(
      (number) =>
        `${number.text}${number.isolated ? '' : ' not isolated'}${number.inOrder ? '' : ' out of order'}${number.oneLine ? '' : ' broken over two lines'}`,
    );
}

const PAGES = [
  '/ar/help/young-person/',
  '/ar/help/',
  '/ar/help/routes/',
  '/ar/help/young-person/already-paid/',
  '/ar/talk/14-17/if-it-ever-happens/',
  '/ar/card/',
];

for (const width of [320, 1280]) {
  test.describe(`Arabic phone numbers at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of PAGES) {
      test(`${path} reads every region's numbers left to right and in order`, async ({ page }) => {
        // Every region's problems together, so one failure shows them all.
        const problems: string[] = [];
        for (const region of REGIONS) {
          await page.goto(`${path}?region=${region}`);
          await expect(page.locator('html')).toHaveAttribute('data-region', region);
          // The card's numbers come from its island.
          if (path === '/ar/card/') await expect(page.locator('.card-numbers li').first()).toBeVisible();
          const found = await phoneNumbers(page);
          problems.push(...wrong(found).map((problem) => `${region}: ${problem}`));
          const seen = new Set(found.map((number) => number.text));
          // The footer's emergency line holds the region's emergency number on every page.
          const emergency = (await page.locator('.site-footer').innerText()).replaceAll(/[\u2060\u2066\u2069]/g, '');
          expect(
            NUMBERS[region].some((number) => emergency.includes(number)),
            `footer, ${region}`,
          ).toBe(true);
          // Every number the region has is on its full list (as the list, the buttons and the card show it).
          if (path === '/ar/help/routes/')
            expect([...seen].sort(), region).toEqual(expect.arrayContaining(NUMBERS[region]));
          else expect(seen.size, `${path}?region=${region} shows numbers`).toBeGreaterThan(0);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

test('before a region is chosen, the neutral list of emergency numbers reads in order too', async ({ page }) => {
  await page.goto('/ar/help/');
  await expect(page.locator('html')).not.toHaveAttribute('data-region', /./);
  const found = await phoneNumbers(page);
  expect(found.map((number) => number.text)).toEqual(expect.arrayContaining(['999', '112', '911', '000', '111']));
  expect(wrong(found)).toEqual([]);
});

test('the English pages keep their numbers as plain text (the isolates are only for right-to-left pages)', async ({
  page,
}) => {
  await page.goto('/help/young-person/?region=ie');
  const html = await page.locator('main').innerHTML();
  expect(html).toContain('Childline (1800 66 66 66)');
  expect(html).not.toMatch(/<bdi dir="ltr">1800 66 66 66<\/bdi>\)/);
});

test('addresses shown as text read left to right on Arabic pages ("…/ar/", not "/…/ar")', async ({ page }) => {
  const wrongWay: string[] = [];
  for (const path of ['/ar/schools/', '/ar/help/routes/?region=ca', '/ar/card/?region=us']) {
    await page.goto(path);
    if (path.startsWith('/ar/card/')) await expect(page.locator('.card-numbers li').first()).toBeVisible();
    // "Share this page" offers this page in Arabic, not its English twin.
    if (path === '/ar/schools/')
      await expect(page.locator('[data-share] .share__fallback a')).toHaveAttribute('href', /\/ar\/schools\/$/);
    const addresses = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main strong')]
        .filter(
          (element) =>
            element.checkVisibility() &&
            /^(https?:\/\/|www\.|[a-z0-9-]+\.[a-z.]+\/?)/.test(element.textContent?.trim() ?? ''),
        )
        .filter((element) => !/\s/.test(element.textContent?.trim() ?? ''))
        .map((element) => ({ text: element.textContent!.trim(), direction: getComputedStyle(element).direction })),
    );
    expect(addresses.length, path).toBeGreaterThan(2);
    wrongWay.push(
      ...addresses.filter((address) => address.direction !== 'ltr').map((address) => `${path}: ${address.text}`),
    );
  }
  expect(wrongWay).toEqual([]);
});
