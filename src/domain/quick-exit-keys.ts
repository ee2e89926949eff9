/**
 * The quick-exit keyboard shortcuts as a pure state machine (no DOM types, so it is tested in Node).
 *
 * Shift three times, the way GOV.UK's "Exit this page" counts it: a press counts when Shift goes down
 * and comes up again on its own. Shift used as a modifier (Shift+A, Shift+Tab, Shift+click) does not
 * count, and any other key in between starts again. Each counted press gives the next one 5 seconds.
 *
 * Esc twice within a second, unless something else on the page took that Esc: a field, a dialog, a
 * menu or an open <details> (the caller says so with `consumed`), or one of them closed less than a
 * second ago.
 */
export type QuickExitInput =
  | {
      type: 'keydown';
      key: string;
      /** Milliseconds, from event.timeStamp or performance.now(). */
      time: number;
      /** True when held down and repeating; repeats never count. */
      repeat: boolean;
      /** True when this Esc belongs to something else: a field, dialog, menu or details, or a handler prevented it. */
      consumed: boolean;
    }
  | { type: 'keyup'; key: string; time: number }
  /** A pointer press or wheel turn: while Shift is held, that Shift is a modifier. */
  | { type: 'pointer'; time: number }
  /** A dialog, menu or details closed: an Esc straight after it was meant for it. */
  | { type: 'closed'; time: number }
  /** The page was shown again (back-forward cache), lost focus, or the timer ran out. */
  | { type: 'reset' };

export interface QuickExitStep {
  /** Leave now. */
  exit: boolean;
  /** Shift presses counted so far in this run (0: none, or the run was just broken). */
  shiftCount: number;
}

export const SHIFT_PRESSES = 3;
/** Longest gap between two counted Shift presses (GOV.UK uses 5 s). */
export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;
/** An Esc this soon after something closed was meant for that thing. */
export const CLOSED_GRACE_MS = 1000;

const isEscape = (key: string): boolean => key === 'Escape' || key === 'Esc';

/** Returns a function that takes each input and answers whether to leave, and how far the Shift run has got. */
export function createQuickExitDetector(): (input: QuickExitInput) => QuickExitStep {
  let shiftHeld = false;
  let shiftAlone = false;
  let shiftTimes: number[] = [];
  let escapeTimes: number[] = [];
  let lastClosed = Number.NEGATIVE_INFINITY;

  const step = (exit = false): QuickExitStep => ({ exit, shiftCount: shiftTimes.length });

  return (input) => {
    switch (input.type) {
      case 'reset':
        shiftHeld = shiftAlone = false;
        shiftTimes = [];
        escapeTimes = [];
        return step();
      case 'closed':
        lastClosed = input.time;
        escapeTimes = [];
        return step();
      case 'pointer':
        if (shiftHeld) shiftAlone = false;
        return step();
      case 'keyup':
        if (input.key !== 'Shift') {
          if (shiftHeld) shiftAlone = false;
          return step();
        }
        if (shiftHeld && shiftAlone) {
          const last = shiftTimes.at(-1);
          if (last !== undefined && input.time - last > SHIFT_WINDOW_MS) shiftTimes = [];
          shiftTimes.push(input.time);
          if (shiftTimes.length >= SHIFT_PRESSES) {
            shiftTimes = [];
            shiftHeld = shiftAlone = false;
            return step(true);
          }
        }
        shiftHeld = shiftAlone = false;
        return step();
      case 'keydown':
        if (input.key === 'Shift') {
          if (!input.repeat) {
            shiftHeld = true;
            shiftAlone = true;
            escapeTimes = [];
          }
          return step();
        }
        // Any other key: the Shift held now is a modifier, and the Shift run is broken.
        shiftAlone = false;
        shiftTimes = [];
        if (!isEscape(input.key)) {
          escapeTimes = [];
          return step();
        }
        if (input.repeat) return step();
        if (input.consumed || input.time - lastClosed < CLOSED_GRACE_MS) {
          if (input.consumed) lastClosed = input.time;
          escapeTimes = [];
          return step();
        }
        escapeTimes = [...escapeTimes, input.time].filter((time) => input.time - time <= ESCAPE_WINDOW_MS);
        if (escapeTimes.length >= ESCAPE_PRESSES) {
          escapeTimes = [];
          return step(true);
        }
        return step();
    }
  };
}
