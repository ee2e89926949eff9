import * as v from 'valibot';
import { climbLadder, type MigrationStep } from './migrations';
import { QUIZ_PROGRESS_VERSION, quizProgressSchema, type QuizProgress } from './quiz';

/**
 * Quiz progress of any past version, brought up to the current one by the same ladder as the plan
 * (domain/migrations.ts). Add a step here whenever QUIZ_PROGRESS_VERSION goes up.
 */
export const QUIZ_STEPS: Readonly<Record<number, MigrationStep>> = {
  // Version 1 is the first.
};

export type QuizMigration = { ok: true; progress: QuizProgress } | { ok: false; reason: 'newer-version' | 'invalid' };

export function migrateQuizProgress(raw: unknown): QuizMigration {
  const climbed = climbLadder(raw, QUIZ_PROGRESS_VERSION, QUIZ_STEPS);
  if (!climbed.ok) return { ok: false, reason: climbed.reason === 'newer-version' ? 'newer-version' : 'invalid' };
  const parsed = v.safeParse(quizProgressSchema, climbed.value);
  return parsed.success ? { ok: true, progress: parsed.output } : { ok: false, reason: 'invalid' };
}
