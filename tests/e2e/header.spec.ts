import { expect, test, type Page } from '@playwright/test';
import { waitForShell } from './site';

// The header gives the screen back to the page: measured on phones (touch, coarse pointer) and a desktop.
const SCREENS = [
  { width: 320, height: 640, phone: true },
  { width: 360, height: 740, phone: true },
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 800, phone: false },
];

interface Box {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
  fontSize: number;
  filled: boolean;
}

/** The header's controls as the eye sees them: where they are and how big their text is. */
async function headerControls(page: Page): Promise<Box[]> {
  return page.locator('header a:visible').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return {
        name: link.getAttribute('class') ?? link.textContent?.trim() ?? '',
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
        width: box.width,
        height: box.height,
        fontSize: parseFloat(getComputedStyle(link).fontSize),
        filled: !/rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(link).backgroundColor),
      };
    }),
  );
}

/** WCAG contrast ratio of an element's text against its own background colour. */
async function contrast(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const style = getComputedStyle(element);
    const [a, b] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test.describe(`header at ${screen.width} x ${screen.height}, ${scheme}`, () => {
      test.use({
        viewport: { width: screen.width, height: screen.height },
        isMobile: screen.phone,
        hasTouch: screen.phone,
        colorScheme: scheme,
      });

      test('takes little of the first screen, and "Get help now" stands out most', async ({ page }) => {
        await page.goto('/help/young-person/');
        const header = await page.locator('header.site-header').boundingBox();
        expect(header).not.toBeNull();
        const share = header!.height / screen.height;
        test.info().annotations.push({
          type: 'header',
          description: `${Math.round(header!.height)} px (${(share * 100).toFixed(1)}%)`,
        });
        if (screen.width >= 390) expect(share).toBeLessThanOrEqual(0.15);

        const controls = await headerControls(page);
        const rows = new Set(controls.map((control) => Math.round(control.top / 8)));
        expect(rows.size, JSON.stringify(controls)).toBeLessThanOrEqual(2);
        for (const control of controls) {
          expect(control.width, control.name).toBeGreaterThanOrEqual(44);
          expect(control.height, control.name).toBeGreaterThanOrEqual(44);
          expect(control.right, control.name).toBeLessThanOrEqual(screen.width);
        }

        const help = controls.find((control) => control.name === 'help-link');
        expect(help).toBeDefined();
        // The filled buttons are what the eye goes to first: "Get help now" is the biggest, in the biggest type.
        for (const other of controls.filter((control) => control.filled && control !== help)) {
          expect(help!.fontSize, other.name).toBeGreaterThanOrEqual(other.fontSize);
          expect(help!.width * help!.height, other.name).toBeGreaterThanOrEqual(other.width * other.height);
        }
        expect(await contrast(page, 'header .help-link')).toBeGreaterThanOrEqual(4.5);
        expect(await contrast(page, 'header .quick-exit')).toBeGreaterThanOrEqual(7);
      });

      test('in every language, the whole quick exit and "Get help now" sit inside the screen', async ({ page }) => {
        for (const route of ['/help/young-person/', '/es/help/young-person/', '/ar/help/young-person/']) {
          await page.goto(route);
          for (const selector of ['.site-bar .quick-exit', '.site-bar .help-link']) {
            const box = (await page.locator(selector).boundingBox())!;
            expect(box.x, `${route} ${selector}`).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, `${route} ${selector}`).toBeLessThanOrEqual(screen.width);
            expect(box.height, `${route} ${selector}`).toBeGreaterThanOrEqual(44);
            expect(box.height, `${route} ${selector}`).toBeLessThanOrEqual(
              (await page.locator('.site-bar').boundingBox())!.height,
            );
          }
        }
      });

      test('"Get help now" keeps to one line in English', async ({ page }) => {
        await page.goto('/help/young-person/');
        const lines = await page.locator('.site-bar .help-link').evaluate((link) => {
          const text = document.createRange();
          text.selectNodeContents(link);
          return text.getBoundingClientRect().height / parseFloat(getComputedStyle(link).lineHeight);
        });
        expect(lines).toBeLessThan(1.5);
      });

      test('quick exit stays within reach after scrolling, and the bar covers nothing at the top', async ({ page }) => {
        await page.goto('/help/young-person/');
        const bar = (await page.locator('.site-bar').boundingBox())!;
        const nav = (await page.locator('header nav').boundingBox())!;
        const heading = (await page.locator('main h1').boundingBox())!;
        expect(nav.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
        expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);

        await page.locator('main ol > li').nth(5).scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 200));
        const exit = page.getByRole('link', { name: 'Quick exit' });
        await expect(exit).toBeInViewport();
        const box = (await exit.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        // Nothing lies on top of it: a tap on its middle reaches the link.
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.hasAttribute('data-quick-exit') ?? false,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit).toBe(true);
        await expect(page.getByRole('banner').getByRole('link', { name: 'Get help now' })).toBeInViewport();
      });

      test(`the keyboard hint shows only with a keyboard and a fine pointer`, async ({ page }) => {
        await page.goto('/');
        const hint = page.getByText('press Shift three times, or Esc twice');
        if (screen.phone) await expect(hint).toBeHidden();
        else await expect(hint).toBeVisible();
      });
    });
  }
}

test.describe('first screen from the HTML alone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const route of ['/', '/help/', '/help/young-person/']) {
    test(`${route} has its first-screen layout before the rest of the stylesheet arrives`, async ({ browser }) => {
      const measure = async (blockRest: boolean) => {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => {
          if (/content security policy/i.test(message.text())) problems.push(message.text());
        });
        if (blockRest) await page.route(/\/_astro\/global\.[^/]+\.css$/, (request) => request.abort());
        await page.goto(route);
        // The shell has run (it can change the page), and with the rest not blocked, the rest applies.
        if (blockRest) await page.locator('html[data-after-load] a[data-quick-exit][data-ready]').first().waitFor();
        else await waitForShell(page);
        // The rest of the stylesheet joins <head> only once the first screen has painted (data-rest-css).
        const heads = await page.locator('head link[rel="stylesheet"]:not([data-rest-css])').count();
        const layout = await page.evaluate(() =>
          [...document.querySelectorAll('header, header a, main *')]
            .map((element) => element.getBoundingClientRect())
            .filter((box) => box.top < innerHeight)
            // Position, and height as far as the first screen shows it.
            .map((box) => [
              Math.round(box.top),
              Math.round(box.left),
              Math.round(Math.min(box.bottom, innerHeight) - box.top),
            ]),
        );
        await context.close();
        return { heads, layout, problems };
      };
      const alone = await measure(true);
      const full = await measure(false);
      expect(alone.heads, 'no stylesheet blocks rendering in <head>').toBe(0);
      expect(alone.problems).toEqual([]);
      expect(alone.layout).toEqual(full.layout);
    });
  }
});
