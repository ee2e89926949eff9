// iCalendar (RFC 5545) reminders for planned talks and check-ins: all-day events, folded lines, CRLF.
import type { CheckIn, Plan } from './plan-schema';

export interface CalendarEvent {
  uid: string;
  date: string; // YYYY-MM-DD
  summary: string;
  description: string;
  repeat: CheckIn['repeat'];
}

const RRULES: Record<CheckIn['repeat'], string | undefined> = {
  none: undefined,
  monthly: 'FREQ=MONTHLY',
  termly: 'FREQ=MONTHLY;INTERVAL=4',
  yearly: 'FREQ=YEARLY',
};

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
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
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@open-door`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
    );
    const rule = RRULES[event.repeat];
    if (rule) lines.push(`RRULE:${rule}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Reminders from a plan: each planned talk with a date (not yet done), and every check-in. */
export function planEvents(plan: Plan, scriptTitle: (band: string, topic: string) => string): CalendarEvent[] {
  const children = new Map(plan.children.map((child) => [child.id, child]));
  const talks = plan.talks.flatMap((talk): CalendarEvent[] => {
    const child = children.get(talk.childId);
    if (!talk.plannedFor || talk.status === 'done' || !child) return [];
    return [
      {
        uid: `talk-${talk.id}`,
        date: talk.plannedFor,
        summary: `Talk with ${child.nickname}: ${scriptTitle(child.band, talk.topic)}`,
        description: `The script is in Open Door under Talk, ${child.band}.${talk.note ? `\n\n${talk.note}` : ''}`,
        repeat: 'none',
      },
    ];
  });
  const checkIns = plan.checkIns.map((checkIn): CalendarEvent => ({
    uid: `check-in-${checkIn.id}`,
    date: checkIn.date,
    summary: `Family check-in: ${checkIn.label}`,
    description:
      'Time to revisit your family plan in Open Door: what has changed, and is everyone still happy with it?',
    repeat: checkIn.repeat,
  }));
  return [...talks, ...checkIns];
}
