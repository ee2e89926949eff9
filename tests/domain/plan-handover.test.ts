import { describe, expect, it } from 'vitest';
import {
  HANDOVER_MAX_AGE_MS,
  handoverNote,
  handoverTalk,
  readHandover,
  writeHandover,
} from '../../src/domain/plan-handover';
import { LIMITS } from '../../src/domain/plan-schema';

const talk = handoverTalk({ band: '14-17', topic: 'if-it-ever-happens' });
const now = Date.UTC(2026, 11, 1, 12);
const lines = ['From practising this talk:', 'You practised 4 replies.', 'The one to come back to: "Just leave it."'];
const read = (stored: string | null, forTalk = talk, at = now) => readHandover(stored, forTalk, at, LIMITS.note);

describe('plan handover', () => {
  it('names the talk as the request in the address does', () => {
    expect(talk).toBe('14-17/if-it-ever-happens');
  });

  it('hands the words over for the same talk, as one note', () => {
    expect(read(writeHandover(talk, lines, now), talk, now + 5_000)).toBe(lines.join('\n'));
  });

  it('never hands words to another talk', () => {
    const stored = writeHandover(talk, lines, now);
    expect(read(stored, '14-17/what-sextortion-is')).toBeUndefined();
    expect(read(stored, '11-13/if-it-ever-happens')).toBeUndefined();
  });

  it('lets old words go', () => {
    const stored = writeHandover(talk, lines, now);
    expect(read(stored, talk, now + HANDOVER_MAX_AGE_MS)).toBe(lines.join('\n'));
    expect(read(stored, talk, now + HANDOVER_MAX_AGE_MS + 1)).toBeUndefined();
    // Written "in the future" (a clock put back): not trusted either.
    expect(read(stored, talk, now - 10 * 60_000)).toBeUndefined();
  });

  it('ignores anything malformed', () => {
    for (const stored of [null, '', 'not json', '42', 'null', '[]', '"text"', JSON.stringify({ talk })]) {
      expect(read(stored), String(stored)).toBeUndefined();
    }
    for (const wrong of [
      { talk, lines: 'one line', at: now },
      { talk, lines: ['ok', 7], at: now },
      { talk, lines: ['ok'], at: 'now' },
      { talk, lines: ['ok'], at: Number.NaN },
      { talk, lines: [' ', ''], at: now },
    ]) {
      expect(read(JSON.stringify(wrong)), JSON.stringify(wrong)).toBeUndefined();
    }
  });

  it('keeps a note within what the plan can store, however long the words', () => {
    const many = ['Things to agree:', ...Array.from({ length: 40 }, (_, index) => `- ${'x'.repeat(90)} ${index}`)];
    const note = handoverNote(many, LIMITS.note);
    expect(note.length).toBe(LIMITS.note);
    expect(note.endsWith('…')).toBe(true);
    expect(read(writeHandover(talk, many, now))).toBe(note);
  });

  it('drops blank lines and stray spaces', () => {
    expect(handoverNote(['  Things to agree:  ', '', '- Tell us the same day. ', '   '], LIMITS.note)).toBe(
      'Things to agree:\n- Tell us the same day.',
    );
  });
});
