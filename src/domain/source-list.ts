import type { Source } from './sources';

/** All sources cited across the content, one per URL, grouped by publisher, publishers A to Z. */
export function sourcesByPublisher(sources: readonly Source[]): { publisher: string; sources: Source[] }[] {
  const byUrl = new Map<string, Source>();
  for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  const groups = new Map<string, Source[]>();
  for (const source of byUrl.values()) groups.set(source.publisher, [...(groups.get(source.publisher) ?? []), source]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publisher, list]) => ({ publisher, sources: list.sort((a, b) => a.title.localeCompare(b.title)) }));
}
