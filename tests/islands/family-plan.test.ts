// @vitest-environment happy-dom
import { createComputed, createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { BEFORE_RELOAD_EVENT, type BeforeReloadDetail } from '../../src/domain/app-events';
import { createFamilyPlan } from '../../src/islands/plan/create-family-plan';
import { useFreshIndexedDB } from '../storage/helpers';

useFreshIndexedDB();

function openPlan(options: Parameters<typeof createFamilyPlan>[0] = {}) {
  return createRoot((dispose) => ({ family: createFamilyPlan({ autosaveDelayMs: 20, ...options }), dispose }));
}

const until = (condition: () => boolean) =>
  vi.waitFor(() => expect(condition()).toBe(true), { timeout: 3000, interval: 10 });
const child = { id: 'c1', nickname: 'Ash', band: '11-13' as const };

describe('createFamilyPlan', () => {
  it('shows a change at once and saves it after a short pause', async () => {
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'ready');
    family.change({ type: 'add-child', child });
    expect(family.plan().children).toEqual([child]);
    expect(family.saveState()).toBe('pending');
    await until(() => family.saveState() === 'saved');
    dispose();

    const reopened = openPlan();
    await until(() => reopened.family.status() === 'ready');
    expect(reopened.family.plan().children).toEqual([child]);
    reopened.dispose();
  });

  it('redraws nothing but the save bar while saving: the plan on screen keeps its unchanged objects', async () => {
    const { family, dispose } = openPlan();
    const shown: ReturnType<typeof family.plan>[] = [];
    let stopWatching: () => unknown = () => undefined;
    try {
      await until(() => family.status() === 'ready');
      family.change({ type: 'add-child', child });
      family.change({ type: 'add-trusted-adult', adult: { id: 'g', name: 'Gran', contact: '' } });
      await until(() => family.saveState() === 'saved');
      const before = family.plan();
      // Every plan the page would draw from here on (the first is the one already drawn).
      stopWatching = createRoot((stop) => {
        createComputed(() => shown.push(family.plan()));
        return stop;
      });
      family.change({ type: 'update-trusted-adult', id: 'g', changes: { name: 'Grandma' } });
      expect(family.saveState()).toBe('pending');
      await until(() => family.saveState() === 'saved');
      // The plan already drawn, one for the edit and one for the copy stored: none for "saving…".
      expect(shown).toHaveLength(3);
      const after = family.plan();
      expect(after.trustedAdults[0]!.name).toBe('Grandma');
      // The child was not touched: the same object as before the edit, so its rows are not redrawn.
      expect(after.children).toBe(before.children);
      expect(after.children[0]).toBe(before.children[0]);
    } finally {
      stopWatching();
      dispose();
    }
  });

  it('offers undo for a removal', async () => {
    const { family, dispose } = openPlan();
    await until(() => family.status() === 'ready');
    family.change({ type: 'add-child', child });
    family.remove({ type: 'remove-child', id: 'c1' }, 'Ash');
    expect(family.plan().children).toEqual([]);
    expect(family.undoable()?.label).toBe('Ash');
    family.undo();
    expect(family.plan().children).toEqual([child]);
    dispose();
  });

  it('flushes unsaved work when an update reload is about to happen', async () => {
    const { family, dispose } = openPlan({ autosaveDelayMs: 60_000 });
    await until(() => family.status() === 'ready');
    family.change({ type: 'set-if-it-happens', changes: { codeWord: 'kiwi' } });
    const detail: BeforeReloadDetail = { pending: [] };
    window.dispatchEvent(new CustomEvent(BEFORE_RELOAD_EVENT, { detail }));
    expect(detail.pending).toHaveLength(1);
    await Promise.all(detail.pending);
    expect(family.saveState()).toBe('saved');
    dispose();
  });

  it("keeps both tabs' edits and shows each in the other", async () => {
    const tabA = openPlan();
    const tabB = openPlan();
    await until(() => tabA.family.status() === 'ready' && tabB.family.status() === 'ready');
    tabA.family.change({ type: 'add-child', child });
    tabB.family.change({ type: 'add-trusted-adult', adult: { id: 'g', name: 'Gran', contact: '' } });
    await until(() => tabA.family.saveState() === 'saved' && tabB.family.saveState() === 'saved');
    await until(() => tabA.family.plan().trustedAdults.length === 1 && tabB.family.plan().children.length === 1);
    tabA.dispose();
    tabB.dispose();
  });

  it('locks a passphrase-protected plan after inactivity and unlocks with the passphrase', async () => {
    const { family, dispose } = openPlan({ inactivityMs: 150 });
    await until(() => family.status() === 'ready');
    family.change({ type: 'add-child', child });
    await family.setPassphrase('long enough phrase');
    await until(() => family.status() === 'locked');
    // The plan leaves memory once its last edits are saved under the key.
    await until(() => family.plan().children.length === 0);
    expect(await family.unlock('wrong phrase here')).toBe(false);
    expect(await family.unlock('long enough phrase')).toBe(true);
    expect(family.plan().children).toEqual([child]);
    dispose();
  });
});
