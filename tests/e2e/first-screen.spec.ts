// Each page's first screen paints from critical.css alone (inlined) before the rest of the stylesheet arrives: what
// the first screen shows must not change when it does (it would shift the page, and Lighthouse counts that).
import { expect, test } from '@playwright/test';
import { pixelsApart, RENDERING_NOISE_PIXELS } from './pixels';
import { ROUTE_KINDS } from './site';

const ROUTES = [...ROUTE_KINDS, '/ar/', '/ar/talk/14-17/if-it-ever-happens/', '/es/help/young-person/'];

test.describe('the first screen looks the same before and after the rest of the stylesheet arrives', () => {
  for (const view of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`${view.width} px`, async ({ browser }) => {
      test.setTimeout(180_000);
      const different: string[] = [];
      // Without JavaScript the islands stay out of the picture: this is about the CSS alone.
      const shoot = async (route: string, rest: boolean) => {
        const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', viewport: view });
        const page = await context.newPage();
        if (!rest) await page.route('**/_astro/global.*.css', (request) => request.abort());
        await page.goto(route, { waitUntil: 'load' });
        const shot = await page.screenshot({ animations: 'disabled' });
        await context.close();
        return shot;
      };
      for (const route of ROUTES) {
        const apart = pixelsApart(await shoot(route, false), await shoot(route, true));
        if (apart > RENDERING_NOISE_PIXELS) different.push(`${route} (${apart} pixels)`);
      }
      expect(different).toEqual([]);
    });
  }
});
