import type { Scenario } from './scenario-schema';
import { optionOrder, type QuizProgress } from './quiz';

/** What the quiz island needs of a scenario: everything it shows, nothing it doesn't (no sources, no themes). */
export interface QuizIslandScenario {
  id: string;
  order: number;
  title: string;
  situation: string;
  question: string;
  options: { text: string; feedback: string; why?: string; best: boolean }[];
  talkingPoint: string;
  together: { grownUp: string; youngPerson: string };
  agree: string;
  relatedScript: string;
}

/** Reshapes a scenario from the content collection for the island (done at build time, kept small). */
export function toQuizIslandScenario(scenario: Scenario): QuizIslandScenario {
  return {
    id: scenario.id,
    order: scenario.order,
    title: scenario.title,
    situation: scenario.situation,
    question: scenario.question,
    options: scenario.options.map(({ text, feedback, why, best }) =>
      why ? { text, feedback, why, best } : { text, feedback, best },
    ),
    talkingPoint: scenario.talkingPoint,
    together: { grownUp: scenario.together.grownUp, youngPerson: scenario.together.youngPerson },
    agree: scenario.agree,
    relatedScript: scenario.relatedScript,
  };
}

/** The scenarios of one band in quiz order, reshaped for the island. */
export function quizScenariosForBand(scenarios: readonly Scenario[], band: string): QuizIslandScenario[] {
  return scenarios
    .filter((scenario) => scenario.band === band)
    .sort((a, b) => a.order - b.order)
    .map(toQuizIslandScenario);
}

/** A scenario's options in the order this play shows them, each with its index in the content. */
export function shownOptions<Option>(
  progress: Pick<QuizProgress, 'seed'>,
  scenario: { id: string; options: readonly Option[] },
): { index: number; option: Option }[] {
  return optionOrder(progress.seed, scenario.id, scenario.options.length).map((index) => ({
    index,
    option: scenario.options[index]!,
  }));
}

/** The fixed order options are listed in without JavaScript, so the page never lists the best one in the same place. */
export const STATIC_OPTION_SEED = 20261202;

/** A scenario's options as the page lists them without JavaScript. */
export function staticOptions<Option>(scenario: { id: string; options: readonly Option[] }): Option[] {
  return shownOptions({ seed: STATIC_OPTION_SEED }, scenario).map((item) => item.option);
}
