import { describe, expect, it } from 'vitest';
import { climbLadder, type MigrationStep } from '../../src/domain/migrations';

// A synthetic history: version 1 had `name`, version 2 split it into `first`/`last`, version 3 added `tags`.
const STEPS: Record<number, MigrationStep> = {
  1: ({ name, ...rest }) => {
    const [first = '', last = ''] = String(name).split(' ');
    return { ...rest, schemaVersion: 2, first, last };
  },
  2: (value) => ({ ...value, schemaVersion: 3, tags: [] }),
};

describe('the migration ladder', () => {
  it('takes a version 1 value up both steps, in order', () => {
    expect(climbLadder({ schemaVersion: 1, name: 'Sam Lee', kept: true }, 3, STEPS)).toEqual({
      ok: true,
      value: { schemaVersion: 3, first: 'Sam', last: 'Lee', kept: true, tags: [] },
    });
  });

  it('takes a version 2 value up the last step only', () => {
    expect(climbLadder({ schemaVersion: 2, first: 'A', last: 'B' }, 3, STEPS)).toEqual({
      ok: true,
      value: { schemaVersion: 3, first: 'A', last: 'B', tags: [] },
    });
  });

  it('leaves a current value as it is', () => {
    const value = { schemaVersion: 3, first: 'A', last: 'B', tags: ['x'] };
    expect(climbLadder(value, 3, STEPS)).toEqual({ ok: true, value });
  });

  it('refuses a newer version, a missing step, a step that skips a version, and unversioned values', () => {
    expect(climbLadder({ schemaVersion: 4 }, 3, STEPS)).toEqual({ ok: false, reason: 'newer-version' });
    expect(climbLadder({ schemaVersion: 1, name: 'x' }, 3, { 2: STEPS[2]! })).toEqual({ ok: false, reason: 'invalid' });
    expect(climbLadder({ schemaVersion: 1 }, 3, { 1: (value) => ({ ...value, schemaVersion: 3 }) })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const raw of [null, 'x', [], {}, { schemaVersion: 0 }, { schemaVersion: 1.5 }]) {
      expect(climbLadder(raw, 3, STEPS)).toEqual({ ok: false, reason: 'not-versioned' });
    }
  });
});
