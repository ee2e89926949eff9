import { createSignal, For, onMount, Show } from 'solid-js';
import type { BandId } from '../domain/bands';
import {
  chooseOption,
  currentScenarioId,
  goBack,
  goNext,
  isFinished,
  resumeQuiz,
  startQuiz,
  summarise,
  switchMode,
  type QuizMode,
  type QuizProgress,
} from '../domain/quiz';
import { fillDeep, regionFromRoot, type RoleTextTable } from '../domain/region-fill';
import type { UiStrings } from '../i18n/en';
import { createQuizStore } from '../storage/quiz-store';

export interface QuizIslandScenario {
  id: string;
  order: number;
  title: string;
  situation: string;
  question: string;
  options: { text: string; feedback: string; best: boolean }[];
  talkingPoint: string;
  relatedScript: string;
}

interface Props {
  band: BandId;
  scenarios: QuizIslandScenario[];
  /** Related script topic id -> its title and route. */
  scripts: Record<string, { title: string; href: string }>;
  text: UiStrings['quiz'];
  /** Every region's help-route words, to fill {emergency}-style tokens for the reader's region. */
  roles: RoleTextTable;
}

/** The scenario quiz: a thin view over domain/quiz.ts, saving through storage/quiz-store.ts. */
export default function Quiz(props: Props) {
  // client:only, so the region the head script chose is already on <html>.
  const scenarios = fillDeep(props.scenarios, regionFromRoot(document.documentElement.dataset['region']), props.roles);
  const store = createQuizStore();
  const [progress, setProgress] = createSignal<QuizProgress>();
  const [selected, setSelected] = createSignal<number>();
  const [storageProblem, setStorageProblem] = createSignal(false);
  const [status, setStatus] = createSignal('');
  let heading: HTMLHeadingElement | undefined;

  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
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
    setProgress(resumeQuiz(stored, props.band, scenarios) ?? startQuiz(props.band, scenarios, 'together', new Date()));
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
    update(startQuiz(props.band, scenarios, state?.mode ?? 'together', new Date()), clear ? props.text.cleared : '');
  };

  const position = () => {
    const state = progress();
    return state
      ? props.text.progress.replace('{n}', String(state.position + 1)).replace('{total}', String(state.order.length))
      : '';
  };

  return (
    <div class="quiz">
      <Show when={storageProblem()}>
        <p class="callout">{props.text.storageUnavailable}</p>
      </Show>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status()}
      </p>
      <Show when={progress()} fallback={<p>{props.text.loading}</p>}>
        {(state) => (
          <>
            <fieldset class="quiz__mode">
              <legend>{props.text.modeLabel}</legend>
              <For each={['together', 'alone'] as QuizMode[]}>
                {(mode) => (
                  <label class="quiz__mode-option">
                    <input
                      type="radio"
                      name="quiz-mode"
                      value={mode}
                      checked={state().mode === mode}
                      onChange={() => update(switchMode(state(), mode, new Date()))}
                    />
                    {mode === 'together' ? props.text.together : props.text.alone}
                  </label>
                )}
              </For>
            </fieldset>

            <Show
              when={!isFinished(state()) && current()}
              fallback={
                <QuizSummary
                  state={state()}
                  {...props}
                  scenarios={scenarios}
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
                  <p class="quiz__situation">{scenario().situation}</p>
                  <Show
                    when={answer() === undefined}
                    fallback={
                      <Feedback
                        scenario={scenario()}
                        chosen={answer()!}
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
                        <legend>{scenario().question}</legend>
                        <For each={scenario().options}>
                          {(option, index) => (
                            <label class="quiz__option">
                              <input
                                type="radio"
                                name={`answer-${scenario().id}`}
                                value={index()}
                                checked={selected() === index()}
                                onChange={() => setSelected(index())}
                              />
                              <span>{option.text}</span>
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

function Feedback(props: {
  scenario: QuizIslandScenario;
  chosen: number;
  text: UiStrings['quiz'];
  script: { title: string; href: string } | undefined;
}) {
  return (
    <section class="quiz__feedback" aria-label={props.text.feedbackHeading}>
      <h3>{props.text.feedbackHeading}</h3>
      <ul class="quiz__feedback-list">
        <For each={props.scenario.options}>
          {(option, index) => (
            <li classList={{ 'is-best': option.best, 'is-chosen': index() === props.chosen }}>
              <p class="quiz__verdict">
                {option.best ? props.text.goodChoice : props.text.notBest}
                <Show when={index() === props.chosen}>
                  <span class="quiz__chosen"> · {props.text.youChose}</span>
                </Show>
              </p>
              <p class="quiz__option-text">{option.text}</p>
              <p>{option.feedback}</p>
            </li>
          )}
        </For>
      </ul>
      <p class="callout">
        <strong>{props.text.talkAboutIt}</strong> {props.scenario.talkingPoint}
      </p>
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

function TalkingPoints(props: { items: { title: string; talkingPoint: string }[] }) {
  return (
    <ul>
      <For each={props.items}>
        {(item) => (
          <li>
            <strong>{item.title}:</strong> {item.talkingPoint}
          </li>
        )}
      </For>
    </ul>
  );
}

function QuizSummary(
  props: Props & {
    state: QuizProgress;
    headingRef: (element: HTMLHeadingElement) => void;
    onRestart: (clear: boolean) => void;
  },
) {
  const summary = () => summarise(props.state, props.scenarios);
  return (
    <section class="quiz__summary">
      <h2 ref={props.headingRef} tabindex="-1">
        {props.text.doneHeading}
      </h2>
      <p>{props.text.doneIntro}</p>
      <h3>{props.text.revisitHeading}</h3>
      <Show when={summary().revisit.length > 0} fallback={<p>{props.text.revisitNone}</p>}>
        <TalkingPoints items={summary().revisit} />
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
      <TalkingPoints items={summary().talkingPoints} />
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
