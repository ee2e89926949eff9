import { joinPieces, REGIONS_AND_NEUTRAL, type RoleTable } from '../domain/region-roles';
import { formatMoney, splitRegionText, type RegionTextPart } from '../domain/region-text';
import { splitLtrRuns } from '../domain/bidi';
import { isLocale, LOCALE_INFO } from '../domain/locales';

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Text for HTML with, in right-to-left pages, every number run ("0800 1111", "+353 1 963 7755", "1-800-THE-LOST")
 * kept left to right in a <bdi dir="ltr">, so an Arabic sentence never shows "1111 0800". Left-to-right pages get
 * the escaped text only (a number reads the same there either way).
 */
export function numbersHtml(text: string, locale?: string): string {
  if (!(locale !== undefined && isLocale(locale) && LOCALE_INFO[locale].dir === 'rtl')) return escapeHtml(text);
  return splitLtrRuns(text)
    .map((run) => (run.ltr ? `<bdi dir="ltr">${escapeHtml(run.text)}</bdi>` : escapeHtml(run.text)))
    .join('');
}

/**
 * One token as HTML: a span holding every region's reading and the neutral one; CSS keyed on html[data-region]
 * shows exactly one (the neutral one when no region is set, as without JavaScript). Money is written the way the
 * page's language writes it (`locale`, see formatMoney).
 */
export function regionTokenHtml(
  part: Exclude<RegionTextPart, { kind: 'text' }>,
  table: RoleTable,
  or: string,
  locale?: string,
): string {
  const variants = REGIONS_AND_NEUTRAL.map((region) => {
    let inner: string;
    // Money comes already isolated where the language needs it (formatMoney puts "£80" between LRI and PDI in Arabic).
    if (part.kind === 'money') inner = escapeHtml(formatMoney(part.amount, region, locale));
    else {
      const pieces = table[region][part.role];
      inner =
        region === 'neutral'
          ? numbersHtml(joinPieces(pieces, or), locale)
          : pieces
              .map((piece) =>
                piece.url
                  ? `<a href="${escapeHtml(piece.url)}">${numbersHtml(piece.text, locale)}</a>`
                  : numbersHtml(piece.text, locale),
              )
              .join(` ${escapeHtml(or)} `);
    }
    return `<span data-r="${region}">${inner}</span>`;
  });
  return `<span class="rt">${variants.join('')}</span>`;
}

/** Plain content text (not HTML) with its tokens rendered. */
export function regionTextHtml(text: string, table: RoleTable, or: string, locale?: string): string {
  return splitRegionText(text)
    .map((part) => (part.kind === 'text' ? escapeHtml(part.text) : regionTokenHtml(part, table, or, locale)))
    .join('');
}

/** Rendered HTML (a Markdown guide) whose text still holds tokens: each token becomes its spans. */
export function fillRegionHtml(html: string, table: RoleTable, or: string, locale?: string): string {
  // Tokens only ever stand in text: split on tags so attribute values are left alone.
  return html
    .split(/(<[^>]+>)/)
    .map((chunk) =>
      chunk.startsWith('<')
        ? chunk
        : splitRegionText(chunk)
            .map((part) => (part.kind === 'text' ? part.text : regionTokenHtml(part, table, or, locale)))
            .join(''),
    )
    .join('');
}

/** True when a text or HTML chunk holds a region token (a page with one shows "Numbers for: … · change"). */
export function mentionsRegion(text: string): boolean {
  return /\{(?:money:\d|[a-z-]+\})/.test(text) && splitRegionText(text).some((part) => part.kind !== 'text');
}

/**
 * Plain content text with each token as its labelled neutral reading only: for markup that is only ever shown
 * without JavaScript (inside <noscript>), where the neutral reading is the one that shows anyway.
 */
export function neutralRegionTextHtml(text: string, table: RoleTable, or: string, locale?: string): string {
  return splitRegionText(text)
    .map((part) =>
      part.kind === 'text'
        ? escapeHtml(part.text)
        : part.kind === 'money'
          ? escapeHtml(formatMoney(part.amount, 'neutral', locale))
          : numbersHtml(joinPieces(table.neutral[part.role], or), locale),
    )
    .join('');
}
