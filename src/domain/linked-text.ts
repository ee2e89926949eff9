/**
 * Text that is pasted or printed as plain words (newsletter items, posters) but shown on the site with links.
 * Two kinds of link are written inline: an https address in full, or an Open Door route ("/talk/11-13/";
 * the home page is a "/" standing on its own). Everything else is plain text.
 */
export type LinkedPart =
  { kind: 'text'; text: string } | { kind: 'route'; route: string } | { kind: 'url'; url: string };

/** Sections of the site a route may start with. */
const SECTIONS = 'help|talk|quiz|plan|card|privacy|about|schools';
/** An https address (not its closing punctuation), or a route that is not part of a word, a number or an address. */
const LINK = new RegExp(
  `(https://[^\\s<>"]*[^\\s<>".,;:!?)'’])|(?<![\\w./:])(/(?:(?:${SECTIONS})/(?:[a-z0-9-]+/)*)?)(?![\\w/])`,
  'g',
);
const ROUTE = new RegExp(`^/(?:(?:${SECTIONS})/(?:[a-z0-9-]+/)*)?$`);

/** Splits text into plain pieces and the links written in it, in order. */
export function splitLinkedText(text: string): LinkedPart[] {
  const parts: LinkedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push(match[1] ? { kind: 'url', url: match[1] } : { kind: 'route', route: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The links written in a text. */
export function linksIn(text: string): Exclude<LinkedPart, { kind: 'text' }>[] {
  return splitLinkedText(text).filter((part) => part.kind !== 'text');
}

/** True for an Open Door route written the way content writes them ("/", "/help/", "/talk/4-7/"). */
export function isSiteRoute(value: string): boolean {
  return ROUTE.test(value);
}

/** The text as it reads when pasted or printed: routes become full addresses on the site. */
export function plainLinkedText(text: string, absolute: (route: string) => string): string {
  return splitLinkedText(text)
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'url' ? part.url : absolute(part.route)))
    .join('');
}
