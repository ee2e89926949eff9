/** A key press as the detector needs it: no DOM types, so it can be tested in Node. */
export interface KeyPress {
  key: string;
  /** Milliseconds, from event.timeStamp or performance.now(). */
  time: number;
  /** True when held down and repeating; repeats never count. */
  repeat: boolean;
  /** True when focus is in a text field, where Esc must keep its usual meaning. */
  typing: boolean;
}

/** Shift three times within 5 s (GOV.UK's pattern); another key in between starts again. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
/** Esc twice within 1 s (NSW's pattern), not while typing. */
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;

/** Returns a function that takes each key press and answers whether quick exit should fire. */
export function createQuickExitDetector(): (press: KeyPress) => boolean {
  let run: { key: string; times: number[] } = { key: '', times: [] };

  return (press) => {
    if (press.repeat) return false;
    const isShift = press.key === 'Shift';
    const isEscape = (press.key === 'Escape' || press.key === 'Esc') && !press.typing;
    if (!isShift && !isEscape) {
      run = { key: '', times: [] };
      return false;
    }
    const key = isShift ? 'Shift' : 'Escape';
    const [needed, windowMs] = isShift ? [SHIFT_PRESSES, SHIFT_WINDOW_MS] : [ESCAPE_PRESSES, ESCAPE_WINDOW_MS];
    const times = run.key === key ? [...run.times, press.time] : [press.time];
    const recent = times.filter((time) => press.time - time <= windowMs);
    if (recent.length >= needed) {
      run = { key: '', times: [] };
      return true;
    }
    run = { key, times: recent };
    return false;
  };
}
