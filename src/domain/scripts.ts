import type { BandId } from './bands';
import { pluralText, type PluralWords } from './plural';
import type { Script } from './script-schema';

/** A band's scripts in reading order. */
export function scriptsForBand<T extends Pick<Script, 'band' | 'order'>>(scripts: readonly T[], band: BandId): T[] {
  return scripts.filter((script) => script.band === band).sort((a, b) => a.order - b.order);
}

/** The route of a script page. */
export function scriptRoute(script: Pick<Script, 'band' | 'topic'>): string {
  return `/talk/${script.band}/${script.topic}/`;
}

/** "About 10 minutes", in the words and plural rules of the page's language. */
export function minutesLabel(minutes: number, words: PluralWords, locale: string): string {
  return pluralText(minutes, words, locale);
}
