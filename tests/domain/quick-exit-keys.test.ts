import { describe, expect, it } from 'vitest';
import {
  createQuickExitDetector,
  SHIFT_WINDOW_MS,
  type QuickExitInput,
  type QuickExitStep,
} from '../../src/domain/quick-exit-keys';

const down = (key: string, time: number, extra: { repeat?: boolean; consumed?: boolean } = {}): QuickExitInput => ({
  type: 'keydown',
  key,
  time,
  repeat: extra.repeat ?? false,
  consumed: extra.consumed ?? false,
});
const up = (key: string, time: number): QuickExitInput => ({ type: 'keyup', key, time });
/** A key pressed and released on its own. */
const tap = (key: string, time: number, extra: { consumed?: boolean } = {}): QuickExitInput[] => [
  down(key, time, extra),
  up(key, time + 50),
];

function run(inputs: QuickExitInput[]): QuickExitStep[] {
  const detect = createQuickExitDetector();
  return inputs.map((input) => detect(input));
}
const exits = (inputs: QuickExitInput[]): number => run(inputs).filter((step) => step.exit).length;
const firstExitAt = (inputs: QuickExitInput[]): number => run(inputs).findIndex((step) => step.exit);

describe('quick exit: Shift three times', () => {
  it('fires when Shift is released the third time', () => {
    const inputs = [...tap('Shift', 0), ...tap('Shift', 400), ...tap('Shift', 800)];
    expect(firstExitAt(inputs)).toBe(inputs.length - 1);
    expect(exits(inputs)).toBe(1);
  });

  it('counts each press so progress can be announced', () => {
    const steps = run([...tap('Shift', 0), ...tap('Shift', 400)]);
    expect(steps.map((step) => step.shiftCount)).toEqual([0, 1, 1, 2]);
  });

  it('gives each press five seconds, and starts again after a longer gap', () => {
    expect(exits([...tap('Shift', 0), ...tap('Shift', 4000), ...tap('Shift', 8000)])).toBe(1);
    const late = run([...tap('Shift', 0), ...tap('Shift', 1000), ...tap('Shift', 1050 + SHIFT_WINDOW_MS + 1)]);
    expect(late.some((step) => step.exit)).toBe(false);
    expect(late.at(-1)?.shiftCount).toBe(1);
  });

  it('does not count Shift used as a modifier of another key (typing capitals, Shift+Tab)', () => {
    const capitals = [down('Shift', 0), down('A', 10), up('A', 20), up('Shift', 30)];
    expect(exits([...capitals, ...capitals, ...capitals])).toBe(0);
    const shiftTab = [down('Shift', 0), down('Tab', 10), up('Tab', 20), up('Shift', 30)];
    expect(exits([...shiftTab, ...shiftTab, ...shiftTab])).toBe(0);
  });

  it('does not count Shift pressed while another key is still down', () => {
    const overlap = [down('a', 0), down('Shift', 10), up('a', 20), up('Shift', 30)];
    expect(exits([...overlap, ...overlap, ...overlap])).toBe(0);
  });

  it('does not count Shift+click (three Shift+clicks stay on the page)', () => {
    const shiftClick: QuickExitInput[] = [down('Shift', 0), { type: 'pointer', time: 10 }, up('Shift', 20)];
    expect(exits([...shiftClick, ...shiftClick, ...shiftClick])).toBe(0);
  });

  it('counts a click made without Shift held, and keeps counting', () => {
    expect(
      exits([...tap('Shift', 0), { type: 'pointer', time: 200 }, ...tap('Shift', 300), ...tap('Shift', 600)]),
    ).toBe(1);
  });

  it('starts again when another key comes between', () => {
    const steps = run([...tap('Shift', 0), ...tap('Shift', 100), ...tap('b', 200), ...tap('Shift', 300)]);
    expect(steps.some((step) => step.exit)).toBe(false);
    expect(steps.at(-1)?.shiftCount).toBe(1);
  });

  it('ignores the repeats of a held-down Shift', () => {
    expect(
      exits([
        down('Shift', 0),
        down('Shift', 30, { repeat: true }),
        down('Shift', 60, { repeat: true }),
        up('Shift', 90),
      ]),
    ).toBe(0);
  });

  it('forgets the run on reset (page shown again from the back-forward cache, or the timer ran out)', () => {
    const steps = run([...tap('Shift', 0), ...tap('Shift', 100), { type: 'reset' }, ...tap('Shift', 200)]);
    expect(steps.some((step) => step.exit)).toBe(false);
    expect(steps.at(-1)?.shiftCount).toBe(1);
  });

  it('is ready again after firing', () => {
    const three = [...tap('Shift', 0), ...tap('Shift', 100), ...tap('Shift', 200)];
    const again = [...tap('Shift', 300), ...tap('Shift', 400), ...tap('Shift', 500)];
    expect(exits([...three, ...again])).toBe(2);
  });
});

describe('quick exit: Esc twice', () => {
  it('fires on the second Esc within a second', () => {
    expect(run([down('Escape', 0), down('Escape', 900)]).map((step) => step.exit)).toEqual([false, true]);
  });

  it('does not fire on Esc presses more than a second apart', () => {
    expect(exits([down('Escape', 0), down('Escape', 1200)])).toBe(0);
  });

  it('never fires while a field, dialog, menu or details takes the Esc', () => {
    expect(exits([down('Escape', 0, { consumed: true }), down('Escape', 100, { consumed: true })])).toBe(0);
  });

  it('does not fire on an Esc straight after one that closed something', () => {
    // First Esc closes a dialog (consumed), the second comes 300 ms later when the dialog is gone.
    expect(exits([down('Escape', 0, { consumed: true }), down('Escape', 300), down('Escape', 600)])).toBe(0);
  });

  it('does not fire within a second of a dialog, menu or details closing', () => {
    expect(exits([{ type: 'closed', time: 0 }, down('Escape', 200), down('Escape', 700)])).toBe(0);
    expect(exits([{ type: 'closed', time: 0 }, down('Escape', 1100), down('Escape', 1500)])).toBe(1);
  });

  it('starts again when another key comes between', () => {
    expect(exits([down('Escape', 0), down('x', 100), down('Escape', 200)])).toBe(0);
  });

  it('ignores a held-down Esc', () => {
    expect(exits([down('Escape', 0), down('Escape', 30, { repeat: true })])).toBe(0);
  });

  it('accepts the old "Esc" key name', () => {
    expect(exits([down('Esc', 0), down('Esc', 100)])).toBe(1);
  });

  it('is ready again after firing', () => {
    expect(exits([down('Escape', 0), down('Escape', 100), down('Escape', 1300), down('Escape', 1400)])).toBe(2);
  });
});
