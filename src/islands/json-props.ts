import type { Component, JSX } from 'solid-js';

// Astro hands an island its props in its own format, a [type, value] pair round every value, which the page
// unpacks value by value before the island can start: about 20 ms for the quiz's situations on this machine
// before its code has warmed up (80 ms on a slow phone), all of it in one long task. One JSON string is
// unpacked by the browser's own parser in well under a millisecond. So each island takes its props that way.

/** An island's props as JSON text, typed with the props it holds. */
export type PropsJson<Props> = string & { readonly props?: Props };

/** The island for a page: the component, taking its props as one JSON string (made by islandProps). */
export function fromJson<Props extends object>(
  Inner: (props: Props) => JSX.Element,
): Component<{ json: PropsJson<Props> }> {
  return (outer) => Inner(JSON.parse(outer.json) as Props);
}

/** The JSON string an island made by fromJson takes: only plain data (no dates, maps or functions). */
export function islandProps<Props extends object>(
  _island: Component<{ json: PropsJson<Props> }>,
  props: Props,
): PropsJson<Props> {
  return JSON.stringify(props);
}
