import { createComponent, createMemo, createSignal, onCleanup, type Component, type JSX } from 'solid-js';

// Astro hands an island its props in its own format, a [type, value] pair round every value, which the page
// unpacks value by value before the island can start: about 20 ms for the quiz's situations on this machine
// before its code has warmed up (80 ms on a slow phone), all of it in one long task. One JSON string is
// unpacked by the browser's own parser in well under a millisecond. So each island takes its props that way.

/** An island's props as JSON text, typed with the props it holds. */
export type PropsJson<Props> = string & { readonly props?: Props };

/**
 * The island for a page: the component, taking its props as one JSON string (made by islandProps). It draws in a
 * task after the one that loaded its code: loading the modules and drawing the first view in one go was one long
 * task (about 30 ms for the plan on this machine, 120 ms in Lighthouse's simulated phone) during which a tap waited.
 */
export function fromJson<Props extends object>(
  Inner: (props: Props) => JSX.Element,
): Component<{ json: PropsJson<Props> }> {
  return (outer) => {
    const [props, setProps] = createSignal<Props>();
    const turn = setTimeout(() => setProps(() => JSON.parse(outer.json) as Props), 0);
    onCleanup(() => clearTimeout(turn));
    // A memo as the element, as Solid's own <Show> returns one.
    return createMemo(() => {
      const ready = props();
      return ready && createComponent(Inner, ready);
    }) as unknown as JSX.Element;
  };
}

/** The JSON string an island made by fromJson takes: only plain data (no dates, maps or functions). */
export function islandProps<Props extends object>(
  _island: Component<{ json: PropsJson<Props> }>,
  props: Props,
): PropsJson<Props> {
  return JSON.stringify(props);
}
