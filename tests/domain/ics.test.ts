import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planEvents, toIcs } from '../../src/domain/ics';
import type { Plan } from '../../src/domain/plan-schema';
import { planFixture } from './plan-helpers';

const now = new Date('2026-11-28T21:00:00Z');
const plan = planFixture(1) as Plan;
const title = (band: string, topic: string) => `${topic} (${band})`;

describe('.ics reminders', () => {
  it('makes events for planned talks with a date and for every check-in, and a parser reads them back', () => {
    const text = toIcs(planEvents(plan, title), now);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Talk with Ash: the-money-demand-script (14-17)',
      'Family check-in: Start of term',
    ]);
    expect(events[0]!.startDate.toString()).toBe('2026-12-05');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.description).toContain('In the car after football; keep it short.');
    expect(events[1]!.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;INTERVAL=4');
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
  });

  it('leaves out talks that are done or have no date', () => {
    const events = planEvents(plan, title);
    expect(events.filter((event) => event.uid.startsWith('talk-'))).toHaveLength(1);
  });

  it('uses CRLF and folds long lines at 75 octets without breaking characters', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const text = toIcs(planEvents(plan, title), now);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and new lines in text, and the parser undoes it', () => {
    const summary = 'Talk; then, maybe \\ a walk\nor tea';
    expect(escapeText(summary)).toBe('Talk\\; then\\, maybe \\\\ a walk\\nor tea');
    const text = toIcs([{ uid: 'x', date: '2027-01-01', summary, description: 'd', repeat: 'none' }], now);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
  });
});
