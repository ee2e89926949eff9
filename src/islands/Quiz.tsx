import { fromJson } from './json-props';
import { createSignal, For, onMount, Show } from 'solid-js';
import { addRequestQuery } from '../domain/add-request';
import { handoverTalk } from '../domain/plan-handover';
import { fillTemplate } from '../domain/text';
import type { BandId } from '../domain/bands';
import {
  chooseOption,
  currentScenarioId,
  goBack,
  goNext,
  isFinished,
  newQuizSeed,
  playOrder,
  QUIZ_MODES,
  resumeQuiz,
  startQuiz,
  summarise,
  switchMode,
  type QuizMode,
  type QuizProgress,
} from '../domain/quiz';
import { shownOptions, type QuizIslandScenario } from '../domain/quiz-view';
import type { UiStrings } from '../i18n/en';
import { handOverToPlan } from '../storage/plan-handover';
import { createQuizStore } from '../storage/quiz-store';
import { regionFiller, type RoleTextTable } from './quiz/region';

interface Props {
  band: BandId;
  scenarios: QuizIslandScenario[];
  /** Related script topic id -> its title and route. */
  scripts: Record<string, { title: string; href: string }>;
  /** My plan's address, for "add this talk to my plan". */
  planHref: string;
  text: UiStrings['quiz'];
  /** Every region's help-route words, to fill {emergency}-style tokens for the reader's region. */
  roles: RoleTextTable;
}

/** "How are you playing?": together or alone. Without `onChoose` (the quiz still loading), it can't be changed yet. */
function ModeChoice(props: { text: Props['text']; mode: QuizMode; onChoose?: (mode: QuizMode) => void }) {
  return (
    // While loading it is only the picture of the choice to come: out of reach of the keyboard and screen readers.
    <fieldset
      class="quiz__mode"
      aria-hidden={props.onChoose ? undefined : 'true'}
      inert={props.onChoose ? undefined : true}
    >
      <legend>{props.text.modeLabel}</legend>
      <For each={QUIZ_MODES}>
        {(mode) => (
          <label class="quiz__mode-option">
            <input
              type="radio"
              name={props.onChoose ? 'quiz-mode' : undefined}
              value={mode}
              checked={props.mode === mode}
              disabled={!props.onChoose}
              onChange={() => props.onChoose?.(mode)}
            />
            {mode === 'together' ? props.text.together : props.text.alone}
          </label>
        )}
      </For>
    </fieldset>
  );
}

/**
 * A fresh quiz's first screen, shown while the saved progress loads, where the page has no copy of it. The page's
 * own copy (.quiz-opening in pages/quiz/[band]) is the same, so the situation paints with the page and nothing
 * moves when the quiz takes over; the offline copy of the page leaves it out.
 */
function QuizOpening(props: { text: Props['text']; scenarios: Props['scenarios']; fill: (text: string) => string }) {
  const first = () => playOrder(props.scenarios)[0];
  return (
    <>
      <ModeChoice text={props.text} mode="together" />
      <Show when={first()}>
        {(scenario) => (
          <article class="quiz__scenario">
            <p class="quiz__position">{fillTemplate(props.text.progress, { n: 1, total: props.scenarios.length })}</p>
            <h2>{scenario().title}</h2>
            <p class="quiz__situation">{props.fill(scenario().situation)}</p>
            <p class="visually-hidden">{props.text.loading}</p>
          </article>
        )}
      </Show>
    </>
  );
}

/** The scenario quiz: a thin view over domain/quiz.ts, saving through storage/quiz-store.ts. */
export function Quiz(props: Props) {
  const store = createQuizStore();
  const fill = regionFiller(props.roles);
  // Where the page shows its own opening, drawing it again would only be a long task on a slow phone.
  const pageHasOpening = document.querySelector('.quiz-opening') !== null;
  const [progress, setProgress] = createSignal<QuizProgress>();
  const [selected, setSelected] = createSignal<number>();
  const [storageProblem, setStorageProblem] = createSignal(false);
  const [status, setStatus] = createSignal('');
  let heading: HTMLHeadingElement | undefined;

  const byId = new Map(props.scenarios.map((scenario) => [scenario.id, scenario]));
  const current = () => {
    const state = progress();
    return state ? byId.get(currentScenarioId(state) ?? '') : undefined;
  };
  const answer = () => {
    const state = progress();
    const scenario = current();
    return state && scenario ? state.answers[scenario.id] : undefined;
  };

  const update = (next: QuizProgress, announce = '') => {
    setProgress(next);
    setSelected(undefined);
    setStatus(announce);
    store.save(next).catch(() => setStorageProblem(true));
    queueMicrotask(() => heading?.focus());
  };

  onMount(async () => {
    let stored: unknown;
    try {
      stored = await store.load(props.band);
    } catch {
      setStorageProblem(true);
    }
    // Progress from a save cut short by leaving the page is newer than the stored progress: it wins, and is saved.
    const recovered = resumeQuiz(store.pending(props.band), props.band, props.scenarios, newQuizSeed());
    if (recovered) store.save(recovered).catch(() => setStorageProblem(true));
    setProgress(
      recovered ??
        resumeQuiz(stored, props.band, props.scenarios, newQuizSeed()) ??
        startQuiz(props.band, props.scenarios, 'together', new Date(), newQuizSeed()),
    );
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const state = progress();
    const scenario = current();
    const choice = selected();
    if (!state || !scenario) return;
    if (choice === undefined) {
      setStatus(props.text.chooseFirst);
      return;
    }
    update(chooseOption(state, scenario, choice, new Date()), props.text.feedbackHeading);
  };

  const restart = async (clear: boolean) => {
    const state = progress();
    if (clear) await store.clear(props.band).catch(() => setStorageProblem(true));
    update(
      startQuiz(props.band, props.scenarios, state?.mode ?? 'together', new Date(), newQuizSeed()),
      clear ? props.text.cleared : '',
    );
  };

  const position = () => {
    const state = progress();
    return state ? fillTemplate(props.text.progress, { n: state.position + 1, total: state.order.length }) : '';
  };

  return (
    <div class="quiz">
      <Show when={storageProblem()}>
        <p class="callout">{props.text.storageUnavailable}</p>
      </Show>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status()}
      </p>
      <Show
        when={progress()}
        fallback={
          pageHasOpening ? undefined : <QuizOpening text={props.text} scenarios={props.scenarios} fill={fill} />
        }
      >
        {(state) => (
          <>
            <ModeChoice
              text={props.text}
              mode={state().mode}
              onChoose={(mode) => update(switchMode(state(), mode, new Date()))}
            />

            <Show
              when={!isFinished(state()) && current()}
              fallback={
                <QuizSummary
                  state={state()}
                  fill={fill}
                  {...props}
                  headingRef={(element) => (heading = element)}
                  onRestart={restart}
                />
              }
            >
              {(scenario) => (
                <article class="quiz__scenario">
                  <p class="quiz__position">{position()}</p>
                  <h2 ref={heading} tabindex="-1">
                    {scenario().title}
                  </h2>
                  <p class="quiz__situation">{fill(scenario().situation)}</p>
                  <Show
                    when={answer() === undefined}
                    fallback={
                      <Feedback
                        scenario={scenario()}
                        chosen={answer()!}
                        together={state().mode === 'together'}
                        fill={fill}
                        text={props.text}
                        script={props.scripts[scenario().relatedScript]}
                      />
                    }
                  >
                    <Show when={state().mode === 'together'}>
                      <div class="quiz__turns">
                        <p class="quiz__turns-title">{props.text.takeTurns}</p>
                        <ul>
                          <li>{props.text.grownUpTurn}</li>
                          <li>{props.text.youngPersonTurn}</li>
                        </ul>
                        <p>{props.text.decideTogether}</p>
                      </div>
                    </Show>
                    <form onSubmit={submit}>
                      <fieldset class="quiz__options">
                        <legend>{fill(scenario().question)}</legend>
                        {/* Shuffled for this play (the seed is saved, so a resumed quiz looks the same). */}
                        <For each={shownOptions(state(), scenario())}>
                          {(shown) => (
                            <label class="quiz__option">
                              <input
                                type="radio"
                                name={`answer-${scenario().id}`}
                                value={shown.index}
                                checked={selected() === shown.index}
                                onChange={() => setSelected(shown.index)}
                              />
                              <span>{fill(shown.option.text)}</span>
                            </label>
                          )}
                        </For>
                      </fieldset>
                      <button type="submit" class="button">
                        {props.text.showWhy}
                      </button>
                    </form>
                  </Show>
                  <div class="quiz__nav">
                    <Show when={state().position > 0}>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() => update(goBack(state(), new Date()))}
                      >
                        {props.text.back}
                      </button>
                    </Show>
                    <Show when={answer() !== undefined}>
                      <button type="button" class="button" onClick={() => update(goNext(state(), new Date()))}>
                        {state().position + 1 < state().order.length ? props.text.next : props.text.finish}
                      </button>
                    </Show>
                    <Show when={state().position > 0 || Object.keys(state().answers).length > 0}>
                      <button type="button" class="button button--quiet" onClick={() => void restart(false)}>
                        {props.text.startAgain}
                      </button>
                    </Show>
                  </div>
                </article>
              )}
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

type IslandOption = QuizIslandScenario['options'][number];

function Choice(props: {
  option: IslandOption;
  chosen: boolean;
  fill: (text: string) => string;
  text: UiStrings['quiz'];
}) {
  return (
    <li classList={{ 'is-best': props.option.best, 'is-chosen': props.chosen }}>
      <p class="quiz__verdict">
        {props.option.best ? props.text.goodChoice : props.text.notBest}
        <Show when={props.chosen}>
          <span class="quiz__chosen"> · {props.text.youChose}</span>
        </Show>
      </p>
      <p class="quiz__option-text">{props.fill(props.option.text)}</p>
      <p>{props.fill(props.option.feedback)}</p>
      <Show when={props.option.why}>
        {(why) => (
          <details class="quiz__why">
            <summary>{props.text.why}</summary>
            <p>{props.fill(why())}</p>
          </details>
        )}
      </Show>
    </li>
  );
}

/** After a choice: the chosen one first, a good one if it wasn't, the rest folded away; then a prompt each. */
function Feedback(props: {
  scenario: QuizIslandScenario;
  chosen: number;
  together: boolean;
  fill: (text: string) => string;
  text: UiStrings['quiz'];
  script: { title: string; href: string } | undefined;
}) {
  const chosenOption = () => props.scenario.options[props.chosen]!;
  const goodOnes = () => (chosenOption().best ? [] : props.scenario.options.filter((option) => option.best));
  const others = () =>
    props.scenario.options.filter((option, index) => index !== props.chosen && !goodOnes().includes(option));
  return (
    <section class="quiz__feedback" aria-label={props.text.feedbackHeading}>
      <h3>{props.text.feedbackHeading}</h3>
      <ul class="quiz__feedback-list">
        <Choice option={chosenOption()} chosen fill={props.fill} text={props.text} />
        <For each={goodOnes()}>
          {(option) => <Choice option={option} chosen={false} fill={props.fill} text={props.text} />}
        </For>
      </ul>
      <Show when={others().length > 0}>
        <details class="quiz__others">
          <summary>{props.text.otherChoices}</summary>
          <ul class="quiz__feedback-list">
            <For each={others()}>
              {(option) => <Choice option={option} chosen={false} fill={props.fill} text={props.text} />}
            </For>
          </ul>
        </details>
      </Show>
      <Show
        when={props.together}
        fallback={
          <p class="callout">
            <strong>{props.text.talkAboutIt}</strong> {props.fill(props.scenario.talkingPoint)}
          </p>
        }
      >
        <div class="callout quiz__prompts">
          <p>
            <strong>{props.text.nowTalk}</strong>
          </p>
          <p>
            <strong>{props.text.promptGrownUp}</strong> {props.fill(props.scenario.together.grownUp)}
          </p>
          <p>
            <strong>{props.text.promptYoungPerson}</strong> {props.fill(props.scenario.together.youngPerson)}
          </p>
          <p>
            <strong>{props.text.talkAboutIt}</strong> {props.fill(props.scenario.talkingPoint)}
          </p>
        </div>
      </Show>
      <Show when={props.script}>
        {(script) => (
          <p>
            {props.text.relatedScript} <a href={script().href}>{script().title}</a>
          </p>
        )}
      </Show>
    </section>
  );
}

function TalkingPoints(props: { items: { title: string; talkingPoint: string }[]; fill: (text: string) => string }) {
  return (
    <ul>
      <For each={props.items}>
        {(item) => (
          <li>
            <strong>{item.title}:</strong> {props.fill(item.talkingPoint)}
          </li>
        )}
      </For>
    </ul>
  );
}

function QuizSummary(
  props: Props & {
    state: QuizProgress;
    fill: (text: string) => string;
    headingRef: (element: HTMLHeadingElement) => void;
    onRestart: (clear: boolean) => void;
  },
) {
  const summary = () => summarise(props.state, props.scenarios);
  const planLink = (topic: string) => `${props.planHref}${addRequestQuery({ band: props.band, topic })}`;
  // The things to agree that go with a talk travel to My plan as words for its note, through this tab's session
  // storage (never in the address, which stays in history); the plan shows them before the talk is added.
  const handOverAgreements = (topic: string) =>
    handOverToPlan(handoverTalk({ band: props.band, topic }), [
      props.text.agreeNote,
      ...summary()
        .agree.filter((item) => item.relatedScript === topic)
        .map((item) => `- ${props.fill(item.text)}`),
    ]);
  return (
    <section class="quiz__summary">
      <h2 ref={props.headingRef} tabindex="-1">
        {props.text.doneHeading}
      </h2>
      <p>{props.text.doneIntro}</p>
      <h3>{props.text.agreeHeading}</h3>
      <p>{props.text.agreeIntro}</p>
      <ul class="quiz__agree">
        <For each={summary().agree}>
          {(item, index) => (
            <li>
              <p>{props.fill(item.text)}</p>
              {/* One "add" link per talk, on its first agreement. */}
              <Show
                when={
                  summary()
                    .agree.slice(0, index())
                    .every((earlier) => earlier.relatedScript !== item.relatedScript) &&
                  props.scripts[item.relatedScript]
                }
              >
                {(script) => (
                  <p>
                    <a
                      class="button button--quiet"
                      href={planLink(item.relatedScript)}
                      onClick={() => handOverAgreements(item.relatedScript)}
                    >
                      {props.text.addToPlan}
                    </a>{' '}
                    <span class="quiz__agree-talk">({script().title})</span>
                  </p>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <h3>{props.text.revisitHeading}</h3>
      <Show when={summary().revisit.length > 0} fallback={<p>{props.text.revisitNone}</p>}>
        <TalkingPoints items={summary().revisit} fill={props.fill} />
      </Show>
      <h3>{props.text.scriptsHeading}</h3>
      <ul>
        <For each={summary().scripts}>
          {(topic) => (
            <Show when={props.scripts[topic]}>
              {(script) => (
                <li>
                  <a href={script().href}>{script().title}</a>
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
      <h3>{props.text.talkingPointsHeading}</h3>
      <TalkingPoints items={summary().talkingPoints} fill={props.fill} />
      <div class="quiz__nav">
        <button type="button" class="button" onClick={() => props.onRestart(false)}>
          {props.text.startAgain}
        </button>
        <button type="button" class="button button--quiet" onClick={() => props.onRestart(true)}>
          {props.text.clear}
        </button>
      </div>
    </section>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(Quiz);
