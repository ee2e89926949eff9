import { createMemo, createSignal } from 'solid-js';
import { describeEvents, planEvents, toIcs } from '../../domain/ics';
import { fillTemplate } from '../../domain/text';
import { download } from './download';
import { findScript, type SectionProps } from './types';

/**
 * The calendar download: neutral titles unless the parent opts in, a reminder on each event, and one line
 * saying exactly what the file holds. Loaded after the page (it carries the .ics code).
 */
export default function CalendarReminders(props: SectionProps) {
  const t = () => props.text.planner.calendar;
  const [detailed, setDetailed] = createSignal(false);
  const events = createMemo(() =>
    planEvents(props.family.plan(), {
      detailed: detailed(),
      words: t().words,
      scriptTitle: (band, topic) => findScript(props.data, band, topic)?.title ?? topic,
    }),
  );
  const summary = () => {
    const counts = describeEvents(events());
    return fillTemplate(detailed() ? t().summaryDetailed : t().summary, {
      ...counts,
      talkTitle: t().words.talk,
      checkInTitle: t().words.checkIn,
    });
  };
  return (
    <div class="plan-calendar">
      <label class="plan-check">
        <input
          type="checkbox"
          checked={detailed()}
          aria-describedby="calendar-detailed-hint"
          onChange={(event) => setDetailed(event.currentTarget.checked)}
        />
        {t().detailed}
      </label>
      <p id="calendar-detailed-hint" class="plan-hint">
        {t().detailedHint}
      </p>
      <p>
        <button
          type="button"
          class="button button--quiet"
          aria-describedby="calendar-hint"
          onClick={() => download('open-door-reminders.ics', 'text/calendar', toIcs(events(), new Date()))}
        >
          {props.text.checkIns.calendar}
        </button>
      </p>
      <p id="calendar-hint" class="plan-hint" aria-live="polite">
        {summary()}
      </p>
    </div>
  );
}
