import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Flesch-Kincaid grade of a set of lines, each counted as its own sentence (or more). */
export function readingGrade(lines: readonly string[]): number {
  const text = lines.join(' ');
  const words = text.match(/[A-Za-z0-9’']+/g) ?? [];
  if (words.length === 0) return 0;
  const sentenceCount = lines.reduce((count, line) => {
    const endings = line.match(/[.!?]+(\s|$)/g)?.length ?? 0;
    return count + Math.max(1, endings);
  }, 0);
  const syllables = words.reduce((sum, word) => sum + syllable(word.replace(/[’']/g, '')), 0);
  return fleschKincaid({ sentence: sentenceCount, word: words.length, syllable: syllables });
}
