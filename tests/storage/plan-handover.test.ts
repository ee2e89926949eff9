// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/domain/plan-schema';
import { HANDOVER_KEY, handOverToPlan, takeHandover } from '../../src/storage/plan-handover';

const talk = '11-13/what-sextortion-is';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('handing words to My plan', () => {
  it('keeps them in this tab only and gives them back once', () => {
    handOverToPlan(talk, ['Things to agree:', '- We tell each other the same day.']);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem(HANDOVER_KEY)).toContain('We tell each other the same day.');
    expect(takeHandover(talk, LIMITS.note)).toBe('Things to agree:\n- We tell each other the same day.');
    expect(sessionStorage.getItem(HANDOVER_KEY)).toBeNull();
    expect(takeHandover(talk, LIMITS.note)).toBeUndefined();
  });

  it('throws words for another talk away instead of keeping them', () => {
    handOverToPlan(talk, ['From practising this talk:']);
    expect(takeHandover('11-13/friends-who-move-fast', LIMITS.note)).toBeUndefined();
    expect(sessionStorage.getItem(HANDOVER_KEY)).toBeNull();
  });

  it('carries on without the words when storage is blocked or full', () => {
    const blocked = () => {
      throw new DOMException('Blocked', 'SecurityError');
    };
    // Blocked outright (some private modes, site settings): even reading sessionStorage throws.
    const getter = vi.spyOn(globalThis, 'sessionStorage', 'get').mockImplementation(blocked);
    expect(() => handOverToPlan(talk, ['Things to agree:'])).not.toThrow();
    expect(takeHandover(talk, LIMITS.note)).toBeUndefined();
    // There, but every call fails (full, or blocked per call).
    const failing = { setItem: blocked, getItem: blocked, removeItem: blocked } as unknown as Storage;
    getter.mockImplementation(() => failing);
    expect(() => handOverToPlan(talk, ['Things to agree:'])).not.toThrow();
    expect(takeHandover(talk, LIMITS.note)).toBeUndefined();
  });
});
