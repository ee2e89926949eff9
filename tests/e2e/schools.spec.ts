import { expect, test, type Page } from '@playwright/test';
import { base, site } from '../../site.config.mjs';
import { REGION_IDS } from '../../src/domain/regions';
import { SHARE_TARGETS, absoluteUrl, regionalUrl } from '../../src/domain/school-kit';
import { decodeQrSvg } from './qr';
import { waitForShell } from './site';

/** The address a route has on the configured site (SITE and BASE_PATH at build time), as QR codes carry it. */
const configured = (route: string) => absoluteUrl(site, base, route);
/** The same with a country chosen. */
const forRegion = (route: string, region: string | undefined) =>
  region ? regionalUrl(configured(route), region) : configured(route);
/** The address as the poster writes it out to type. */
const typed = (url: string) => {
  const { host, pathname, search } = new URL(url);
  return search ? `${host}${pathname}${search}` : `${host}${pathname.replace(/\/$/, '')}`;
};

/** Every QR image the reader can see on a page, with the address the page says it opens. */
async function qrImages(page: Page): Promise<{ src: string; url: string }[]> {
  return page
    .locator('img[data-qr-url]:visible')
    .evaluateAll((images) =>
      images.map((image) => ({ src: (image as HTMLImageElement).src, url: image.getAttribute('data-qr-url') ?? '' })),
    );
}

test.describe('QR codes', () => {
  for (const region of [undefined, ...REGION_IDS]) {
    test(`each code on /schools/ decodes to the address printed with it, on the configured site (${region ?? 'no country'})`, async ({
      page,
      context,
    }) => {
      await page.goto(region ? `/schools/?region=${region}` : '/schools/');
      const images = await qrImages(page);
      expect(images.map((image) => image.url)).toEqual(SHARE_TARGETS.map((target) => forRegion(target.route, region)));
      for (const target of SHARE_TARGETS) {
        await expect(
          page.locator('.qr-links').getByRole('link', { name: forRegion(target.route, region), exact: true }),
        ).toBeVisible();
      }
      const reader = await context.newPage();
      for (const image of images) {
        if (region) expect(image.src).toContain(`/schools/qr/${region}/`);
        const svg = await (await page.request.get(image.src)).text();
        expect(await decodeQrSvg(reader, svg), image.src).toBe(image.url);
      }
    });
  }

  test('the poster and the flyer carry a code to the home page and the address to type, for the chosen country', async ({
    page,
    context,
  }) => {
    const reader = await context.newPage();
    for (const region of [undefined, 'ie', 'us'] as const) {
      for (const route of ['/schools/poster/', '/schools/flyer/']) {
        await page.goto(region ? `${route}?region=${region}` : route);
        if (!region) await page.evaluate(() => localStorage.clear());
        if (!region) await page.reload();
        const wanted = forRegion('/', region);
        const [image, ...others] = await qrImages(page);
        expect(others, route).toEqual([]);
        expect(image?.url, route).toBe(wanted);
        const svg = await (await page.request.get(image!.src)).text();
        expect(await decodeQrSvg(reader, svg), `${route} ${region}`).toBe(wanted);
        await expect(page.locator('.printable__address:visible')).toHaveText(typed(wanted));
        // Printed, both flyers on the sheet show the country's code, loaded.
        await page.emulateMedia({ media: 'print' });
        for (const printed of await page.locator('.printable img:visible').all()) {
          await expect(printed).toHaveAttribute('data-qr-url', wanted);
          await expect
            .poll(() => printed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
            .toBe(true);
        }
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  test('the country choice sets every link and code on the page, with the keyboard, and "No country" forgets it', async ({
    page,
  }) => {
    await page.goto('/schools/');
    const choice = page.locator('[data-country-choice]');
    const now = choice.locator('.schools-country__now');
    await expect(now).toHaveText('Links and codes for: no country (families choose)', { useInnerText: true });
    await choice.getByRole('link', { name: 'Ireland', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/schools\/\?region=ie#links$/);
    await expect(now).toHaveText('Links and codes for: Ireland', { useInnerText: true });
    expect((await qrImages(page)).map((image) => image.url)).toEqual(
      SHARE_TARGETS.map((target) => forRegion(target.route, 'ie')),
    );
    // Remembered: the poster opened from this page prints Ireland's code and number.
    await page.goto('/schools/poster/');
    expect((await qrImages(page)).map((image) => image.url)).toEqual([forRegion('/', 'ie')]);
    await expect(page.locator('.printable__emergency')).toContainText('112');

    await page.goto('/schools/?region=ie');
    await choice.getByRole('button', { name: 'No country' }).focus();
    await page.keyboard.press('Enter');
    await expect(now).toHaveText('Links and codes for: no country (families choose)', { useInnerText: true });
    await expect(page).toHaveURL(/\/schools\/$/);
    expect((await qrImages(page)).map((image) => image.url)).toEqual(
      SHARE_TARGETS.map((target) => configured(target.route)),
    );
    await page.reload();
    expect((await qrImages(page)).map((image) => image.url)).toEqual(
      SHARE_TARGETS.map((target) => configured(target.route)),
    );
  });

  test('a country chosen loads only its own codes', async ({ page }) => {
    const codes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/schools/qr/')) codes.push(new URL(request.url()).pathname);
    });
    await page.goto('/schools/?region=nz');
    await page.locator('.qr-link__code:visible').last().scrollIntoViewIfNeeded();
    await expect.poll(() => codes.length).toBe(SHARE_TARGETS.length);
    expect(codes.every((code) => code.includes('/schools/qr/nz/'))).toBe(true);
  });

  test('the code files are there to download', async ({ page }) => {
    for (const region of [undefined, 'au'] as const) {
      await page.goto(region ? `/schools/?region=${region}` : '/schools/');
      const downloads = page.getByRole('link', { name: /^Download QR code \(SVG\)/ });
      await expect(downloads).toHaveCount(SHARE_TARGETS.length);
      for (const link of await downloads.all()) {
        const response = await page.request.get((await link.getAttribute('href'))!);
        expect(response.headers()['content-type']).toContain('image/svg+xml');
        expect(await link.getAttribute('download')).toMatch(
          region ? new RegExp(`^open-door-[a-z0-9-]+-${region}-qr\\.svg$`) : /^open-door-[a-z0-9-]+-qr\.svg$/,
        );
      }
    }
  });
});

test.describe('newsletter text', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy buttons put the text on the clipboard with every link spelled out', async ({ page }) => {
    await page.goto('/schools/');
    for (const [id, label] of [
      ['short', 'Copy the short version'],
      ['long', 'Copy the longer version'],
    ] as const) {
      const item = page.locator('.newsletter').filter({ has: page.locator(`[data-newsletter="${id}"]`) });
      await item.getByRole('button', { name: label }).click();
      await expect(item.getByRole('status')).toHaveText('Copied. Paste it into your newsletter.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = await page.locator(`[data-newsletter="${id}"]`).innerText();
      // What is copied is what the page shows, paragraph for paragraph.
      expect(copied.split(/\n+/).map((line) => line.trim())).toEqual(shown.split(/\n+/).map((line) => line.trim()));
      expect(copied).toContain(configured('/'));
      expect(copied).toContain('https://www.ceopeducation.co.uk/parents/');
      await page.evaluate(() => navigator.clipboard.writeText(''));
    }
  });

  test('without JavaScript the text is still there to select, and no dead buttons show', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/schools/');
    await expect(page.locator('[data-newsletter="long"]')).toContainText(configured('/talk/11-13/'));
    await expect(page.getByRole('button')).toHaveCount(0);
    // The country choice needs JavaScript (it is applied before the page paints): hidden, with the codes without a
    // country and the addresses for each country there instead.
    await expect(page.locator('[data-country-choice]')).toBeHidden();
    expect((await qrImages(page)).map((image) => image.url)).toEqual(
      SHARE_TARGETS.map((target) => configured(target.route)),
    );
    await expect(page.getByRole('link', { name: forRegion('/', 'ie'), exact: true })).toBeVisible();
    await context.close();
  });
});

test.describe('the share control', () => {
  const script = '/talk/11-13/if-it-ever-happens/';

  test('where the browser cannot share, it copies the link to the page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    await page.goto(script);
    const share = page.locator('[data-share]');
    await share.getByRole('button', { name: 'Copy link to this page' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied. Paste it wherever you choose.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(script, page.url()).href);
    await expect(share.getByText('Link to this page:')).toBeHidden();
  });

  test('where the browser can share, it opens the share sheet with the page address and nothing else', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(Navigator.prototype, 'share', { value: async (data: ShareData) => void calls.push(data) });
    });
    for (const route of [script, '/help/', '/help/parent/', '/help/young-person/already-paid/']) {
      await page.goto(route);
      await page.locator('[data-share]').getByRole('button', { name: 'Share this page' }).click();
      const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
      expect(calls, route).toEqual([{ url: new URL(route, page.url()).href }]);
    }
  });

  test('closing the share sheet is not an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'share', {
        value: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
      }),
    );
    await page.goto('/help/');
    await page.locator('[data-share]').getByRole('button', { name: 'Share this page' }).click();
    await expect(page.locator('[data-share]').getByText('Link to this page:')).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('without JavaScript it is a plain link to the page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const route of [script, '/help/', '/help/friend/']) {
      await page.goto(route);
      const share = page.locator('[data-share]');
      await expect(share.getByRole('link', { name: configured(route), exact: true })).toBeVisible();
      await expect(share.getByRole('button')).toBeHidden();
    }
    await context.close();
  });
});

test.describe('print', () => {
  /** Pages in a PDF printed from the page (Chromium writes one "/Type /Page" object per page). */
  async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
    const pdf = await page.pdf({ format, printBackground: true });
    return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  }

  for (const route of ['/schools/poster/', '/schools/flyer/']) {
    test(`${route} prints on exactly one page of A4 and of US Letter, with nothing but the printout`, async ({
      page,
    }) => {
      await page.goto(route);
      // The print rules are in the rest of the stylesheet, which joins after the first paint.
      await waitForShell(page);
      expect(await printedPages(page, 'A4')).toBe(1);
      expect(await printedPages(page, 'Letter')).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
      await expect(page.locator('.printable').first()).toBeVisible();
    });
  }

  test('the flyer prints twice on the sheet, the poster once', async ({ page }) => {
    await page.goto('/schools/flyer/');
    await expect(page.locator('.printable:visible')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.printable:visible')).toHaveCount(2);
    await page.goto('/schools/poster/');
    await expect(page.locator('.printable:visible')).toHaveCount(1);
  });

  test('the print button opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto('/schools/poster/');
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  });

  test('without JavaScript there is no Print button that could not work, and the page says how to print', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const route of ['/schools/poster/', '/schools/flyer/']) {
      await page.goto(route);
      await expect(page.locator('h1'), route).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Print' }), route).toBeHidden();
      await expect(page.locator('.print-tools p'), route).toBeVisible();
    }
    await context.close();
  });
});

test('the footer and the about page link to /schools/', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'For schools' })).toHaveAttribute(
    'href',
    '/schools/',
  );
  await expect(page.getByRole('main').getByRole('link', { name: /newsletter text, a poster/ })).toHaveAttribute(
    'href',
    '/schools/',
  );
});
