/**
 * Interface-string dictionaries across languages. A translation has the shape of the English dictionary; any
 * string it lacks falls back to the English one at build time (so a page never shows a hole), and the
 * completeness test and `npm run i18n:report` list what is missing or has different {placeholders}.
 */
type Tree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The English dictionary with the translation's strings laid over it, key by key. A list (paragraphs, steps) is
 * taken whole from the translation when it has one of the same length, item by item otherwise.
 */
export function overlayDictionary<T>(english: T, translation: unknown): T {
  if (typeof english === 'string') return (typeof translation === 'string' ? translation : english) as T;
  if (Array.isArray(english)) {
    const translated = Array.isArray(translation) ? translation : [];
    return english.map((item, index) => overlayDictionary(item, translated[index])) as T;
  }
  if (isTree(english)) {
    const translated = isTree(translation) ? translation : {};
    return Object.fromEntries(
      Object.entries(english).map(([key, value]) => [key, overlayDictionary(value, translated[key])]),
    ) as T;
  }
  return english;
}

/** Every string in a dictionary, by its dotted path ("nav.help", "pages.home.why.0"). */
export function flattenStrings(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, path ? `${path}.${index}` : `${index}`));
    else if (isTree(value))
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(tree, prefix);
  return out;
}

/** The {placeholders} in a string, sorted ("{n} of {total}" -> ["n", "total"]); region tokens count too. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{([\w:-]+)\}/g)].map((match) => match[1] ?? '').sort();
}

export interface DictionaryGaps {
  /** English strings the translation does not have (or has empty). */
  missing: string[];
  /** Strings whose {placeholders} differ from the English ones. */
  placeholders: { path: string; english: string[]; translated: string[] }[];
  /** Keys the translation has that English does not (left over from a renamed or removed string). */
  extra: string[];
}

/** What a translated dictionary lacks, or has wrong, compared with the English one. */
export function dictionaryGaps(english: unknown, translation: unknown): DictionaryGaps {
  const source = flattenStrings(english);
  const target = flattenStrings(translation);
  const gaps: DictionaryGaps = { missing: [], placeholders: [], extra: [] };
  for (const [path, text] of source) {
    // A string the English leaves empty on purpose needs no translation.
    if (text === '') continue;
    const translated = target.get(path);
    if (translated === undefined || translated.trim() === '') {
      gaps.missing.push(path);
      continue;
    }
    const want = placeholdersOf(text);
    const have = placeholdersOf(translated);
    if (want.join() !== have.join()) gaps.placeholders.push({ path, english: want, translated: have });
  }
  for (const path of target.keys()) if (!source.has(path)) gaps.extra.push(path);
  return gaps;
}
