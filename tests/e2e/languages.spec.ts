// Spanish and Arabic: every English page has its twin, each page says its language and direction, the switcher
// keeps you on the same page and remembers the choice, and the browser's language is offered, never forced.
// axe runs on one route of each kind per language, light and dark (ROUTE_KINDS); every route of every language is
// checked for sideways scrolling at 320 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtRoutes, PREFIXED_LOCALES, ROUTE_KINDS, waitForShell, watchPage } from './site';

const english = builtRoutes();

test('every English page has a Spanish and an Arabic twin, and nothing else', () => {
  for (const locale of PREFIXED_LOCALES) {
    const twins = builtRoutes(locale).map((route) => route.slice(locale.length + 1));
    expect(twins.sort(), locale).toEqual([...english].sort());
  }
});

for (const locale of PREFIXED_LOCALES) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, one route of each kind, ${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      for (const kind of ROUTE_KINDS) {
        const route = `/${locale}${kind}`;
        test(`${route} says its language, links within it and passes axe`, async ({ page, baseURL }) => {
          const problems = watchPage(page, baseURL!);
          const response = await page.goto(route);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
          await expect(page.locator('h1')).toHaveCount(1);
          await expect(page.locator('header a.help-link')).toHaveAttribute('href', `/${locale}/help/`);
          if (kind !== '/offline/')
            await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/`));
          // Every link to a page of the site stays in this language, except the switcher's and "Read in English".
          const strays = await page.evaluate((prefix) => {
            return [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]:not([hreflang])')]
              .map((link) => link.getAttribute('href') ?? '')
              .filter((href) => !href.startsWith(prefix) && !/\.[a-z]+$/.test(href));
          }, `/${locale}/`);
          expect(strays).toEqual([]);
          await page.waitForLoadState('networkidle');
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          expect(
            axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' | ')}`),
          ).toEqual([]);
          expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
        });
      }
    });
  }
}

test.describe('at 320 px wide, in Spanish and Arabic', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('no route scrolls sideways', async ({ page }) => {
    test.setTimeout(240_000);
    const overflowing: string[] = [];
    for (const locale of PREFIXED_LOCALES) {
      for (const route of builtRoutes(locale)) {
        await page.goto(route);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`${route} (${width} px)`);
      }
    }
    expect(overflowing).toEqual([]);
  });
});

test('the switcher names each language in itself and keeps you on the same page', async ({ page }) => {
  await page.goto('/talk/11-13/');
  await waitForShell(page);
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await switcher.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/talk\/11-13\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => localStorage.getItem('opendoor:language'))).toBe('ar');
  await waitForShell(page);
  await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/talk\/11-13\/$/);
  expect(await page.evaluate(() => localStorage.getItem('opendoor:language'))).toBe('es');
});

test.describe('a Spanish-speaking browser on an English page', () => {
  test.use({ locale: 'es-MX' });
  test('is offered the Spanish page in Spanish, never redirected, and can say no', async ({ page }) => {
    await page.goto('/help/');
    await expect(page).toHaveURL(/\/help\/$/);
    const offer = page.getByRole('link', { name: 'Esta página también está en español.' });
    await expect(offer).toHaveAttribute('href', '/es/help/');
    await page.getByRole('button', { name: 'No, gracias' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Esta página también está en español.' })).toHaveCount(0);
  });

  test('after choosing English, is not offered Spanish any more', async ({ page }) => {
    await page.goto('/es/help/');
    await waitForShell(page);
    await page.getByRole('link', { name: 'English', exact: true }).first().click();
    await expect(page).toHaveURL(/\/help\/$/);
    await expect(page.getByRole('link', { name: 'Esta página también está en español.' })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switcher is plain links to the same page in each language', async ({ page }) => {
    await page.goto('/ar/help/young-person/');
    const links = page.getByRole('navigation', { name: 'اللغة' }).getByRole('link');
    await expect(links).toHaveText(['English', 'Español', 'العربية']);
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
      '/help/young-person/',
      '/es/help/young-person/',
      '/ar/help/young-person/',
    ]);
  });
});

test('translated pages show their own words: app steps, age bands, reading times, hours, money and the card hand-over', async ({
  page,
}) => {
  await page.goto('/es/help/apps/whatsapp/');
  await expect(page.locator('main')).toContainText('Abre el chat');
  await expect(page.locator('main')).not.toContainText('Open the chat');

  await page.goto('/ar/talk/4-7/');
  await expect(page.locator('h1')).toContainText('من 4 إلى 7 سنوات');
  await expect(page.locator('main')).toContainText('يتعلّم الأطفال الصغار');
  await expect(page.locator('.card__meta').first()).toHaveText(/^نحو \d+ (دقائق|دقيقة)$/);

  await page.goto('/es/help/?region=uk');
  await expect(page.locator('main')).toContainText('Teléfono: de lunes a viernes de 8:00 a 22:00');
  await expect(page.locator('main')).not.toContainText('Monday to Friday');

  await page.goto('/es/talk/14-17/the-money-demand-script/?region=ie');
  const money = await page.locator('main').evaluate((main) => main.textContent ?? '');
  expect(money).toContain('50\u00a0€');
  expect(money).not.toContain('€50');
  // Its sources are English pages, and say so, with the country in Spanish.
  await expect(page.locator('.sources li').first()).toContainText(
    /\((Reino Unido|EE\. UU\.|Irlanda|Canadá|Australia|Nueva Zelanda): .*, en inglés\)|, en inglés\)/,
  );

  for (const [locale, heading] of [
    ['es', 'Entregar la tarjeta'],
    ['ar', 'سلّم البطاقة'],
  ] as const) {
    await page.goto(`/${locale}/plan/`);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
});
