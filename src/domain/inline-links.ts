/** A piece of content text: plain words, or a site route written inline ("… the guide: /help/parent/"). */
export type TextPart = { kind: 'text'; text: string } | { kind: 'route'; route: string };

const ROUTE_SPLITTER = /(\/(?:help|talk|quiz|plan|privacy|about|schools)\/(?:[a-z0-9-]+\/)*)/;

/** Splits text so that the site routes it mentions can be rendered as links. */
export function splitRoutes(text: string): TextPart[] {
  // split() with a capturing group puts the captured routes at the odd indexes.
  return text
    .split(ROUTE_SPLITTER)
    .map((piece, index): TextPart => (index % 2 === 1 ? { kind: 'route', route: piece } : { kind: 'text', text: piece }))
    .filter((part) => part.kind === 'route' || part.text !== '');
}

/** Every site route mentioned in a text. */
export function routesIn(text: string): string[] {
  return splitRoutes(text).flatMap((part) => (part.kind === 'route' ? [part.route] : []));
}
