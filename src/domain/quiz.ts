// Valibot rather than zod: this runs in the browser, and valibot tree-shakes to a fraction of the size.
import * as v from 'valibot';
import { BAND_IDS, type BandId } from './bands';

/**
 * Scenario quiz progress for one band, as stored on the device. Pure functions only: the island renders
 * it and src/storage keeps it. Bump QUIZ_PROGRESS_VERSION (and add a migration) if the shape changes.
 */
export const QUIZ_PROGRESS_VERSION = 2;

/** The ways to play, in the order the island offers them. */
export const QUIZ_MODES = ['together', 'alone'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** A per-play number (32-bit unsigned) that fixes the order options appear in, so a resumed quiz looks the same. */
const seedSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));

const progressFields = {
  band: v.picklist(BAND_IDS),
  mode: v.picklist(QUIZ_MODES),
  /** Scenario ids in the order they are asked. */
  order: v.pipe(v.array(v.string()), v.maxLength(500)),
  /** The option chosen for each answered scenario. */
  answers: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
  /** Index into order of the scenario on screen; order.length means finished. */
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** ISO time of the last change. */
  updatedAt: v.string(),
};

export const quizProgressSchema = v.object({
  schemaVersion: v.literal(QUIZ_PROGRESS_VERSION),
  ...progressFields,
  /** Shuffles the options of this play; answers are stored as the option's index in the content, not on screen. */
  seed: seedSchema,
});

/** Version 1 (before options were shuffled): the same, without a seed. */
const quizProgressV1Schema = v.object({ schemaVersion: v.literal(1), ...progressFields });

export type QuizProgress = v.InferOutput<typeof quizProgressSchema>;

/** A fresh seed for a new play; the island passes one in so the domain stays deterministic. */
export function newQuizSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x100000000) >>> 0;
}

/** Brings stored progress of any known version to the current shape (a v1 play gets the given seed). */
export function migrateQuizProgress(raw: unknown, seed: number): unknown {
  const v1 = v.safeParse(quizProgressV1Schema, raw);
  if (v1.success) return { ...v1.output, schemaVersion: QUIZ_PROGRESS_VERSION, seed: seed >>> 0 };
  return raw;
}

// FNV-1a, so the same seed and scenario id always give the same order, whatever else the quiz holds.
function hash(text: string, seed: number): number {
  let value = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

// mulberry32: a small, well-spread generator for the shuffle.
function generator(state: number): () => number {
  let current = state >>> 0;
  return () => {
    current = (current + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(current ^ (current >>> 15), 1 | current);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 0x100000000;
  };
}

/**
 * The order a scenario's options are shown in for this play: a permutation of 0..count-1 that depends only
 * on the seed and the scenario id (so adding or removing other scenarios changes nothing).
 */
export function optionOrder(seed: number, scenarioId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  const next = generator(hash(scenarioId, seed));
  for (let index = count - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** The part of a scenario the quiz logic needs. */
export interface QuizScenario {
  id: string;
  order: number;
  title: string;
  talkingPoint: string;
  relatedScript: string;
  /** One thing a family could agree after this situation. */
  agree: string;
  options: readonly { best: boolean }[];
}

/** The order a fresh quiz plays its scenarios in (their `order`, not the order they were listed). */
export function playOrder<Scenario extends Pick<QuizScenario, 'id' | 'order'>>(
  scenarios: readonly Scenario[],
): Scenario[] {
  return [...scenarios].sort((a, b) => a.order - b.order);
}

export function startQuiz(
  band: BandId,
  scenarios: readonly QuizScenario[],
  mode: QuizMode,
  now: Date,
  seed: number,
): QuizProgress {
  return {
    schemaVersion: QUIZ_PROGRESS_VERSION,
    band,
    mode,
    seed: seed >>> 0,
    order: playOrder(scenarios).map((scenario) => scenario.id),
    answers: {},
    position: 0,
    updatedAt: now.toISOString(),
  };
}

/**
 * Reads stored progress against today's scenarios: anything unreadable starts nothing (undefined); ids that
 * no longer exist are dropped, new scenarios are added at the end, answers to unknown options are forgotten.
 */
export function resumeQuiz(
  raw: unknown,
  band: BandId,
  scenarios: readonly QuizScenario[],
  seedIfMissing: number,
): QuizProgress | undefined {
  const parsed = v.safeParse(quizProgressSchema, migrateQuizProgress(raw, seedIfMissing));
  if (!parsed.success || parsed.output.band !== band) return undefined;
  const stored = parsed.output;
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const currentId = stored.order[stored.position];
  const kept = stored.order.filter((id) => byId.has(id));
  const added = [...scenarios]
    .sort((a, b) => a.order - b.order)
    .map((s) => s.id)
    .filter((id) => !kept.includes(id));
  const order = [...kept, ...added];
  const answers = Object.fromEntries(
    Object.entries(stored.answers).filter(([id, choice]) => {
      const scenario = byId.get(id);
      return scenario !== undefined && choice < scenario.options.length;
    }),
  );
  // Stay on the same scenario if it still exists; otherwise on the first one not yet answered.
  const samePosition = currentId !== undefined ? order.indexOf(currentId) : -1;
  const firstUnanswered = order.findIndex((id) => !(id in answers));
  const position = samePosition >= 0 ? samePosition : firstUnanswered >= 0 ? firstUnanswered : order.length;
  return { ...stored, order, answers, position };
}

export function currentScenarioId(progress: QuizProgress): string | undefined {
  return progress.order[progress.position];
}

export function isFinished(progress: QuizProgress): boolean {
  return progress.position >= progress.order.length;
}

export function chooseOption(
  progress: QuizProgress,
  scenario: QuizScenario,
  optionIndex: number,
  now: Date,
): QuizProgress {
  if (currentScenarioId(progress) !== scenario.id) return progress;
  if (!Number.isInteger(optionIndex) || optionIndex < 0 || optionIndex >= scenario.options.length) return progress;
  return { ...progress, answers: { ...progress.answers, [scenario.id]: optionIndex }, updatedAt: now.toISOString() };
}

export function goNext(progress: QuizProgress, now: Date): QuizProgress {
  if (isFinished(progress)) return progress;
  return { ...progress, position: progress.position + 1, updatedAt: now.toISOString() };
}

export function goBack(progress: QuizProgress, now: Date): QuizProgress {
  if (progress.position === 0) return progress;
  return { ...progress, position: progress.position - 1, updatedAt: now.toISOString() };
}

export function switchMode(progress: QuizProgress, mode: QuizMode, now: Date): QuizProgress {
  return { ...progress, mode, updatedAt: now.toISOString() };
}

export interface QuizSummary {
  answered: number;
  total: number;
  /** Scenarios whose chosen answer was not one of the best: worth talking about again. */
  revisit: { id: string; title: string; talkingPoint: string }[];
  /** Every talking point, in quiz order, for a family that wants to keep going. */
  talkingPoints: { id: string; title: string; talkingPoint: string }[];
  /** Related scripts, each once, those linked to scenarios to revisit first. */
  scripts: string[];
  /** Two or three things the family could agree, those from scenarios to revisit first; each with its talk. */
  agree: { id: string; text: string; relatedScript: string }[];
}

/** How many things to agree the summary offers at most. */
export const MAX_AGREEMENTS = 3;

/** The end of a quiz: what to talk about again and which scripts go with it. No scores. */
export function summarise(progress: QuizProgress, scenarios: readonly QuizScenario[]): QuizSummary {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const inOrder = progress.order.map((id) => byId.get(id)).filter((scenario) => scenario !== undefined);
  const answeredScenarios = inOrder.filter((scenario) => scenario.id in progress.answers);
  const revisitScenarios = answeredScenarios.filter(
    (scenario) => !scenario.options[progress.answers[scenario.id]!]?.best,
  );
  const point = (scenario: QuizScenario) => ({
    id: scenario.id,
    title: scenario.title,
    talkingPoint: scenario.talkingPoint,
  });
  const scripts = [...new Set([...revisitScenarios, ...inOrder].map((scenario) => scenario.relatedScript))];
  // Different talks first (each agreement can add its talk to the plan), then any others to make up three.
  const agree: QuizSummary['agree'] = [];
  const candidates = [...revisitScenarios, ...answeredScenarios, ...inOrder];
  for (const distinctTalks of [true, false]) {
    for (const scenario of candidates) {
      if (agree.length >= MAX_AGREEMENTS) break;
      if (agree.some((item) => item.id === scenario.id || item.text === scenario.agree)) continue;
      if (distinctTalks && agree.some((item) => item.relatedScript === scenario.relatedScript)) continue;
      agree.push({ id: scenario.id, text: scenario.agree, relatedScript: scenario.relatedScript });
    }
  }
  return {
    answered: answeredScenarios.length,
    total: inOrder.length,
    revisit: revisitScenarios.map(point),
    talkingPoints: inOrder.map(point),
    scripts,
    agree,
  };
}
