import { describe, expect, it } from 'vitest';
import type { PlanOp } from '../../src/domain/plan-ops';
import { emptyPlan, type Plan } from '../../src/domain/plan-schema';
import {
  applySafely,
  planOnScreen,
  startSession,
  step,
  type Phase,
  type SessionEffect,
  type SessionEvent,
  type SessionState,
} from '../../src/domain/plan-session';

const now = new Date('2026-11-28T21:00:00Z');
const options = { now, autosaveDelayMs: 400, retryDelaysMs: [1000, 5000] };
const child = { id: 'c1', nickname: 'Ash', band: '11-13' as const };
const stored: Plan = { ...emptyPlan(now), children: [child] };
const codeWord = (word: string): PlanOp => ({ type: 'set-if-it-happens', changes: { codeWord: word } });

const run = (state: SessionState, ...events: SessionEvent[]) => {
  let current = state;
  let effects: SessionEffect[] = [];
  for (const event of events) {
    const result = step(current, event, options);
    current = result.state;
    effects = result.effects;
  }
  return { state: current, effects };
};
const types = (effects: SessionEffect[]) => effects.map((effect) => effect.type);

const loading = startSession(emptyPlan(now));
const loaded = (record: Extract<SessionEvent, { type: 'loaded' }>['record'], hasPassphrase = false) =>
  run(loading, { type: 'loaded', record, hasPassphrase, recovered: [] }).state;
const ready = loaded({ status: 'ready', plan: stored });
const readyLocked = loaded({ status: 'ready', plan: stored }, true);

/** One state in every phase (ready with a passphrase, so that locking applies). */
const PHASES: Record<Phase, SessionState> = {
  loading,
  unavailable: run(loading, { type: 'load-failed' }).state,
  ready: readyLocked,
  damaged: loaded({ status: 'damaged', recovered: stored }),
  locked: loaded({ status: 'locked' }, true),
  deleted: run(ready, { type: 'remote', message: 'deleted' }).state,
  'newer-version': loaded({ status: 'newer-version' }),
};

/** One example of every event (the type makes leaving one out a compile error). */
const EVENTS: { [K in SessionEvent['type']]: Extract<SessionEvent, { type: K }> } = {
  loaded: { type: 'loaded', record: { status: 'ready', plan: stored }, hasPassphrase: false, recovered: [] },
  'load-failed': { type: 'load-failed' },
  edit: { type: 'edit', op: codeWord('kiwi') },
  remove: {
    type: 'remove',
    op: { type: 'remove-child', id: 'c1' },
    undo: [{ type: 'add-child', child }],
    label: 'Ash',
  },
  undo: { type: 'undo' },
  'save-due': { type: 'save-due' },
  'save-succeeded': { type: 'save-succeeded', plan: stored, upTo: 1 },
  'save-failed': { type: 'save-failed', upTo: 1, blocked: false },
  leaving: { type: 'leaving' },
  'lock-requested': { type: 'lock-requested' },
  'quick-exit': { type: 'quick-exit' },
  'unlock-requested': { type: 'unlock-requested', passphrase: 'long enough phrase' },
  'unlock-succeeded': {
    type: 'unlock-succeeded',
    record: { status: 'ready', plan: stored },
    hasPassphrase: true,
    recovered: [],
  },
  'unlock-failed': { type: 'unlock-failed', wrongPassphrase: true },
  'passphrase-requested': { type: 'passphrase-requested', passphrase: 'long enough phrase' },
  'rekey-succeeded': { type: 'rekey-succeeded', plan: stored, upTo: 0, hasPassphrase: true },
  'rekey-failed': { type: 'rekey-failed' },
  'import-confirmed': { type: 'import-confirmed', plan: stored },
  'keep-recovered': { type: 'keep-recovered' },
  'import-succeeded': { type: 'import-succeeded', plan: stored },
  'import-failed': { type: 'import-failed' },
  'delete-requested': { type: 'delete-requested' },
  'delete-done': { type: 'delete-done' },
  remote: { type: 'remote', message: 'locked' },
  'read-done': { type: 'read-done', record: { status: 'ready', plan: stored }, hasPassphrase: false },
  'read-failed': { type: 'read-failed' },
};

/** The phase each event leads to from each phase; any pair not listed keeps its phase. */
const MOVES: Partial<Record<Phase, Partial<Record<SessionEvent['type'], Phase>>>> = {
  loading: { loaded: 'ready', 'load-failed': 'unavailable' },
  unavailable: { 'delete-requested': 'unavailable' },
  ready: { 'lock-requested': 'locked', 'quick-exit': 'locked', remote: 'locked' },
  damaged: { 'read-done': 'ready' },
  locked: { 'unlock-succeeded': 'ready', 'read-done': 'ready' },
  deleted: {},
  'newer-version': {},
};

describe('plan session: every phase and every event', () => {
  for (const [phase, state] of Object.entries(PHASES) as [Phase, SessionState][]) {
    for (const event of Object.values(EVENTS) as SessionEvent[]) {
      it(`${phase} + ${event.type}`, () => {
        // The unlock results only count while a derivation is running; busy results only while busy.
        const before =
          event.type === 'unlock-succeeded' || event.type === 'unlock-failed'
            ? { ...state, unlocking: phase === 'locked' }
            : event.type === 'import-succeeded' || event.type === 'import-failed'
              ? { ...state, busy: phase === 'ready' || phase === 'damaged' ? ('import' as const) : undefined }
              : event.type === 'rekey-succeeded' || event.type === 'rekey-failed'
                ? { ...state, busy: phase === 'ready' ? ('rekey' as const) : undefined }
                : event.type === 'save-succeeded' || event.type === 'save-failed'
                  ? { ...state, savingUpTo: phase === 'ready' ? 1 : undefined }
                  : state;
        const { state: after, effects } = step(before, event, options);
        const expected =
          event.type === 'import-succeeded' && before.busy === 'import'
            ? 'ready'
            : (MOVES[phase]?.[event.type] ?? phase);
        expect(after.phase).toBe(expected);
        // Never stores anything unless the plan is open; never keeps a plan in memory while locked or deleted.
        if (after.phase !== 'ready') expect(types(effects)).not.toContain('save');
        if (after.phase === 'locked' || after.phase === 'deleted') {
          expect(after.pending).toEqual([]);
          expect(planOnScreen(after, now).children).toEqual([]);
          expect(planOnScreen(after, now).ifItHappens.codeWord).toBe('');
        }
        if (phase === 'deleted') expect(effects).toEqual([]);
        // Edits are never dropped silently: if there are unsaved edits, the bar never says "saved".
        if (after.pending.length > 0) expect(after.save).not.toBe('saved');
      });
    }
  }
});

describe('plan session: saving', () => {
  it('shows an edit at once, keeps a write-ahead copy, and saves after the pause', () => {
    const { state, effects } = run(ready, EVENTS.edit);
    expect(planOnScreen(state, now).ifItHappens.codeWord).toBe('kiwi');
    expect(state.save).toBe('pending');
    expect(effects).toEqual([
      { type: 'write-ahead', ops: [codeWord('kiwi')] },
      { type: 'schedule-save', delayMs: 400 },
    ]);
    const saving = run(state, { type: 'save-due' });
    expect(saving.state.save).toBe('saving');
    expect(saving.effects).toEqual([{ type: 'save', ops: [codeWord('kiwi')], upTo: 1 }]);
  });

  it('merges consecutive edits of the same field into one operation', () => {
    const { state } = run(
      ready,
      { type: 'edit', op: codeWord('k') },
      { type: 'edit', op: codeWord('ki') },
      { type: 'edit', op: codeWord('kiw') },
    );
    expect(state.pending.map((edit) => edit.op)).toEqual([codeWord('kiw')]);
    const other = run(state, { type: 'edit', op: { type: 'update-child', id: 'c1', changes: { nickname: 'A' } } });
    expect(other.state.pending).toHaveLength(2);
  });

  it('does not merge into an edit that is being saved', () => {
    const { state } = run(
      ready,
      { type: 'edit', op: codeWord('k') },
      { type: 'save-due' },
      {
        type: 'edit',
        op: codeWord('ki'),
      },
    );
    expect(state.pending.map((edit) => edit.op)).toEqual([codeWord('k'), codeWord('ki')]);
    const saved = run(state, { type: 'save-succeeded', plan: stored, upTo: 1 });
    expect(saved.state.pending.map((edit) => edit.op)).toEqual([codeWord('ki')]);
    expect(saved.state.save).toBe('pending');
    expect(types(saved.effects)).toEqual(['write-ahead', 'announce', 'schedule-save']);
  });

  it('retries a failed save with a growing back-off, and says so', () => {
    const failed = run(ready, EVENTS.edit, { type: 'save-due' }, { type: 'save-failed', upTo: 1, blocked: false });
    expect(failed.state.save).toBe('error');
    expect(failed.effects).toEqual([{ type: 'schedule-save', delayMs: 1000 }]);
    const again = run(failed.state, { type: 'save-due' }, { type: 'save-failed', upTo: 1, blocked: false });
    expect(again.effects).toEqual([{ type: 'schedule-save', delayMs: 5000 }]);
    const third = run(again.state, { type: 'save-due' }, { type: 'save-failed', upTo: 1, blocked: false });
    expect(third.effects).toEqual([{ type: 'schedule-save', delayMs: 5000 }]);
    const saved = run(third.state, { type: 'save-due' }, { type: 'save-succeeded', plan: stored, upTo: 1 });
    expect(saved.state.save).toBe('saved');
    expect(saved.state.failures).toBe(0);
  });

  it('reads the record again when a save was blocked by a change elsewhere', () => {
    const blocked = run(ready, EVENTS.edit, { type: 'save-due' }, { type: 'save-failed', upTo: 1, blocked: true });
    expect(blocked.effects).toEqual([{ type: 'read' }]);
  });

  it('saves at once when the page is left', () => {
    const { effects } = run(ready, EVENTS.edit, { type: 'leaving' });
    expect(types(effects)).toEqual(['save']);
  });

  it('ignores a stale save result', () => {
    const { state } = run(ready, EVENTS.edit, { type: 'save-due' });
    expect(step(state, { type: 'save-succeeded', plan: stored, upTo: 7 }, options).state).toBe(state);
  });

  it('stores edits recovered from the write-ahead copy as soon as the plan loads', () => {
    const { state, effects } = run(loading, {
      type: 'loaded',
      record: { status: 'ready', plan: stored },
      hasPassphrase: false,
      recovered: [codeWord('kiwi')],
    });
    expect(planOnScreen(state, now).ifItHappens.codeWord).toBe('kiwi');
    expect(types(effects)).toEqual(['write-ahead', 'save']);
  });
});

describe('plan session: item 4 of issue 12', () => {
  it('importing over a damaged record returns to ready, and later edits save', () => {
    const damaged = PHASES.damaged;
    const imported = run(damaged, EVENTS['import-confirmed'], EVENTS['import-succeeded']);
    expect(imported.state.phase).toBe('ready');
    const edited = run(imported.state, EVENTS.edit, { type: 'save-due' });
    expect(types(edited.effects)).toEqual(['save']);
  });

  it('a damaged record keeps edits (on the device) and says they cannot be saved yet', () => {
    const { state, effects } = run(PHASES.damaged, EVENTS.edit);
    expect(state.save).toBe('impossible');
    expect(types(effects)).toEqual(['write-ahead']);
    const kept = run(state, { type: 'keep-recovered' });
    expect(kept.effects).toEqual([
      { type: 'import', plan: { ...stored, ifItHappens: { codeWord: 'kiwi' }, updatedAt: now.toISOString() } },
    ]);
  });

  it('changing the passphrase re-seals the newest stored plan plus the unsaved edits', () => {
    const { effects } = run(readyLocked, EVENTS.edit, EVENTS['passphrase-requested']);
    expect(effects).toEqual([{ type: 'rekey', passphrase: 'long enough phrase', ops: [codeWord('kiwi')], upTo: 1 }]);
  });

  it('locking hands the unsaved edits to be stored with the key, not dropped', () => {
    const { state, effects } = run(
      readyLocked,
      EVENTS.edit,
      { type: 'save-due' },
      {
        type: 'save-failed',
        upTo: 1,
        blocked: false,
      },
      { type: 'lock-requested' },
    );
    expect(state.phase).toBe('locked');
    expect(effects).toEqual([
      { type: 'lock', ops: [codeWord('kiwi')] },
      { type: 'announce', message: 'locked' },
    ]);
  });

  it('a failed save is retried without another edit', () => {
    const { effects } = run(ready, EVENTS.edit, { type: 'save-due' }, { type: 'save-failed', upTo: 1, blocked: false });
    expect(effects).toEqual([{ type: 'schedule-save', delayMs: 1000 }]);
  });

  it('five quick unlock submits start one key derivation', () => {
    let state = PHASES.locked;
    const derivations: SessionEffect[] = [];
    for (let submit = 0; submit < 5; submit += 1) {
      const result = step(state, EVENTS['unlock-requested'], options);
      state = result.state;
      derivations.push(...result.effects.filter((effect) => effect.type === 'unlock'));
    }
    expect(derivations).toHaveLength(1);
    expect(state.unlocking).toBe(true);
  });
});

describe('plan session: deleting', () => {
  it('asks once to delete everything, then shows "deleted" and tells the other tabs', () => {
    const asked = run(ready, EVENTS.edit, { type: 'delete-requested' });
    expect(asked.effects).toEqual([{ type: 'delete' }]);
    expect(run(asked.state, { type: 'delete-requested' }).effects).toEqual([]);
    expect(run(asked.state, EVENTS.edit).effects).toEqual([]);
    const done = run(asked.state, { type: 'delete-done' });
    expect(done.state.phase).toBe('deleted');
    expect(done.effects).toEqual([{ type: 'announce', message: 'deleted' }]);
  });
});

describe('plan session: other tabs', () => {
  it('locks when another tab locks', () => {
    expect(run(readyLocked, { type: 'remote', message: 'locked' }).state.phase).toBe('locked');
  });

  it('shows "deleted" and forgets everything when another tab deletes; nothing is written afterwards', () => {
    const { state, effects } = run(ready, EVENTS.edit, { type: 'remote', message: 'deleted' });
    expect(state.phase).toBe('deleted');
    expect(effects).toEqual([{ type: 'forget' }]);
    expect(run(state, EVENTS.edit, { type: 'save-due' }, { type: 'leaving' }).effects).toEqual([]);
  });

  it('reads again when another tab saves, imports or changes the passphrase', () => {
    for (const message of ['saved', 'imported', 'passphrase'] as const) {
      expect(run(ready, { type: 'remote', message }).effects).toEqual([{ type: 'read' }]);
    }
  });

  it('locks (keeping its edits on the device) when the record read is sealed with a passphrase it lacks', () => {
    const { state, effects } = run(ready, EVENTS.edit, {
      type: 'read-done',
      record: { status: 'locked' },
      hasPassphrase: true,
    });
    expect(state.phase).toBe('locked');
    expect(state.hasPassphrase).toBe(true);
    expect(effects).toEqual([{ type: 'lock', ops: [codeWord('kiwi')] }]);
  });

  it('opens again when another tab removed the passphrase', () => {
    const { state } = run(PHASES.locked, {
      type: 'read-done',
      record: { status: 'ready', plan: stored },
      hasPassphrase: false,
    });
    expect(state.phase).toBe('ready');
    expect(state.hasPassphrase).toBe(false);
  });

  it("keeps this tab's unsaved edits on top of another tab's saved plan", () => {
    const theirs = { ...stored, trustedAdults: [{ id: 'g', name: 'Gran', contact: '' }] };
    const { state } = run(ready, EVENTS.edit, {
      type: 'read-done',
      record: { status: 'ready', plan: theirs },
      hasPassphrase: false,
    });
    const shown = planOnScreen(state, now);
    expect(shown.trustedAdults).toHaveLength(1);
    expect(shown.ifItHappens.codeWord).toBe('kiwi');
  });
});

describe('applySafely', () => {
  it('keeps only edits that leave a loadable plan', () => {
    const hostile = [
      { type: 'add-child', child: { id: 'bad id <script>', nickname: 'X', band: '4-7' } },
      codeWord('kiwi'),
    ] as PlanOp[];
    const result = applySafely(stored, hostile, now);
    expect(result.children).toEqual([child]);
    expect(result.ifItHappens.codeWord).toBe('kiwi');
  });
});
