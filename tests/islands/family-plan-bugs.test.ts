// @vitest-environment happy-dom
// Each test reproduces one bug of issue 12 item 4 against the island's primitive (they failed before the
// session machine in src/domain/plan-session.ts took over).
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unsealWithPassphrase, type Sealed } from '../../src/domain/plan-crypto';
import { encodeRecord } from '../../src/domain/plan-record';
import { emptyPlan, type Plan } from '../../src/domain/plan-schema';
import { createFamilyPlan } from '../../src/islands/plan/create-family-plan';
import { createPlanStore, type PlanStore } from '../../src/storage/plan-store';
import { useFreshIndexedDB } from '../storage/helpers';
import { revealedText } from '../support/revealed-text';

useFreshIndexedDB();
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const now = new Date('2026-11-28T21:00:00Z');
const child = { id: 'c1', nickname: 'Ash', band: '11-13' as const };
const until = (condition: () => boolean, timeout = 4000) =>
  vi.waitFor(() => expect(condition()).toBe(true), { timeout, interval: 10 });

function openPlan(options: Parameters<typeof createFamilyPlan>[0] = {}) {
  return createRoot((dispose) => ({ family: createFamilyPlan({ autosaveDelayMs: 20, ...options }), dispose }));
}

/** A store whose next `failures` writes fail with the given error, as a full disk does. */
function flakyStore(failures: number, error: () => Error = () => new DOMException('full', 'QuotaExceededError')) {
  const real = createPlanStore();
  let left = failures;
  const store: PlanStore & { writes: number } = {
    ...real,
    writes: 0,
    read: () => real.read(),
    update: async (change) => {
      store.writes += 1;
      if (left > 0) {
        left -= 1;
        throw error();
      }
      return real.update(change);
    },
    replace: async (record) => {
      store.writes += 1;
      if (left > 0) {
        left -= 1;
        throw error();
      }
      return real.replace(record);
    },
    close: () => real.close(),
  };
  return store;
}

describe('item 4 of issue 12', () => {
  it('returns to "ready" after a good file is imported over a damaged record, and then saves edits', async () => {
    const store = createPlanStore();
    await store.replace({ kind: 'plain', plan: { schemaVersion: 1, children: 'broken' } as unknown as Plan });
    const { family, dispose } = openPlan({ store });
    await until(() => family.status() === 'damaged');
    await family.confirmImport({ ...emptyPlan(now), children: [child] });
    expect(family.status()).toBe('ready');
    family.change({ type: 'set-if-it-happens', changes: { codeWord: 'kiwi' } });
    await until(() => family.saveState() === 'saved');
    const reopened = openPlan();
    await until(() => reopened.family.status() === 'ready');
    expect(reopened.family.plan().ifItHappens.codeWord).toBe('kiwi');
    dispose();
    reopened.dispose();
  });

  it('setting a passphrase keeps what another tab saved a moment before', async () => {
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'ready');
    family.change({ type: 'add-child', child });
    await until(() => family.saveState() === 'saved');
    // Another tab's save that this tab has not heard about yet.
    const other = createPlanStore();
    await other.replace(
      await encodeRecord({ ...emptyPlan(now), children: [child, { ...child, id: 'c2' }] }, undefined),
    );
    await family.setPassphrase('long enough phrase');
    expect(family.plan().children.map((c) => c.id)).toEqual(['c1', 'c2']);
    dispose();
  });

  it('removing the passphrase keeps what another tab saved a moment before', async () => {
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'ready');
    await family.setPassphrase('long enough phrase');
    family.change({ type: 'add-child', child });
    await until(() => family.saveState() === 'saved');
    // Another tab (holding the same key) adds a trusted adult; this tab does not hear of it.
    const store = createPlanStore();
    const raw = (await store.read()) as { kind: string; sealed: Sealed };
    expect(raw.kind).toBe('sealed');
    const { value, key } = await unsealWithPassphrase(raw.sealed, 'long enough phrase');
    const theirs = { ...(value as Plan), trustedAdults: [{ id: 'g', name: 'Gran', contact: '' }] };
    await store.replace(await encodeRecord(theirs, key));
    await family.removePassphrase();
    expect(family.plan().trustedAdults.map((a) => a.id)).toEqual(['g']);
    dispose();
  });

  it('locking keeps an edit whose save failed: it is there after unlocking', async () => {
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'ready');
    await family.setPassphrase('long enough phrase');
    dispose();
    // The edit's own save and the save on locking both fail.
    const store = flakyStore(2);
    const tab = openPlan({ store });
    await until(() => tab.family.status() === 'locked');
    expect(await tab.family.unlock('long enough phrase')).toBe(true);
    tab.family.change({ type: 'set-if-it-happens', changes: { codeWord: 'kiwi' } });
    await until(() => store.writes >= 1);
    tab.family.lock();
    await until(() => tab.family.status() === 'locked');
    expect(await tab.family.unlock('long enough phrase')).toBe(true);
    await until(() => tab.family.plan().ifItHappens.codeWord === 'kiwi');
    tab.dispose();
  });

  it('a save still in flight when the plan locks (quick exit) stores the plan sealed, never in the clear', async () => {
    const first = openPlan();
    await until(() => first.family.status() === 'ready');
    await first.family.setPassphrase('long enough phrase');
    first.dispose();
    // A store whose writes wait until the test lets them go, as a busy phone's IndexedDB does.
    const real = createPlanStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const written: string[] = [];
    const store: PlanStore = {
      ...real,
      update: async (change) => {
        await gate;
        return real.update(async (current) => {
          const next = await change(current);
          written.push(JSON.stringify(next));
          return next;
        });
      },
    };
    const tab = openPlan({ store });
    await until(() => tab.family.status() === 'locked');
    expect(await tab.family.unlock('long enough phrase')).toBe(true);
    tab.family.change({ type: 'set-if-it-happens', changes: { codeWord: 'kiwi' } });
    await new Promise((resolve) => setTimeout(resolve, 60));
    tab.family.lock();
    release();
    await until(() => tab.family.status() === 'locked');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Every write, not only the last: the page may be gone before a later one lands.
    expect(written.length).toBeGreaterThan(0);
    for (const record of written) expect(revealedText(record)).not.toContain('kiwi');
    expect(await real.read()).toMatchObject({ kind: 'sealed' });
    tab.dispose();
    const reopened = openPlan();
    await until(() => reopened.family.status() === 'locked');
    expect(await reopened.family.unlock('long enough phrase')).toBe(true);
    expect(reopened.family.plan().ifItHappens.codeWord).toBe('kiwi');
    reopened.dispose();
  });

  it('after a quota error the save is retried without another keystroke', async () => {
    const store = flakyStore(1);
    const { family, dispose } = openPlan({ store, retryDelaysMs: [30, 60] });
    await until(() => family.status() === 'ready');
    family.change({ type: 'add-child', child });
    await until(() => family.saveState() === 'error');
    await until(() => family.saveState() === 'saved');
    expect(store.writes).toBe(2);
    dispose();
  });

  it('five quick unlock submits derive the key once', async () => {
    const first = openPlan();
    await until(() => first.family.status() === 'ready');
    await first.family.setPassphrase('long enough phrase');
    first.dispose();
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'locked');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const results = await Promise.all(Array.from({ length: 5 }, () => family.unlock('long enough phrase')));
    expect(derive).toHaveBeenCalledTimes(1);
    expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(family.status()).toBe('ready');
    dispose();
  });
});
