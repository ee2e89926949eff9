/**
 * Quiz lint: can a quiz be won without reading? For each band it measures how often the best option gives
 * itself away by its shape (the longest, in the same place, the only one listing several steps, the only one
 * that tells someone). Pure, so the content test and a one-off measurement use the same figures.
 */

export interface LintOption {
  text: string;
  best: boolean;
}

export interface LintSituation {
  id: string;
  options: readonly LintOption[];
}

export interface BandLint {
  situations: number;
  /** Share (0-1) of situations where the longest option (in words) is a best one. */
  bestIsLongest: number;
  /** How often the first best option sits at each position in the file order (index -> count). */
  bestPositions: number[];
  /** Share of situations where a best option is the only one with three or more steps in a row. */
  bestIsOnlyList: number;
  /** Share of situations where only the best options mention telling or asking someone for help. */
  bestIsOnlyTelling: number;
}

/** The most a band may have for "the best option is the longest" (the rule: at most 40%). */
export const MAX_BEST_IS_LONGEST = 0.4;
/** The most a band may have of its best options in any one position. */
export const MAX_SAME_POSITION = 0.5;

/**
 * A word: a letter or digit, then letters, combining marks, digits and apostrophes. Combining marks (\p{M}: Arabic
 * harakat such as tanween and shadda, a decomposed accent) belong to their word, so "مجانًا" is one word, not two.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’']*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Three or more steps written as a list ("Block, screenshot, tell…"): counted by commas and "and"s. */
export function looksLikeList(text: string): boolean {
  const joins = (text.match(/,\s/g)?.length ?? 0) + (text.match(/\sand\s/g)?.length ?? 0);
  return joins >= 2;
}

const TELLING = /\b(tell|telling|told|show|ask (?:an?|my|a trusted)|adult|mum|dad|grown-up|teacher|parent|carer|help)/i;

export function mentionsTelling(text: string): boolean {
  return TELLING.test(text);
}

/** True when a best option is strictly longer than every other option (ties give nothing away). */
export function bestIsLongest(options: readonly LintOption[]): boolean {
  const lengths = options.map((option) => wordCount(option.text));
  const longest = Math.max(...lengths);
  const atLongest = options.filter((_, index) => lengths[index] === longest);
  return atLongest.length === 1 && atLongest[0]!.best;
}

function onlyBest(options: readonly LintOption[], test: (text: string) => boolean): boolean {
  const matching = options.filter((option) => test(option.text));
  return matching.length > 0 && matching.every((option) => option.best);
}

export function lintBand(situations: readonly LintSituation[]): BandLint {
  const count = situations.length;
  const share = (test: (situation: LintSituation) => boolean) =>
    count === 0 ? 0 : situations.filter(test).length / count;
  const bestPositions: number[] = [];
  for (const situation of situations) {
    const position = situation.options.findIndex((option) => option.best);
    bestPositions[position] = (bestPositions[position] ?? 0) + 1;
  }
  return {
    situations: count,
    bestIsLongest: share((situation) => bestIsLongest(situation.options)),
    bestPositions: Array.from(bestPositions, (value) => value ?? 0),
    bestIsOnlyList: share((situation) => onlyBest(situation.options, looksLikeList)),
    bestIsOnlyTelling: share((situation) => onlyBest(situation.options, mentionsTelling)),
  };
}

/** What gives the answer away in a band, in words for a test failure; empty when the band is fine. */
export function lintProblems(lint: BandLint): string[] {
  if (lint.situations < 2) return [];
  const problems: string[] = [];
  if (lint.bestIsLongest > MAX_BEST_IS_LONGEST)
    problems.push(`best option is the longest in ${Math.round(lint.bestIsLongest * 100)}% of situations`);
  if (lint.bestPositions.some((value) => value === lint.situations))
    problems.push('best option is always in the same position');
  else if (lint.bestPositions.some((value) => value / lint.situations > MAX_SAME_POSITION))
    problems.push(`best option sits in one position in more than ${MAX_SAME_POSITION * 100}% of situations`);
  if (!lint.bestPositions[0]) problems.push('best option is never the first one');
  if (lint.bestIsOnlyList === 1) problems.push('best option is always the only list of steps');
  if (lint.bestIsOnlyTelling === 1) problems.push('best option is always the only one that tells someone');
  return problems;
}
