import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { rehearse, startRehearsal, type RehearsalAction, type RehearsalContent } from '../domain/rehearsal';
import { fillDeep, regionFromRoot, type RoleTextTable } from '../domain/region-fill';
import type { UiStrings } from '../i18n/en';

interface Props {
  content: RehearsalContent;
  text: UiStrings['practise'];
  /** Every region's help-route words, to fill {emergency}-style tokens for the reader's region. */
  roles: RoleTextTable;
}

/** "Practise this talk": a thin view over the rehearsal state machine in src/domain/rehearsal.ts. */
export default function PractiseTalk(props: Props) {
  // client:only, so the region the head script chose is already on <html>.
  const content = fillDeep(props.content, regionFromRoot(document.documentElement.dataset['region']), props.roles);
  const [state, setState] = createSignal(startRehearsal());
  let heading: HTMLHeadingElement | undefined;

  const step = () => state().step;
  const dispatch = (action: RehearsalAction) => {
    setState((current) => rehearse(current, action, content));
    // The whole panel changes: move focus to its heading so keyboard and screen-reader users start at the top.
    heading?.focus();
  };
  const openerIndex = createMemo(() => {
    const current = step();
    return current.kind === 'opener' || current.kind === 'response' ? current.openerIndex : -1;
  });
  const reply = createMemo(() => {
    const current = step();
    return current.kind === 'response' ? content.replies[current.replyIndex] : undefined;
  });
  const title = () => props.text.steps[step().kind];

  return (
    <div class="practise">
      <h3 ref={heading} tabindex="-1" class="practise__heading">
        {title()}
      </h3>
      <Switch>
        <Match when={step().kind === 'start' || step().kind === 'summary'}>
          <Show when={step().kind === 'summary'}>
            <p>{props.text.summaryIntro}</p>
            <ul class="practise__messages">
              <For each={content.keyMessages}>{(message) => <li>{message}</li>}</For>
            </ul>
            <p>{props.text.summaryOutro}</p>
          </Show>
          <ul class="practise__choices">
            <For each={content.openers}>
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
        </Match>
        <Match when={step().kind === 'opener'}>
          <p class="practise__said">
            <span class="practise__who">{props.text.youSay}</span> {content.openers[openerIndex()]}
          </p>
          <ul class="practise__choices">
            <For each={content.replies}>
              {(option, index) => (
                <li>
                  <button
                    type="button"
                    class="choice"
                    onClick={() => dispatch({ type: 'choose-reply', replyIndex: index() })}
                  >
                    {option.childSays}
                    <Show when={state().triedReplies.includes(index())}>
                      <span class="choice__tried"> {props.text.practised}</span>
                    </Show>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={reply()}>
          {(current) => (
            <>
              <p class="practise__said">
                <span class="practise__who">{props.text.childSays}</span> {current().childSays}
              </p>
              <p class="practise__response">
                <span class="practise__who">{props.text.youCouldSay}</span> {current().response}
              </p>
              <p>
                <span class="practise__who">{props.text.whyItHelps}</span> {current().why}
              </p>
              <p>
                <button type="button" class="button" onClick={() => dispatch({ type: 'try-another' })}>
                  {props.text.tryAnother}
                </button>
              </p>
            </>
          )}
        </Match>
      </Switch>
      <div class="practise__nav">
        <Show when={state().history.length > 0}>
          <button type="button" class="button button--quiet" onClick={() => dispatch({ type: 'back' })}>
            {props.text.back}
          </button>
        </Show>
        <Show when={step().kind === 'opener' || step().kind === 'response'}>
          <button type="button" class="button button--quiet" onClick={() => dispatch({ type: 'finish' })}>
            {props.text.finish}
          </button>
        </Show>
      </div>
    </div>
  );
}
