import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Types only: scripts/bench-autosave.mjs imports this file straight into Node.
import type { Plan } from '../../src/domain/plan-schema';

/** Fixtures of every plan version ever stored; never edit one, add a new file for a new version. */
export function planFixture(version: number): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../fixtures/plan-v${version}.json`), 'utf8'));
}

/** Every script topic per band, in order (as in src/content/scripts/en). */
const TOPICS = {
  '4-7': ['my-body-belongs-to-me', 'secrets-and-surprises', 'asking-before-photos', 'telling-a-grown-up'],
  '8-10': ['not-who-they-say', 'nobody-should-ask-for-pictures', 'moving-to-another-app', 'secrets-that-feel-bad'],
  '11-13': ['what-sextortion-is', 'if-it-ever-happens', 'fake-and-ai-images', 'friends-who-move-fast'],
  '14-17': ['how-sextortion-works', 'if-it-ever-happens', 'the-money-demand-script', 'fake-and-ai-images'],
} as const;

/**
 * A plan the size the budget speaks of: 5 children and 40 talks. Each child has one open talk per topic
 * (the plan allows no more); the rest are talks done before and had again.
 */
export function largePlan(): Plan {
  const bands = ['4-7', '8-10', '11-13', '14-17', '14-17'] as const;
  const children = bands.map((band, index) => ({ id: `child-${index}`, nickname: `Child ${index + 1}`, band }));
  const talks = Array.from({ length: 40 }, (_, index) => {
    const child = index % 5;
    const round = Math.floor(index / 5);
    return {
      id: `talk-${index}`,
      childId: `child-${child}`,
      topic: TOPICS[bands[child]!][round % 4]!,
      plannedFor: `2027-0${(index % 9) + 1}-1${index % 9}`,
      status: round < 4 ? ('done' as const) : ('planned' as const),
      note: `Note ${index}: `.padEnd(120, 'x'),
    };
  });
  return {
    schemaVersion: 2,
    children,
    talks,
    agreements: [{ id: 'a', text: 'We stay calm and sort it out together.', origin: 'suggested' }],
    trustedAdults: [{ id: 't', name: 'Grandad', contact: '' }],
    ifItHappens: { region: 'uk', codeWord: 'teapot' },
    checkIns: [{ id: 'c', label: 'New phone', date: '2027-02-01', repeat: 'none' }],
    updatedAt: '2026-11-28T20:00:00.000Z',
  };
}
