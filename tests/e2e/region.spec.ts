import { expect, test, type Page } from '@playwright/test';

/**
 * The words follow where the family lives: with ?region= (or a remembered choice) the crisis pages, both
 * "If it ever happens" scripts and the 14-17 quiz show that region's numbers, and no other region's number or
 * service appears unlabelled. Without JavaScript they show the labelled neutral text.
 */

const PAGES = [
  '/help/young-person/',
  '/help/young-person/already-paid/',
  '/help/young-person/already-shared/',
  '/help/young-person/fake-image/',
  '/help/young-person/someone-i-know/',
  '/help/parent/',
  '/help/friend/',
  '/talk/11-13/if-it-ever-happens/',
  '/talk/14-17/if-it-ever-happens/',
  '/quiz/14-17/',
];

/** Each region: its name in the picker, its emergency reading, and numbers or services only it has. */
const REGIONS = {
  uk: { name: 'United Kingdom', emergency: '999', own: ['0800 1111', 'CEOP', '101', 'NSPCC'] },
  ie: { name: 'Ireland', emergency: '112 or 999', own: ['1800 66 66 66', '1800 555 222', 'Garda', 'Hotline.ie'] },
  us: { name: 'United States', emergency: '911', own: ['1-800-843-5678', '741741', 'tips.fbi.gov'] },
  ca: { name: 'Canada', emergency: '911', own: ['1-800-668-6868', '686868', 'Cybertip.ca', '9-8-8'] },
  au: { name: 'Australia', emergency: '000', own: ['1800 55 1800', '13 11 14', 'ACCCE', 'eSafety'] },
  nz: { name: 'New Zealand', emergency: '111', own: ['0800 376 633', '1737', 'Netsafe', 'Youthline'] },
  anywhere: {
    name: 'Anywhere else',
    emergency: 'your local emergency number',
    own: ['childhelplineinternational.org'],
  },
} as const;
type Region = keyof typeof REGIONS;

const COUNTRY =
  /\b(UK|United Kingdom|England|Wales|Scotland|Northern Ireland|Ireland|US|USA|United States|Canada|Australia|New Zealand)\b/;

/** What a reader sees (hidden region variants are not in innerText). */
async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Occurrences of a marker with no country named within 40 characters either side. */
function unlabelled(text: string, marker: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`(?<![\\w-])${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  for (const match of text.matchAll(pattern)) {
    const around = text.slice(Math.max(0, match.index - 40), match.index + marker.length + 40);
    if (!COUNTRY.test(around)) found.push(around.replace(/\s+/g, ' '));
  }
  return found;
}

test.describe('with JavaScript: ?region= picks the words', () => {
  for (const [region, expected] of Object.entries(REGIONS) as [Region, (typeof REGIONS)[Region]][]) {
    for (const path of PAGES) {
      test(`${path}?region=${region}`, async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(`${path}?region=${region}`);
        await expect(page.locator('html')).toHaveAttribute('data-region', region);
        const text = await visibleText(page);
        expect(text).toContain(`Numbers for: ${expected.name}`);
        // The footer (and every crisis page) names this region's emergency reading.
        expect(text).toContain(`call ${expected.emergency}`);
        expect(text).not.toMatch(/\{[a-z-]+(?::\d+)?\}/);
        expect(text).not.toContain("your country's emergency number");
        for (const [other, details] of Object.entries(REGIONS) as [Region, (typeof REGIONS)[Region]][]) {
          if (other === region) continue;
          for (const marker of details.own.filter(
            (candidate) => !(expected.own as readonly string[]).includes(candidate),
          )) {
            expect(unlabelled(text, marker), `${other} marker ${marker}`).toEqual([]);
          }
        }
        // Text and links never run together ("app.How", "young person,steps").
        expect(text).not.toMatch(/[a-z][.,;:][A-Z][a-z]/);
        expect(errors).toEqual([]);
      });
    }
  }

  test('the choice is remembered: the next page, without ?region=, keeps it', async ({ page }) => {
    await page.goto('/help/?region=nz');
    await page.goto('/help/parent/');
    await expect(page.locator('html')).toHaveAttribute('data-region', 'nz');
    expect(await visibleText(page)).toContain('Numbers for: New Zealand');
  });

  test('changing the country in the picker changes every number on the page at once', async ({ page }) => {
    // innerText, not textContent: hidden region variants are in the page but not shown.
    const shown = () => page.locator('main').innerText();
    await page.goto('/help/young-person/?region=uk');
    await expect.poll(shown).toContain('call 999');
    await page.getByLabel('Show help for').selectOption('au');
    await expect.poll(shown).toContain('call 000 (Triple Zero)');
    await expect.poll(shown).toContain('Numbers for: Australia');
    // Remembered: the same page without ?region= keeps the new choice.
    await page.goto('/help/young-person/');
    await expect(page.locator('html')).toHaveAttribute('data-region', 'au');
  });

  test('the quiz island fills its scenarios for the region', async ({ page }) => {
    await page.goto('/quiz/14-17/?region=ie');
    const island = page.locator('.island-box');
    await expect(island.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await island.innerText()).not.toMatch(/\{[a-z-]+(?::\d+)?\}/);
  });
});

test('no page runs text into a link without a space', async ({ page }) => {
  for (const path of ['/', '/help/', '/help/routes/', '/talk/', '/talk/14-17/', '/quiz/', '/schools/']) {
    await page.goto(path);
    expect(await page.locator('main').innerText(), path).not.toMatch(/[a-z][.,;:][A-Z][a-z]/);
  }
});

test.describe('without JavaScript: the labelled neutral text', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of PAGES) {
    test(`${path} (even with ?region=ie)`, async ({ page }) => {
      await page.goto(`${path}?region=ie`);
      const text = await visibleText(page);
      expect(text).toContain('Numbers for: every country');
      expect(text).toContain(
        "your country's emergency number: 999 UK, 112 or 999 Ireland, 911 US and Canada, 000 Australia, 111 New Zealand",
      );
      expect(text).not.toMatch(/\{[a-z-]+(?::\d+)?\}/);
    });
  }
});
