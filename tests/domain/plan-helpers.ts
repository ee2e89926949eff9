import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src/domain/plan-schema';

/** Fixtures of every plan version ever stored; never edit one, add a new file for a new version. */
export function planFixture(version: number): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../fixtures/plan-v${version}.json`), 'utf8'));
}

/** A plan the size the budget speaks of: 5 children and 40 talks. */
export function largePlan(): Plan {
  const bands = ['4-7', '8-10', '11-13', '14-17', '14-17'] as const;
  const children = bands.map((band, index) => ({ id: `child-${index}`, nickname: `Child ${index + 1}`, band }));
  const talks = Array.from({ length: 40 }, (_, index) => ({
    id: `talk-${index}`,
    childId: `child-${index % 5}`,
    topic: 'if-it-ever-happens',
    plannedFor: `2027-0${(index % 9) + 1}-1${index % 9}`,
    status: index % 3 === 0 ? ('done' as const) : ('planned' as const),
    note: `Note ${index}: `.padEnd(120, 'x'),
  }));
  return {
    schemaVersion: 1,
    children,
    talks,
    agreements: [{ id: 'a', text: 'We stay calm and sort it out together.', origin: 'suggested' }],
    trustedAdults: [{ id: 't', name: 'Grandad', contact: '' }],
    ifItHappens: { region: 'uk', codeWord: 'teapot' },
    checkIns: [{ id: 'c', label: 'New phone', date: '2027-02-01', repeat: 'none' }],
    updatedAt: '2026-11-28T20:00:00.000Z',
  };
}
