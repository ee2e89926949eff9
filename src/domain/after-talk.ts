// After the talk: marking it done with two optional quick questions, and a follow-up check-in on the day the
// script's own follow-up suggests.
import type { PlanOp } from './plan-ops';
import { LIMITS, type AfterTalk, type Child, type Plan, type PlannedTalk } from './plan-schema';
import { addDays, followUpDays, talkBand } from './talk-path';

/** Marks a talk done today. Both answers are optional; empty answers are not stored. */
export function markDoneOps(talk: PlannedTalk, today: string, answers: AfterTalk = {}): PlanOp[] {
  const after: AfterTalk = {};
  if (answers.feeling) after.feeling = answers.feeling;
  const comeBackTo = answers.comeBackTo?.trim();
  if (comeBackTo) after.comeBackTo = comeBackTo.slice(0, LIMITS.comeBackTo);
  return [
    {
      type: 'update-talk',
      id: talk.id,
      changes: { status: 'done', doneOn: today, ...(Object.keys(after).length > 0 ? { after } : {}) },
    },
  ];
}

/** The day the script's follow-up suggests, counted from the day the talk was done. */
export function followUpDate(talk: PlannedTalk, child: Child, today: string): string {
  return addDays(talk.doneOn ?? today, followUpDays(talkBand(talk, child), talk.topic));
}

/** The follow-up check-in already made for a talk, if any. */
export function followUpFor(plan: Plan, talkId: string) {
  return plan.checkIns.find((checkIn) => checkIn.followsTalk === talkId);
}

/** Adds the follow-up as a one-off check-in (once per talk). */
export function followUpOps(
  plan: Plan,
  talk: PlannedTalk,
  checkIn: { id: string; label: string; date: string },
): PlanOp[] {
  if (followUpFor(plan, talk.id)) return [];
  return [
    {
      type: 'add-check-in',
      checkIn: {
        id: checkIn.id,
        label: checkIn.label.slice(0, LIMITS.checkInLabel),
        date: checkIn.date,
        repeat: 'none',
        followsTalk: talk.id,
      },
    },
  ];
}
