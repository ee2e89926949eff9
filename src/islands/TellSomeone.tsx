import { fromJson } from './json-props';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { latestCardRecord, phoneDigits, smsHref, type Card } from '../domain/card';
import { fillTemplate } from '../domain/text';
import { createCardStore } from '../storage/card-store';
import type { TellIslandText } from './card/types';

interface Props {
  text: TellIslandText;
  /** Address of /card/ on this site. */
  cardHref: string;
}

type CardState = { kind: 'loading' } | { kind: 'none' } | { kind: 'locked' } | { kind: 'ready'; card: Card };

/**
 * Ready messages, sent through the phone's own apps: an sms: link with the words in it, the share sheet, or the
 * clipboard. Nothing is sent by Open Door; the card (if there is one) only fills in who to send it to.
 */
export function TellSomeone(props: Props) {
  const t = () => props.text;
  const [cardState, setCardState] = createSignal<CardState>({ kind: 'loading' });
  const [choice, setChoice] = createSignal<string>(props.text.messages[0]!.id);
  const [message, setMessage] = createSignal<string>(props.text.messages[0]!.text);
  const [to, setTo] = createSignal('');
  const [status, setStatus] = createSignal('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;

  onMount(async () => {
    // The page's plain list of messages (for no JavaScript) steps aside: this tool replaces it.
    document.getElementById('tell-static')?.setAttribute('hidden', '');
    const store = createCardStore();
    try {
      const { decoded } = await latestCardRecord(await store.read(), store.pending());
      if (decoded.status === 'ready') setCardState({ kind: 'ready', card: decoded.card });
      else setCardState({ kind: decoded.status === 'locked' ? 'locked' : 'none' });
    } catch {
      setCardState({ kind: 'none' });
    } finally {
      store.close();
    }
  });

  const card = () => {
    const state = cardState();
    return state.kind === 'ready' ? state.card : undefined;
  };
  const codeWord = () => card()?.codeWord.trim() ?? '';
  const people = createMemo(() =>
    (card()?.adults ?? []).flatMap((adult) => {
      const digits = phoneDigits(adult.contact);
      return digits ? [{ name: adult.name, digits }] : [];
    }),
  );
  const messageFor = (id: string) => {
    const preset = props.text.messages.find((candidate) => candidate.id === id);
    return preset ? fillTemplate(preset.text, { codeWord: codeWord() }) : '';
  };
  const choose = (id: string) => {
    setChoice(id);
    setMessage(messageFor(id));
    setStatus('');
  };
  const recipient = () => people().find((person) => person.digits === to());
  const codeWordMissing = () => choice() === 'code-word' && !codeWord();

  return (
    <div class="plan young-tool">
      <fieldset class="plan-fieldset">
        <legend>{t().pick}</legend>
        <div class="message-choice">
          <For each={props.text.messages}>
            {(preset) => (
              <label>
                <input
                  type="radio"
                  name="message"
                  value={preset.id}
                  checked={choice() === preset.id}
                  onChange={() => choose(preset.id)}
                />
                {preset.label}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={codeWordMissing()}>
        <p class="callout">{withCardLink(t().noCodeWord, props.cardHref, t().cardLink)}</p>
      </Show>
      <label class="plan-note">
        {t().edit}
        <textarea rows="3" value={message()} onInput={(event) => setMessage(event.currentTarget.value)} />
      </label>

      <Show when={people().length > 0}>
        <fieldset class="plan-fieldset young-tool">
          <legend>{t().to}</legend>
          <div class="message-choice">
            <For each={people()}>
              {(person) => (
                <label>
                  <input
                    type="radio"
                    name="recipient"
                    value={person.digits}
                    checked={to() === person.digits}
                    onChange={() => setTo(person.digits)}
                  />
                  {person.name}
                </label>
              )}
            </For>
            <label>
              <input type="radio" name="recipient" value="" checked={to() === ''} onChange={() => setTo('')} />
              {t().someoneElse}
            </label>
          </div>
        </fieldset>
        <p class="plan-hint">{withCardLink(t().fromCard, props.cardHref, t().cardLink)}</p>
      </Show>
      <Show when={cardState().kind === 'locked'}>
        <p class="plan-hint">{withCardLink(t().cardLocked, props.cardHref, t().cardLink)}</p>
      </Show>
      <Show when={cardState().kind === 'none' || (cardState().kind === 'ready' && people().length === 0)}>
        <p class="plan-hint">{withCardLink(t().noCard, props.cardHref, t().cardLink)}</p>
      </Show>

      <p class="plan-buttons young-tool">
        <a
          class="button help-button"
          href={smsHref(message(), to() || undefined)}
          aria-disabled={!message().trim() ? 'true' : undefined}
          data-send
        >
          {recipient() ? fillTemplate(t().sendTo, { name: recipient()!.name }) : t().send}
        </a>
        <Show when={canShare}>
          <button
            type="button"
            class="button"
            disabled={!message().trim()}
            onClick={() => {
              // Closing the share sheet is the person's choice: nothing to report.
              navigator.share({ text: message() }).catch(() => undefined);
            }}
          >
            {t().share}
          </button>
        </Show>
        <Show when={canCopy}>
          <button
            type="button"
            class="button button--quiet"
            disabled={!message().trim()}
            onClick={() =>
              navigator.clipboard.writeText(message()).then(
                () => setStatus(t().copied),
                () => setStatus(t().copyFailed),
              )
            }
          >
            {t().copy}
          </button>
        </Show>
      </p>
      <p class="plan-message" role="status">
        {status()}
      </p>
    </div>
  );
}

/** A hint in which "/card/" is a link to the card. */
function withCardLink(text: string, cardHref: string, label: string) {
  const [before, after] = text.split('/card/');
  return after === undefined ? (
    text
  ) : (
    <>
      {before}
      <a href={cardHref}>{label}</a>
      {after}
    </>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(TellSomeone);
