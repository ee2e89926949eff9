// Build-time QR codes: SVG made by the qrcode library while Astro builds. No runtime JS, no network.
import QRCode from 'qrcode';

/** A QR code for the text as a standalone SVG (black on white, with the standard quiet zone round it). */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // A title names the code when the file is opened on its own; the address goes where a reader can see it.
  return svg.replace(
    /^<svg([^>]*)>/,
    (_tag, attributes: string) => `<svg${attributes}><title>${escapeXml(text)}</title>`,
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
