// The QR codes /schools/ and the printables show, read back the way a phone would: each SVG made by src/build/qr.ts
// is drawn module by module into pixels and decoded with jsQR, for every page and every country.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/build/qr';
import { REGION_IDS } from '../../src/domain/regions';
import { absoluteUrl, qrPath, regionalUrl, SHARE_TARGETS } from '../../src/domain/school-kit';

const SCALE = 6;

/** Draws the dark modules of a qrcode-library SVG ("M4 4.5h7m1 0h1…" strokes one module tall) as RGBA pixels. */
function rasterise(svg: string): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const width = size * SCALE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]+)/g)) {
    const numbers = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'M') [x, y] = [numbers[0]!, numbers[1]!];
    else if (command === 'm') [x, y] = [x + numbers[0]!, y + numbers[1]!];
    else {
      const length = command === 'h' ? numbers[0]! : numbers[0]! - x;
      const row = Math.floor(y);
      for (let column = x; column < x + length; column += 1)
        for (let dy = 0; dy < SCALE; dy += 1)
          for (let dx = 0; dx < SCALE; dx += 1) {
            const at = ((row * SCALE + dy) * width + column * SCALE + dx) * 4;
            data[at] = data[at + 1] = data[at + 2] = 0;
          }
      x += length;
    }
  }
  return { data, width, height: width };
}

async function decode(text: string): Promise<string | undefined> {
  const { data, width, height } = rasterise(await qrSvg(text));
  return jsQR(data, width, height)?.data;
}

describe('QR codes for the schools kit', () => {
  const sites = [
    ['https://opendoor.example.org', '/'],
    ['https://www.example-school.sch.uk', '/open-door/'],
  ] as const;

  it.each(sites)(
    'every page, without a country and for each country, decodes to its address (%s%s)',
    async (site, base) => {
      for (const target of SHARE_TARGETS) {
        const plain = absoluteUrl(site, base, target.route);
        expect(await decode(plain)).toBe(plain);
        for (const region of REGION_IDS) {
          const url = regionalUrl(plain, region);
          expect(url).toBe(`${plain}?region=${region}`);
          expect(await decode(url), url).toBe(url);
        }
      }
    },
  );

  it('a code for one country never opens another', async () => {
    const home = absoluteUrl('https://opendoor.example.org', '/', '/');
    const decoded = await Promise.all(REGION_IDS.map((region) => decode(regionalUrl(home, region))));
    expect(new Set(decoded).size).toBe(REGION_IDS.length);
  });

  it('keeps each country in its own folder of codes', () => {
    expect(qrPath('home')).toBe('/schools/qr/home.svg');
    expect(qrPath('talk-4-7', 'ie')).toBe('/schools/qr/ie/talk-4-7.svg');
  });
});
