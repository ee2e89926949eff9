// iCalendar (RFC 5545) reminders for planned talks and check-ins: all-day events, each with an alarm, and
// discreet by default. Calendars are often shared or synced to a cloud, so the default titles say only
// "Family chat" / "Check-in"; names and talk titles appear only when the parent opts in, and private notes
// (or the answers after a talk) never go into the file.
import type { CheckIn, Plan } from './plan-schema';
import { talkBand } from './talk-path';
import { fillTemplate } from './text';

export interface CalendarEvent {
  uid: string;
  date: string; // YYYY-MM-DD
  summary: string;
  description: string;
  repeat: CheckIn['repeat'];
}

/** The words the events use (from src/i18n, so they can be translated). */
export interface CalendarWords {
  talk: string;
  checkIn: string;
  /** "Talk with {name}: {title}" */
  talkDetailed: string;
  /** "Check-in: {label}" */
  checkInDetailed: string;
  /** Said in every event's description when titles are neutral. */
  neutralDescription: string;
  /** "Script: {title}. It is in Open Door under Talk." */
  talkDescription: string;
  checkInDescription: string;
}

export interface CalendarOptions {
  /** Names and talk titles in the events: off unless the parent chooses it. */
  detailed: boolean;
  words: CalendarWords;
  scriptTitle: (band: string, topic: string) => string;
}

const RRULES: Record<CheckIn['repeat'], string | undefined> = {
  none: undefined,
  monthly: 'FREQ=MONTHLY',
  termly: 'FREQ=MONTHLY;INTERVAL=4',
  yearly: 'FREQ=YEARLY',
};

/** The alarm goes off at 09:00 on the day (all-day events start at midnight, in the calendar's own zone). */
export const ALARM_TRIGGER = 'PT9H';

/**
 * Makes a value safe for a TEXT property: unpaired surrogates become U+FFFD, every kind of line break
 * (CRLF, a lone CR, LF, NEL, U+2028/9) becomes one new line, tabs become spaces, and every other control
 * character (C0, DEL, C1) is removed, since RFC 5545 3.3.11 allows none of them in TEXT.
 */
export function cleanText(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .split('')
    .filter((unit) => !isControl(unit.charCodeAt(0)))
    .join('');
}

/** C0 (but the new line, kept until escaping), DEL and C1 control characters. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

/** Escapes TEXT values (RFC 5545 3.3.11), after cleaning them. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** Folds a content line at 75 octets, never splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export function toIcs(events: readonly CalendarEvent[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Open Door//Family plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    const summary = escapeText(event.summary);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@open-door`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    const rule = RRULES[event.repeat];
    if (rule) lines.push(`RRULE:${rule}`);
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${summary}`, `TRIGGER:${ALARM_TRIGGER}`, 'END:VALARM');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * Reminders from a plan: each talk still planned that has a date, and every check-in. Notes, the answers
 * after a talk and the code word are never used.
 */
export function planEvents(plan: Plan, options: CalendarOptions): CalendarEvent[] {
  const { words, detailed } = options;
  const children = new Map(plan.children.map((child) => [child.id, child]));
  const talks = plan.talks.flatMap((talk): CalendarEvent[] => {
    const child = children.get(talk.childId);
    if (!talk.plannedFor || talk.status !== 'planned' || !child) return [];
    const title = options.scriptTitle(talkBand(talk, child), talk.topic);
    return [
      {
        uid: `talk-${talk.id}`,
        date: talk.plannedFor,
        summary: detailed ? fillTemplate(words.talkDetailed, { name: child.nickname, title }) : words.talk,
        description: detailed ? fillTemplate(words.talkDescription, { title }) : words.neutralDescription,
        repeat: 'none',
      },
    ];
  });
  const checkIns = plan.checkIns.map((checkIn): CalendarEvent => ({
    uid: `check-in-${checkIn.id}`,
    date: checkIn.date,
    summary: detailed ? fillTemplate(words.checkInDetailed, { label: checkIn.label }) : words.checkIn,
    description: detailed ? words.checkInDescription : words.neutralDescription,
    repeat: checkIn.repeat,
  }));
  return [...talks, ...checkIns];
}

/** What a calendar file holds, for the one line said next to the download. */
export function describeEvents(events: readonly CalendarEvent[]): { talks: number; checkIns: number } {
  const talks = events.filter((event) => event.uid.startsWith('talk-')).length;
  return { talks, checkIns: events.length - talks };
}
