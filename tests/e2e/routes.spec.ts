import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtRoutes, DIST, PREFIXED_LOCALES, watchPage } from './site';

const routes = builtRoutes();

test('the sitemap lists every kind of page', () => {
  for (const expected of [
    '/',
    '/help/routes/',
    '/talk/',
    '/talk/11-13/',
    '/talk/14-17/if-it-ever-happens/',
    '/help/',
    '/help/parent/',
    '/privacy/',
    '/about/',
  ]) {
    expect(routes).toContain(expected);
  }
});

// Astro drops the line break between an element and an expression on the next line, so "<strong>{a}</strong>
// {b}" reads "Is something happening right now?You or your child…" unless the space is written out.
test('no page runs a bold or linked phrase into the next word, in any language', () => {
  const glued: string[] = [];
  for (const route of [...routes, ...PREFIXED_LOCALES.flatMap((locale) => builtRoutes(locale))]) {
    const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
    for (const match of html.matchAll(/.{0,30}<\/(?:strong|em|b|a|bdi|code)>\p{L}.{0,20}/gu))
      glued.push(`${route}: ${match[0]}`);
  }
  expect(glued).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every route, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const route of routes) {
      test(`${route} loads cleanly, stays on this origin and passes axe`, async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('header a.help-link')).toHaveAttribute('href', '/help/');
        await expect(page.locator('a[data-quick-exit]')).toBeVisible();
        await page.waitForLoadState('networkidle');
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          axe.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`,
          ),
        ).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
      });
    }
  });
}

test('a missing page answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
  await expect(page.getByRole('main').getByRole('link', { name: 'Get help now' })).toBeVisible();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('no route scrolls sideways', async ({ page }) => {
    const overflowing: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${route} (${width} px)`);
    }
    expect(overflowing).toEqual([]);
  });
});
