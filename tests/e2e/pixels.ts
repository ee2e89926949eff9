import { PNG } from 'pngjs';

/** How many pixels differ between two screenshots (every pixel when their sizes differ). */
export function pixelsApart(one: Buffer, other: Buffer): number {
  const [a, b] = [PNG.sync.read(one), PNG.sync.read(other)];
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height);
  let apart = 0;
  for (let at = 0; at < a.data.length; at += 4) if (a.data.readUInt32BE(at) !== b.data.readUInt32BE(at)) apart += 1;
  return apart;
}

// Chromium now and then anti-aliases a pixel or two differently between two loads of the very same page; a rule
// arriving in another order, or missing, changes a whole box (hundreds of pixels or more).
export const RENDERING_NOISE_PIXELS = 16;
