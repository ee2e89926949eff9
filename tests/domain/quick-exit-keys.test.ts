import { describe, expect, it } from 'vitest';
import { createQuickExitDetector, type KeyPress } from '../../src/domain/quick-exit-keys';

function press(key: string, time: number, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, time, repeat: false, typing: false, ...extra };
}

function feed(presses: KeyPress[]): boolean[] {
  const detect = createQuickExitDetector();
  return presses.map((keyPress) => detect(keyPress));
}

describe('quick exit shortcuts', () => {
  it('fires on the third Shift within five seconds', () => {
    expect(feed([press('Shift', 0), press('Shift', 1000), press('Shift', 4000)])).toEqual([false, false, true]);
  });

  it('does not fire when the Shift presses are spread over more than five seconds', () => {
    expect(feed([press('Shift', 0), press('Shift', 3000), press('Shift', 6000)])).toEqual([false, false, false]);
  });

  it('starts again when another key comes between, so typing capitals never triggers it', () => {
    expect(feed([press('Shift', 0), press('A', 10), press('Shift', 20), press('B', 30), press('Shift', 40)])).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('ignores a held-down Shift key', () => {
    expect(
      feed([press('Shift', 0), press('Shift', 30, { repeat: true }), press('Shift', 60, { repeat: true })]),
    ).toEqual([false, false, false]);
  });

  it('fires on Esc twice within a second', () => {
    expect(feed([press('Escape', 0), press('Escape', 900)])).toEqual([false, true]);
  });

  it('does not fire on Esc presses more than a second apart', () => {
    expect(feed([press('Escape', 0), press('Escape', 1200)])).toEqual([false, false]);
  });

  it('ignores Esc while the person is typing in a field', () => {
    expect(feed([press('Escape', 0, { typing: true }), press('Escape', 100, { typing: true })])).toEqual([
      false,
      false,
    ]);
  });

  it('still lets Shift fire while typing, since Shift alone types nothing', () => {
    expect(
      feed([
        press('Shift', 0, { typing: true }),
        press('Shift', 100, { typing: true }),
        press('Shift', 200, { typing: true }),
      ]),
    ).toEqual([false, false, true]);
  });

  it('is ready again after firing', () => {
    expect(feed([press('Escape', 0), press('Escape', 100), press('Escape', 200), press('Escape', 300)])).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });
});
