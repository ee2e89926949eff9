/**
 * Checks that a translated content file keeps everything that is not words exactly as the English has it: the same
 * keys and list lengths, the same ids, enums, numbers and booleans, and in every string the same region tokens
 * ({emergency}, {money:300}), web addresses and site routes. Only human-readable words change.
 */
import { placeholdersOf } from './dictionary';

/** Keys whose string values are ids, enums, addresses or dates, never words: kept exactly. */
const KEPT_KEYS = new Set([
  'id',
  'band',
  'topic',
  'kind',
  'url',
  'href',
  'source',
  'relatedScript',
  'audience',
  'region',
  'serves',
  'dial',
  'checked',
  'best',
  'order',
  'route',
  'target',
]);

/** Sources may point to the official page in the translation's language where one exists: checked by the schema. */
const FREE_KEYS = new Set(['translation', 'sources']);

const ADDRESSES =
  /https:\/\/[^\s<>")\]]+|(?<![\w./:])\/(?:(?:help|talk|quiz|plan|privacy|about|schools)\/(?:[a-z0-9-]+\/)*)/g;
const addressesIn = (text: string) =>
  [...text.matchAll(ADDRESSES)].map((match) => match[0].replace(/[.,;:]+$/, '')).sort();

/** The differences that matter, each as "path: what differs"; [] when the translation keeps the structure. */
export function structureDifferences(english: unknown, translated: unknown, path = ''): string[] {
  const here = path || '(top)';
  if (typeof english === 'string') {
    if (typeof translated !== 'string') return [`${here}: should be text`];
    const key =
      path
        .split('.')
        .pop()
        ?.replace(/\[\d+\]$/, '') ?? '';
    if (KEPT_KEYS.has(key) && english !== translated) return [`${here}: must stay "${english}"`];
    const problems: string[] = [];
    if (placeholdersOf(english).join() !== placeholdersOf(translated).join())
      problems.push(
        `${here}: tokens ${placeholdersOf(english).join(' ')} became ${placeholdersOf(translated).join(' ')}`,
      );
    if (addressesIn(english).join() !== addressesIn(translated).join())
      problems.push(`${here}: links ${addressesIn(english).join(' ')} became ${addressesIn(translated).join(' ')}`);
    return problems;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return [`${here}: should be a list`];
    if (english.length !== translated.length)
      return [`${here}: ${english.length} items in English, ${translated.length} here`];
    return english.flatMap((item, index) => structureDifferences(item, translated[index], `${path}[${index}]`));
  }
  if (english !== null && typeof english === 'object') {
    if (translated === null || typeof translated !== 'object' || Array.isArray(translated))
      return [`${here}: should be a record`];
    const source = english as Record<string, unknown>;
    const target = translated as Record<string, unknown>;
    const keys = new Set([...Object.keys(source), ...Object.keys(target)]);
    for (const free of FREE_KEYS) keys.delete(free);
    return [...keys].flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (!(key in target)) return [`${child}: missing`];
      if (!(key in source)) return [`${child}: not in the English`];
      return structureDifferences(source[key], target[key], child);
    });
  }
  return english === translated ? [] : [`${here}: must stay ${JSON.stringify(english)}`];
}
