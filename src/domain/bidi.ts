/**
 * Numbers inside right-to-left text. The Unicode bidi algorithm lays each group of digits out left to right but
 * puts the groups in the sentence's order, so "0800 1111" inside an Arabic sentence shows as "1111 0800"; a leading
 * "+" ("+353 1 963 7755"), amounts side by side ("£300/€300/$300") and letters in a number ("1-800-THE-LOST",
 * "0508 NETSAFE") come apart the same way. Each such run is kept left to right on its own: <bdi dir="ltr"> in HTML
 * built at build time, the Unicode isolate marks (LRI … PDI) in plain text that islands show.
 */

/** A piece of text, and whether it is a number run that must read left to right. */
export interface TextRun {
  text: string;
  ltr: boolean;
}

/**
 * A number run: digits, optionally led by "+" or a currency sign, with groups joined by one space, dot, slash or
 * hyphen, and capital-letter words joined to them ("1-800-CALL-FBI", "0508 NETSAFE"). Not digits inside a Latin
 * word or address ("988lifeline.org", "H2O", "988.ca"), which an address's own left-to-right link keeps whole.
 */
export const NUMBER_RUN =
  /(?<![A-Za-z0-9])\+?[£€$]?\d+(?:[ \u00a0./-][£€$]?\d+|[ \u00a0-][A-Z]{2,}(?![A-Za-z]))*(?![A-Za-z0-9]|\.[A-Za-z])/g;

/** Left-to-right isolate and pop directional isolate: invisible marks that keep a run left to right in plain text. */
export const LRI = '\u2066';
export const PDI = '\u2069';
/** Word joiner: an invisible mark that forbids a line break beside it ("1-800-" at a line's end, "843-5678" below). */
export const WJ = '\u2060';

/** A number run that cannot break across lines: no-break spaces, and a word joiner after each dot, slash or hyphen. */
function unbroken(run: string): string {
  return run.replace(/ /g, '\u00a0').replace(/[./-]/g, (separator) => `${separator}${WJ}`);
}

/** Right-to-left letters (Hebrew, Arabic and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The text split into plain pieces and number runs, in order (joined back, it is the same text). */
export function splitLtrRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), ltr: false });
    runs.push({ text: match[0], ltr: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ltr: false });
  return runs;
}

/**
 * Plain text with every number run between LRI and PDI, unbroken (for islands and anything else that shows plain
 * text; what the reader sees and copies is the same digits: the marks are invisible, the spaces no-break spaces).
 */
export function isolateLtrRuns(text: string): string {
  return splitLtrRuns(text)
    .map((run) => (run.ltr ? `${LRI}${unbroken(run.text)}${PDI}` : run.text))
    .join('');
}

/**
 * A whole text kept left to right (a phone number as the help data writes it: "1-800-843-5678 (1-800-THE-LOST)"),
 * its number runs unbroken. A text with right-to-left words in it ("112 أو 999") keeps its own direction and only
 * its number runs are isolated: forced left to right, it would read "112 999 أو".
 */
export function isolateLtr(text: string): string {
  if (RTL_LETTER.test(text)) return isolateLtrRuns(text);
  const inner = splitLtrRuns(text)
    .map((run) => (run.ltr ? unbroken(run.text) : run.text))
    .join('');
  return `${LRI}${inner}${PDI}`;
}
