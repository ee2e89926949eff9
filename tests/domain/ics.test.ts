import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  ALARM_TRIGGER,
  cleanText,
  describeEvents,
  escapeText,
  foldLine,
  planEvents,
  toIcs,
} from '../../src/domain/ics';
import type { Plan } from '../../src/domain/plan-schema';
import { enPlanner } from '../../src/i18n/en-planner';
import { planFixture } from './plan-helpers';

/** No control character but TAB (0x09) in a content line (RFC 5545 3.1: CR and LF only as line ends). */
const noControlCharacters = (line: string) =>
  [...line].every((character) => {
    const code = character.codePointAt(0)!;
    return code === 0x09 || (code >= 0x20 && code !== 0x7f);
  });

const now = new Date('2026-11-28T21:00:00Z');
const words = enPlanner.calendar.words;
const scriptTitle = (band: string, topic: string) => `${topic} (${band})`;
const v1 = planFixture(1) as Plan;
const v2 = planFixture(2) as Plan;
const ics = (plan: Plan, detailed = false) => toIcs(planEvents(plan, { detailed, words, scriptTitle }), now);
const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

/**
 * A strict reading of RFC 5545 on top of ical.js (which is forgiving): CRLF only, every physical line at most
 * 75 octets, valid UTF-8, no control characters, well-formed content lines, balanced components, and the
 * properties every VEVENT and VALARM must have.
 */
function strictCheck(text: string): void {
  const bytes = new TextEncoder().encode(text);
  expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(noControlCharacters(line), line).toBe(true);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(line.length).toBeGreaterThan(0);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: string[] = [];
  let properties = new Set<string>();
  const frames: Set<string>[] = [];
  for (const line of logical) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z][A-Z0-9-]*=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, , value] = match!;
    if (name === 'BEGIN') {
      stack.push(value!);
      frames.push(properties);
      properties = new Set();
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT') for (const wanted of ['UID', 'DTSTAMP', 'DTSTART']) expect(properties).toContain(wanted);
      if (value === 'VALARM')
        for (const wanted of ['ACTION', 'TRIGGER', 'DESCRIPTION']) expect(properties).toContain(wanted);
      properties = frames.pop()!;
    } else {
      properties.add(name!);
      // Escaped TEXT: a backslash only ever starts \\, \;, \, or \n.
      if (['SUMMARY', 'DESCRIPTION'].includes(name!)) expect(value!.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[\\;,]/);
    }
  }
  expect(stack).toEqual([]);
}

describe('.ics reminders', () => {
  it('makes events for talks still planned with a date and for every check-in, and a parser reads them back', () => {
    const text = ics(v2);
    strictCheck(text);
    const events = parse(text);
    expect(events.map((event) => event.uid)).toEqual([
      'talk-talk-2@open-door',
      'check-in-check-1@open-door',
      'check-in-check-2@open-door',
    ]);
    expect(events[0]!.startDate.toString()).toBe('2026-12-05');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[1]!.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;INTERVAL=4');
  });

  it('uses neutral titles by default: no names, no talk titles, no labels', () => {
    const text = ics(v2);
    expect(parse(text).map((event) => event.summary)).toEqual(['Family chat', 'Check-in', 'Check-in']);
    for (const secret of ['Ash', 'Bee', 'if-it-ever-happens', 'Start of term', 'Follow up'])
      expect(text).not.toContain(secret);
  });

  it('shows names and titles only when asked', () => {
    const events = parse(ics(v2, true));
    expect(events.map((event) => event.summary)).toEqual([
      'Talk with Ash: if-it-ever-happens (14-17)',
      'Check-in: Start of term',
      'Check-in: Follow up: How sextortion actually works',
    ]);
  });

  it('never includes private notes, the answers after a talk or the code word, detailed or not', () => {
    const plan: Plan = { ...v2, talks: v2.talks.map((talk) => ({ ...talk, note: `secret note ${talk.id}` })) };
    for (const detailed of [false, true]) {
      const text = ics(plan, detailed);
      for (const secret of ['secret note', 'money part', 'pineapple', '07700', 'Auntie'])
        expect(text).not.toContain(secret);
    }
  });

  it('gives every event an alarm at 9:00 on the day', () => {
    const events = parse(ics(v2));
    for (const event of events) {
      const alarms = event.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarms[0]!.getFirstPropertyValue('trigger')?.toString()).toBe(ALARM_TRIGGER);
      expect(alarms[0]!.getFirstPropertyValue('description')).toBe(event.summary);
    }
  });

  it('leaves out talks that are done, skipped or have no date', () => {
    const events = planEvents(v2, { detailed: false, words, scriptTitle });
    expect(events.filter((event) => event.uid.startsWith('talk-')).map((event) => event.uid)).toEqual(['talk-talk-2']);
    expect(describeEvents(events)).toEqual({ talks: 1, checkIns: 2 });
    expect(describeEvents(planEvents(v1, { detailed: false, words, scriptTitle }))).toEqual({ talks: 1, checkIns: 1 });
  });
});

describe('RFC 5545 text', () => {
  it('folds long lines at 75 octets without breaking UTF-8 characters', () => {
    for (const long of [`SUMMARY:${'é'.repeat(100)}`, `SUMMARY:${'😀'.repeat(40)}`, `SUMMARY:${'a'.repeat(200)}`]) {
      const folded = foldLine(long);
      for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(long);
    }
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(foldLine(`X:${'a'.repeat(73)}`)).not.toContain('\r\n');
    expect(foldLine(`X:${'a'.repeat(74)}`)).toContain('\r\n');
  });

  it('escapes commas, semicolons, backslashes and new lines, and the parser undoes it', () => {
    const summary = 'Talk; then, maybe \\ a walk\nor tea';
    expect(escapeText(summary)).toBe('Talk\\; then\\, maybe \\\\ a walk\\nor tea');
    const text = toIcs([{ uid: 'x', date: '2027-01-01', summary, description: 'd', repeat: 'none' }], now);
    expect(parse(text)[0]!.summary).toBe(summary);
  });

  it('turns every kind of line break into one new line and removes control characters', () => {
    expect(cleanText('a\r\nb\rc\nd\u0085e\u2028f')).toBe('a\nb\nc\nd\ne\nf');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u009bf\tg')).toBe('abcdef g');
    expect(cleanText('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe('lone \uFFFD high, lone \uFFFD low, pair 😀');
  });

  const hostile = [
    'Sam\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
    'Sam\rDESCRIPTION:sneaky',
    'Sam\nATTACH:http://example.invalid/x',
    'Sam\u0000\u0001\u001b[31m\u007f\u0085',
    '\\n is not a new line; nor, this \\',
    '👩‍👩‍👧‍👦'.repeat(10),
    `é${'😀'.repeat(30)}`,
    'lone \uD83D surrogate',
    ' leading space and a tab\tinside',
    '"quoted";param=value:colon',
  ];

  it.each(hostile.map((value) => [JSON.stringify(value), value]))(
    'keeps a hostile nickname %s inside its own SUMMARY',
    (_name, nickname) => {
      const plan: Plan = { ...v2, children: v2.children.map((child) => ({ ...child, nickname })) };
      const text = ics(plan, true);
      strictCheck(text);
      const events = parse(text);
      expect(events).toHaveLength(3);
      expect(events[0]!.summary).toBe(cleanText(`Talk with ${nickname}: if-it-ever-happens (14-17)`));
      expect(events.every((event) => !event.component.hasProperty('attach'))).toBe(true);
      // With neutral titles the nickname is not in the file at all.
      expect(ics(plan)).not.toContain(nickname.slice(0, 3) === 'Sam' ? 'Sam' : nickname);
    },
  );

  it('stays strictly valid for any text at all (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 200 }), (summary, label) => {
        const text = toIcs(
          [
            { uid: 'a', date: '2027-01-01', summary, description: label, repeat: 'none' },
            { uid: 'b', date: '2027-01-02', summary: label, description: summary, repeat: 'yearly' },
          ],
          now,
        );
        strictCheck(text);
        const events = parse(text);
        expect(events[0]!.summary).toBe(cleanText(summary));
        expect(events[1]!.description).toBe(cleanText(summary));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
