/** The four age bands every piece of content is written for. Order matters: youngest first. */
export const BAND_IDS = ['4-7', '8-10', '11-13', '14-17'] as const;

export type BandId = (typeof BAND_IDS)[number];

/**
 * An age band's rules. Its words (the label "Ages 8 to 10", what children this age understand, what the talks aim
 * at) are interface text, in every language: `strings(locale).bands[id]` (src/i18n).
 */
export interface Band {
  id: BandId;
  /** Whether the word "sextortion" is used with children of this age. */
  namesSextortion: boolean;
  /** Highest Flesch-Kincaid grade allowed for the lines a child hears. */
  maxReadingGrade: number;
}

export const BANDS: readonly Band[] = [
  {
    id: '4-7',
    namesSextortion: false,
    maxReadingGrade: 3,
  },
  {
    id: '8-10',
    namesSextortion: false,
    maxReadingGrade: 5,
  },
  {
    id: '11-13',
    namesSextortion: true,
    maxReadingGrade: 7,
  },
  {
    id: '14-17',
    namesSextortion: true,
    maxReadingGrade: 9,
  },
];

export function isBandId(value: string): value is BandId {
  return (BAND_IDS as readonly string[]).includes(value);
}

export function bandById(id: BandId): Band {
  const band = BANDS.find((candidate) => candidate.id === id);
  if (!band) throw new Error(`Unknown age band: ${id}`);
  return band;
}
