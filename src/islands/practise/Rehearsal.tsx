import { createEffect, createSignal, For, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import {
  currentReply,
  MAX_OWN_REPLY,
  rehearse,
  startRehearsal,
  summariseRehearsal,
  type RehearsalAction,
  type RehearsalContent,
} from '../../domain/rehearsal';
import { fillTemplate } from '../../domain/text';
import type { UiStrings } from '../../i18n/en';
import { handOverToPlan } from '../../storage/plan-handover';

interface Props {
  content: RehearsalContent;
  text: UiStrings['practise'];
  addToPlanHref: string;
}

const TIMER_SECONDS = 20;

/** The rehearsal: a thin view over the state machine in src/domain/rehearsal.ts. Nothing is stored. */
export default function Rehearsal(props: Props) {
  const [state, setState] = createSignal(startRehearsal());
  const [status, setStatus] = createSignal('');
  const [timerOn, setTimerOn] = createSignal(false);
  const [secondsLeft, setSecondsLeft] = createSignal(TIMER_SECONDS);
  const [speakOn, setSpeakOn] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const canSpeak = typeof window !== 'undefined' && 'speechSynthesis' in window;
  let heading: HTMLHeadingElement | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;

  const phase = () => state().phase;
  const reply = () => {
    const index = currentReply(state());
    return index === undefined ? undefined : props.content.replies[index];
  };
  const title = () =>
    phase() === 'child-line' && state().round === 'again' ? props.text.again : props.text.steps[phase()];

  const dispatch = (action: RehearsalAction) => {
    setState((current) => rehearse(current, action, props.content));
    setDraft('');
    // The panel changes: focus its heading so keyboard and screen-reader users start at the top, and say where they are.
    queueMicrotask(() => {
      heading?.focus();
      setStatus(title());
    });
  };

  const stopTimer = () => {
    if (tick !== undefined) clearInterval(tick);
    tick = undefined;
  };
  createEffect(
    on([phase, timerOn], ([current, on]) => {
      stopTimer();
      setSecondsLeft(TIMER_SECONDS);
      if (current !== 'say-opener' || !on) return;
      tick = setInterval(() => {
        const next = secondsLeft() - 1;
        setSecondsLeft(Math.max(0, next));
        if (next <= 0) {
          stopTimer();
          setStatus(props.text.timerDone);
        }
      }, 1000);
    }),
  );

  // The child's line read aloud, only when asked for, by the browser's own voice (nothing leaves the device).
  createEffect(
    on([reply, speakOn, phase], ([current, on, now]) => {
      if (!canSpeak) return;
      window.speechSynthesis.cancel();
      if (on && current && now === 'child-line') {
        window.speechSynthesis.speak(new SpeechSynthesisUtterance(current.childSays.replace(/[()]/g, '')));
      }
    }),
  );
  onMount(() => heading?.focus());
  onCleanup(() => {
    stopTimer();
    if (canSpeak) window.speechSynthesis.cancel();
  });

  const progress = () => {
    const current = state();
    const total = current.round === 'again' ? current.hard.length : props.content.replies.length;
    const done = total - current.queue.length + 1;
    return fillTemplate(props.text.progress, { n: String(done), total: String(total) });
  };

  const practisedLine = () =>
    fillTemplate(props.text.summaryPractised, { n: String(summariseRehearsal(state()).practised) });
  const comeBackLine = () => {
    const index = summariseRehearsal(state()).comeBackTo;
    return index === undefined ? undefined : props.content.replies[index]?.childSays;
  };
  // The summary goes to My plan as words for the talk's note, through this tab's session storage: never in the
  // address, which stays in the browser's history. The plan shows them before the family adds the talk.
  const handOverSummary = () => {
    // The talk as the link's request names it ("14-17/if-it-ever-happens"): the plan reads the words only for it.
    const talk = new URL(props.addToPlanHref, window.location.href).searchParams.get('add');
    if (!talk) return;
    const comeBack = comeBackLine();
    handOverToPlan(talk, [
      props.text.noteHeading,
      practisedLine(),
      comeBack === undefined ? props.text.summaryAllGood : `${props.text.summaryComeBack} ${comeBack}`,
    ]);
  };

  const openers = () => (
    <ul class="practise__choices">
      <For each={props.content.openers}>
        {(opener, index) => (
          <li>
            <button
              type="button"
              class="choice"
              onClick={() => dispatch({ type: 'choose-opener', openerIndex: index() })}
            >
              {opener}
            </button>
          </li>
        )}
      </For>
    </ul>
  );

  return (
    <div class="rehearsal">
      <p class="visually-hidden" role="status" aria-live="polite">
        {status()}
      </p>
      <div class="rehearsal__settings">
        <label class="rehearsal__setting">
          <input type="checkbox" checked={timerOn()} onChange={(event) => setTimerOn(event.currentTarget.checked)} />
          {props.text.timerLabel}
        </label>
        <Show when={canSpeak}>
          <label class="rehearsal__setting">
            <input type="checkbox" checked={speakOn()} onChange={(event) => setSpeakOn(event.currentTarget.checked)} />
            {props.text.speakLabel}
          </label>
        </Show>
      </div>
      <h3 ref={heading} tabindex="-1" class="practise__heading">
        {title()}
      </h3>
      <Switch>
        <Match when={phase() === 'choose-opener'}>{openers()}</Match>
        <Match when={phase() === 'say-opener'}>
          <p>{props.text.sayAloud}</p>
          <p class="practise__said">{props.content.openers[state().openerIndex]}</p>
          <Show when={timerOn()}>
            <p class="rehearsal__timer">
              {secondsLeft() > 0
                ? fillTemplate(props.text.timerLeft, { n: String(secondsLeft()) })
                : props.text.timerDone}
            </p>
          </Show>
          <button type="button" class="button" onClick={() => dispatch({ type: 'said-opener' })}>
            {props.text.saidIt}
          </button>
        </Match>
        <Match when={phase() === 'child-line' && reply()}>
          {(current) => (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                dispatch({ type: 'answer', ownReply: draft() });
              }}
            >
              <p class="rehearsal__progress">{progress()}</p>
              <p class="practise__said">
                <span class="practise__who">{props.text.childSays}</span> {current().childSays}
              </p>
              <p>{props.text.yourTurn}</p>
              <label class="rehearsal__own">
                <span>{props.text.ownReplyLabel}</span>
                <textarea
                  rows="3"
                  maxLength={MAX_OWN_REPLY}
                  value={draft()}
                  onInput={(event) => setDraft(event.currentTarget.value)}
                />
              </label>
              <button type="submit" class="button">
                {props.text.showSuggestion}
              </button>
            </form>
          )}
        </Match>
        <Match when={phase() === 'reveal' && reply()}>
          {(current) => (
            <>
              <p class="practise__said">
                <span class="practise__who">{props.text.childSays}</span> {current().childSays}
              </p>
              <Show when={state().ownReply}>
                <p class="rehearsal__yours">
                  <span class="practise__who">{props.text.youSaid}</span> {state().ownReply}
                </p>
              </Show>
              <p class="practise__response">
                <span class="practise__who">{props.text.youCouldSay}</span> {current().response}
              </p>
              <p>
                <span class="practise__who">{props.text.whyItHelps}</span> {current().why}
              </p>
              <div class="practise__nav">
                <button type="button" class="button" onClick={() => dispatch({ type: 'rate', hard: false })}>
                  {props.text.gotIt}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => dispatch({ type: 'rate', hard: true })}
                >
                  {props.text.comeBack}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={phase() === 'summary'}>
          <p>{practisedLine()}</p>
          <Show when={comeBackLine()} fallback={<p>{props.text.summaryAllGood}</p>}>
            {(line) => (
              <p>
                <strong>{props.text.summaryComeBack}</strong> {line()}
              </p>
            )}
          </Show>
          <p>{props.text.summaryMessages}</p>
          <ul class="practise__messages">
            <For each={props.content.keyMessages}>{(message) => <li>{message}</li>}</For>
          </ul>
          <p>
            <a class="button" href={props.addToPlanHref} onClick={handOverSummary}>
              {props.text.addToPlan}
            </a>
          </p>
          <p>{props.text.practiseAgain}</p>
          {openers()}
        </Match>
      </Switch>
    </div>
  );
}
