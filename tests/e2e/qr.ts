import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Reads the QR code in an SVG the way a phone would see it: Chromium renders the SVG, the screenshot is a PNG,
 * pngjs reads its pixels and jsQR decodes them. Returns the text in the code, or null when none is found.
 */
export async function decodeQrSvg(page: Page, svg: string): Promise<string | null> {
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setViewportSize({ width: 420, height: 420 });
  await page.setContent(
    `<!doctype html><body style="margin:0;background:#fff"><img id="qr" width="396" height="396" src="${source}" alt=""></body>`,
  );
  const image = page.locator('#qr');
  await image.evaluate((element: HTMLImageElement) => element.decode());
  const png = PNG.sync.read(await image.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data ?? null;
}
