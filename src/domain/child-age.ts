// Children who grow: the age band from an optional birth month and year. Only a month and a year are ever
// stored, so the birthday is taken as the first of the birth month (a child counts as 11 for all of the
// month they turn 11). "Today" is always passed in; nothing here reads the clock.
import { BAND_IDS, type BandId } from './bands';
import type { PlanOp } from './plan-ops';
import type { BandNotice, Child, Plan } from './plan-schema';

/** A calendar month: month is 1 to 12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** A stored birth month ("2015-11") as numbers. */
export function parseBirth(birth: string): YearMonth {
  return { year: Number(birth.slice(0, 4)), month: Number(birth.slice(5, 7)) };
}

/** The stored form of a birth month: "2015-11". */
export function formatBirth(birth: YearMonth): string {
  return `${String(birth.year).padStart(4, '0')}-${String(birth.month).padStart(2, '0')}`;
}

/** Where a child's age puts them: a band, younger than the first band, or grown up (18 or over). */
export type Stage = BandId | 'not-yet' | 'grown-up';

/** Lowest age (inclusive) of each band, youngest first. */
const BAND_STARTS: readonly [BandId, number][] = [
  ['4-7', 4],
  ['8-10', 8],
  ['11-13', 11],
  ['14-17', 14],
];
export const GROWN_UP_AGE = 18;

/** The calendar month of a moment, in the device's own time zone (what the parent's calendar shows). */
export function monthOf(date: Date): YearMonth {
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

/** Whole years of age in a given month. */
export function ageInMonth(birth: YearMonth, today: YearMonth): number {
  return today.year - birth.year - (today.month < birth.month ? 1 : 0);
}

export function stageForAge(age: number): Stage {
  if (age >= GROWN_UP_AGE) return 'grown-up';
  let stage: Stage = 'not-yet';
  for (const [band, start] of BAND_STARTS) if (age >= start) stage = band;
  return stage;
}

export function stageFor(birth: YearMonth, today: YearMonth): Stage {
  return stageForAge(ageInMonth(birth, today));
}

/** Why a birth month can't be used, or undefined when it can. */
export function birthMonthProblem(birth: YearMonth, today: YearMonth): 'in-future' | 'too-old' | undefined {
  if (birth.year > today.year || (birth.year === today.year && birth.month > today.month)) return 'in-future';
  if (ageInMonth(birth, today) >= GROWN_UP_AGE + 2) return 'too-old';
  return undefined;
}

/** The band the plan should use for a child with this birth month: the youngest band before 4, 14-17 after 17. */
export function bandForBirth(birth: YearMonth, today: YearMonth): BandId {
  const stage = stageFor(birth, today);
  if (stage === 'not-yet') return BAND_IDS[0];
  if (stage === 'grown-up') return BAND_IDS[BAND_IDS.length - 1]!;
  return stage;
}

/** The first month in which the child is in a different band than now (or grown up), if any. */
export function nextBandChange(birth: YearMonth, today: YearMonth): YearMonth | undefined {
  const age = ageInMonth(birth, today);
  const current = stageForAge(age);
  if (current === 'grown-up') return undefined;
  for (let later = age + 1; later <= GROWN_UP_AGE; later += 1) {
    if (stageForAge(later) !== current) return { year: birth.year + later, month: birth.month };
  }
  return undefined;
}

function storedStage(child: Child): Stage {
  return child.grownUp ? 'grown-up' : child.band;
}

const order = (stage: Stage): number =>
  stage === 'not-yet' ? -1 : stage === 'grown-up' ? BAND_IDS.length : BAND_IDS.indexOf(stage);

/**
 * The changes that let every child with a birth month follow the date. A child who has moved on to an older
 * band (or turned 18) gets a notice, shown once; a corrected birth month that makes them younger just
 * moves them back quietly. Children without a birth month are never touched.
 */
export function growUpOps(plan: Plan, today: YearMonth): PlanOp[] {
  return plan.children.flatMap((child): PlanOp[] => {
    if (!child.birth) return [];
    const birth = parseBirth(child.birth);
    const now = stageFor(birth, today);
    const before = storedStage(child);
    const band = bandForBirth(birth, today);
    if (now === before || (now === 'not-yet' && before === band)) return [];
    const olderNow = order(now) > order(before);
    const notice: BandNotice | undefined =
      olderNow && now !== 'not-yet' ? { from: child.band, to: now === 'grown-up' ? 'grown-up' : now } : undefined;
    const changes: Partial<Omit<Child, 'id'>> = { band, grownUp: now === 'grown-up' ? true : undefined };
    // A newer change replaces an unseen one; moving back younger clears it.
    changes.bandNotice = notice ? { from: child.bandNotice?.from ?? notice.from, to: notice.to } : undefined;
    return [{ type: 'update-child', id: child.id, changes }];
  });
}

/** The change when a parent sets (or clears) a birth month by hand: the band follows at once, no notice. */
export function setBirthOps(child: Child, birth: YearMonth | undefined, today: YearMonth): PlanOp[] {
  if (!birth) return [{ type: 'update-child', id: child.id, changes: { birth: undefined, grownUp: undefined } }];
  const stage = stageFor(birth, today);
  return [
    {
      type: 'update-child',
      id: child.id,
      changes: {
        birth: formatBirth(birth),
        band: bandForBirth(birth, today),
        grownUp: stage === 'grown-up' ? true : undefined,
        bandNotice: undefined,
      },
    },
  ];
}

/** Children whose band change has not been seen yet. */
export function pendingNotices(plan: Plan): { child: Child; notice: BandNotice }[] {
  return plan.children.flatMap((child) => (child.bandNotice ? [{ child, notice: child.bandNotice }] : []));
}

/** The change that marks a notice as seen. */
export function dismissNoticeOp(childId: string): PlanOp {
  return { type: 'update-child', id: childId, changes: { bandNotice: undefined } };
}
