/** The four age bands every piece of content is written for. Order matters: youngest first. */
export const BAND_IDS = ['4-7', '8-10', '11-13', '14-17'] as const;

export type BandId = (typeof BAND_IDS)[number];

export interface Band {
  id: BandId;
  /** Label a parent sees, e.g. "Ages 8 to 10". */
  label: string;
  /** What children of this age understand, in a sentence or two. */
  understands: string;
  /** What the talks for this age aim at. */
  aims: string;
  /** Whether the word "sextortion" is used with children of this age. */
  namesSextortion: boolean;
  /** Highest Flesch-Kincaid grade allowed for the lines a child hears. */
  maxReadingGrade: number;
}

export const BANDS: readonly Band[] = [
  {
    id: '4-7',
    label: 'Ages 4 to 7',
    understands:
      'Young children learn best through simple rules, stories and routines. They understand "my body is mine", the difference between a nice surprise and a bad secret, and that grown-ups are there to help.',
    aims: 'Build the habit of telling a grown-up, with no online danger talk. These are foundations, used with an adult nearby.',
    namesSextortion: false,
    maxReadingGrade: 3,
  },
  {
    id: '8-10',
    label: 'Ages 8 to 10',
    understands:
      'Children this age start gaming, messaging and watching videos with less help. They can grasp that people online are not always who they say, and they care a lot about rules and fairness.',
    aims: 'Spot the early warning signs (requests for pictures, moving to another app, secrets that feel bad) and know they will never be in trouble for telling.',
    namesSextortion: false,
    maxReadingGrade: 5,
  },
  {
    id: '11-13',
    label: 'Ages 11 to 13',
    understands:
      'Many get their first phone and social accounts now. They can follow how a trick works, and they worry about embarrassment and about losing their phone.',
    aims: 'Name sextortion plainly, explain how the trick works, and make the "if it ever happens" steps familiar before they are needed.',
    namesSextortion: true,
    maxReadingGrade: 7,
  },
  {
    id: '14-17',
    label: 'Ages 14 to 17',
    understands:
      'Teenagers want to be treated as capable. They know more about apps than we do, and they respond to facts, respect and practical plans more than warnings.',
    aims: 'Talk as equals about how criminals operate, consent, the law and removal tools, so they know exactly what to do and that they can come to you.',
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
