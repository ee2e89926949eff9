import { joinPieces, REGIONS_AND_NEUTRAL, type RoleTable } from '../domain/region-roles';
import { formatMoney, splitRegionText, type RegionTextPart } from '../domain/region-text';

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
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
    if (part.kind === 'money') inner = escapeHtml(formatMoney(part.amount, region, locale));
    else {
      const pieces = table[region][part.role];
      inner =
        region === 'neutral'
          ? escapeHtml(joinPieces(pieces, or))
          : pieces
              .map((piece) =>
                piece.url ? `<a href="${escapeHtml(piece.url)}">${escapeHtml(piece.text)}</a>` : escapeHtml(piece.text),
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
        : escapeHtml(
            part.kind === 'money'
              ? formatMoney(part.amount, 'neutral', locale)
              : joinPieces(table.neutral[part.role], or),
          ),
    )
    .join('');
}
