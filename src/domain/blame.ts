/**
 * Phrases that blame or shame a child. Nothing a parent is told to say may contain them.
 * "Not your fault" is fine; "your fault" on its own is not.
 */
export const BLAMING_PHRASES = [
  'why did you',
  'why would you',
  'how could you',
  'what were you thinking',
  'you should have known',
  'you should know better',
  'should have known better',
  'stupid',
  'dirty',
  'disgusting',
  'shameful',
  'ashamed of you',
  'idiot',
  'naive',
  'asking for it',
  'i told you so',
  'brought it on',
] as const;

/** Returns the blaming phrases found in the text (case-insensitive), allowing "not your fault". */
export function findBlamingLanguage(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[’]/g, "'");
  const found: string[] = BLAMING_PHRASES.filter((phrase) => normalised.includes(phrase));
  const faultUses = normalised.match(/(?:[\w']+\s+)?your fault/g) ?? [];
  if (faultUses.some((use) => !/^(not|never|isn't|wasn't|nobody's|no one's)\s/.test(use))) {
    found.push('your fault');
  }
  return found;
}
