import { fromJson } from './json-props';
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { CARD_LIMITS, MAX_CARD_ADULTS, phoneDigits, smsHref, type Card as CardData } from '../domain/card';
import { fillTemplate } from '../domain/text';
import type { RegionId } from '../domain/regions';
import { createCard, takeHandoverFromAddress, type CardModel } from './card/create-card';
import type { CardRegion, CardText } from './card/types';

// The card handover is taken out of the address bar as soon as this module runs, before anything else.
const handover = typeof window === 'undefined' ? ({ kind: 'none' } as const) : takeHandoverFromAddress();

interface Props {
  text: CardText;
  regions: CardRegion[];
  /** Address of /help/tell-someone/ on this site. */
  tellHref: string;
}

const MIN_PASSPHRASE = 8;

/** The young person's pocket card: a view over createCard(). */
export function Card(props: Props) {
  const model = createCard({ handover });
  const t = () => props.text;
  // The page's plain version (for no JavaScript) steps aside: this card replaces it.
  onMount(() => document.getElementById('card-static')?.setAttribute('hidden', ''));
  return (
    <div class="plan young-card">
      <Arrival model={model} text={props.text} />
      <Switch>
        <Match when={model.status() === 'loading'}>
          <p>{t().loading}</p>
        </Match>
        <Match when={model.status() === 'unavailable'}>
          <p class="callout">{t().unavailable}</p>
          <Steps text={props.text} />
        </Match>
        <Match when={model.status() === 'deleted'}>
          <p class="callout" role="status">
            {t().deleted}
          </p>
        </Match>
        <Match when={model.status() === 'locked'}>
          <LockScreen text={props.text} model={model} />
        </Match>
        <Match when={model.status() === 'ready'}>
          <Show when={model.damaged()}>
            <p class="callout">{t().damaged}</p>
          </Show>
          <CardView {...props} model={model} />
        </Match>
      </Switch>
    </div>
  );
}

function Arrival(props: { model: CardModel; text: CardText }) {
  const t = () => props.text;
  const [passphrase, setPassphrase] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (handover.kind !== 'none') heading?.focus();
  });
  return (
    <Show when={props.model.arrival().kind !== 'none'}>
      <section class="callout card-arrival" aria-labelledby="card-arrival">
        <h2 id="card-arrival" ref={heading} tabindex="-1">
          {t().arrivedHeading}
        </h2>
        <Switch>
          <Match when={props.model.arrival().kind === 'saved'}>
            <p role="status">{t().arrived}</p>
          </Match>
          <Match when={props.model.arrival().kind === 'damaged'}>
            <p role="status">{t().damagedLink}</p>
          </Match>
          <Match when={props.model.arrival().kind === 'unlock-first'}>
            <p role="status">{t().unlockFirst}</p>
          </Match>
          <Match when={props.model.arrival().kind === 'confirm'}>
            <p>{t().replaceQuestion}</p>
            <p class="plan-buttons">
              <button type="button" class="button" onClick={() => void props.model.answerReplace(true)}>
                {t().replace}
              </button>
              <button type="button" class="button button--quiet" onClick={() => void props.model.answerReplace(false)}>
                {t().keep}
              </button>
            </p>
          </Match>
          <Match when={props.model.arrival().kind === 'sealed'}>
            <p>{t().sealedQuestion}</p>
            <form
              class="plan-add"
              onSubmit={async (event) => {
                event.preventDefault();
                setBusy(true);
                await props.model.openSealed(passphrase());
                setBusy(false);
              }}
            >
              <label>
                {t().passphrase}
                <input
                  type="password"
                  autocomplete="off"
                  value={passphrase()}
                  onInput={(event) => setPassphrase(event.currentTarget.value)}
                />
              </label>
              <button type="submit" class="button" disabled={busy()}>
                {t().openSent}
              </button>
            </form>
            <p role="status">
              {(() => {
                const arrival = props.model.arrival();
                return arrival.kind === 'sealed' && arrival.wrong ? t().wrong : '';
              })()}
            </p>
          </Match>
        </Switch>
      </section>
    </Show>
  );
}

function Steps(props: { text: CardText }) {
  return (
    <section class="card-block" aria-labelledby="card-steps">
      <h2 id="card-steps">{props.text.stepsHeading}</h2>
      <ol class="card-steps">
        <For each={props.text.steps}>{(step) => <li>{step}</li>}</For>
      </ol>
    </section>
  );
}

function CardView(props: Props & { model: CardModel }) {
  const t = () => props.text;
  const card = () => props.model.card();
  // The card's own country; until one is chosen, the one this site already shows (?region= or remembered).
  const siteRegion = document.documentElement.dataset['region'];
  const region = () => props.regions.find((candidate) => candidate.id === (card().region ?? siteRegion));
  const [editing, setEditing] = createSignal(false);
  return (
    <>
      <div class="card-face">
        <Steps text={props.text} />
        <section class="card-block" aria-labelledby="card-people">
          <h2 id="card-people">{t().peopleHeading}</h2>
          <Show when={card().adults.length > 0} fallback={<p class="plan-empty">{t().noPeople}</p>}>
            <ul class="card-people">
              <For each={card().adults}>
                {(adult) => (
                  <li>
                    <strong>{adult.name}</strong>
                    <Show when={adult.contact}>
                      <span class="card-contact" dir={phoneDigits(adult.contact) ? 'ltr' : 'auto'}>
                        {adult.contact}
                      </span>
                    </Show>
                    <Show when={phoneDigits(adult.contact)}>
                      {(digits) => (
                        <span class="plan-buttons">
                          <a class="button help-button" href={`tel:${digits()}`}>
                            {fillTemplate(t().call, { name: adult.name })}
                          </a>
                          <a class="button button--quiet" href={smsHref(t().textMessage, digits())}>
                            {fillTemplate(t().text, { name: adult.name })}
                          </a>
                        </span>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p>
            <a href={props.tellHref}>{t().tellLink}</a>
          </p>
        </section>
        <Show when={card().codeWord.trim()}>
          <section class="card-block" aria-labelledby="card-code">
            <h2 id="card-code">{t().codeWordHeading}</h2>
            <p class="card-code">{card().codeWord}</p>
            <p>{t().codeWordMeaning}</p>
            <a class="button button--quiet" href={smsHref(card().codeWord)}>
              {t().sendCodeWord}
            </a>
          </section>
        </Show>
        <Show when={card().promise.trim()}>
          <section class="card-block" aria-labelledby="card-promise">
            <h2 id="card-promise">{t().promiseHeading}</h2>
            <blockquote class="card-promise">{card().promise}</blockquote>
          </section>
        </Show>
        <section class="card-block" aria-labelledby="card-numbers">
          <h2 id="card-numbers">{t().numbersHeading}</h2>
          <Show when={region()} fallback={<p>{t().chooseRegion}</p>}>
            {(chosen) => <Numbers region={chosen()} />}
          </Show>
        </section>
      </div>

      <div class="plan-buttons card-actions">
        <button
          type="button"
          class="button"
          aria-expanded={editing()}
          aria-controls="card-editor"
          onClick={() => setEditing(!editing())}
        >
          {editing() ? t().doneEditing : t().edit}
        </button>
      </div>
      <Show when={editing()}>
        <Editor {...props} />
      </Show>
      <PrintSection {...props} />
      <LockSection {...props} />
      <DeleteSection {...props} />
      <Printout text={props.text} card={card()} region={region()} />
    </>
  );
}

function Numbers(props: { region: CardRegion }) {
  return (
    <ul class="card-numbers">
      <For each={props.region.routes}>
        {(route) => (
          <li>
            <strong>{route.name}</strong>
            <Show when={route.phone}>
              {' '}
              <a href={`tel:${route.dial}`}>{route.phone}</a>
            </Show>
            <Show when={route.sms}>
              <span>, {route.sms}</span>
            </Show>
            <Show when={route.kind !== 'emergency'}>
              <br />
              <a href={route.url} dir="ltr">
                {route.address}
              </a>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

function Editor(props: Props & { model: CardModel }) {
  const t = () => props.text;
  const card = () => props.model.card();
  const [name, setName] = createSignal('');
  const [contact, setContact] = createSignal('');
  const full = () => card().adults.length >= MAX_CARD_ADULTS;
  return (
    <section class="plan-section" id="card-editor" aria-labelledby="card-editor-heading">
      <h2 id="card-editor-heading">{t().editHeading}</h2>
      <ul class="plan-list">
        <For each={card().adults}>
          {(adult, index) => (
            <li class="plan-row plan-row--text">
              <span>
                <strong>{adult.name}</strong> {adult.contact}
              </span>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => void props.model.change({ adults: card().adults.filter((_, at) => at !== index()) })}
              >
                {fillTemplate(t().removeAdult, { name: adult.name })}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={!full()} fallback={<p class="plan-hint">{t().maxAdults}</p>}>
        <form
          class="plan-add"
          aria-label={t().addAdult}
          onSubmit={(event) => {
            event.preventDefault();
            if (!name().trim()) return;
            void props.model.change({
              adults: [...card().adults, { name: name().trim(), contact: contact().trim() }],
            });
            setName('');
            setContact('');
          }}
        >
          <label>
            {t().adultName}
            <input
              type="text"
              maxLength={CARD_LIMITS.name}
              value={name()}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <label>
            {t().adultContact}
            <input
              type="text"
              maxLength={CARD_LIMITS.contact}
              value={contact()}
              onInput={(event) => setContact(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button">
            {t().addAdult}
          </button>
        </form>
      </Show>
      <div class="plan-row">
        <label>
          {t().codeWord}
          <input
            type="text"
            maxLength={CARD_LIMITS.codeWord}
            value={card().codeWord}
            onChange={(event) => void props.model.change({ codeWord: event.currentTarget.value })}
          />
        </label>
        <label>
          {t().region}
          <select
            value={card().region ?? ''}
            onChange={(event) =>
              void props.model.change({ region: (event.currentTarget.value || undefined) as RegionId | undefined })
            }
          >
            <option value="">{t().noRegion}</option>
            <For each={props.regions}>{(option) => <option value={option.id}>{option.name}</option>}</For>
          </select>
        </label>
      </div>
      <label class="plan-note">
        {t().promise}
        <textarea
          rows="3"
          maxLength={CARD_LIMITS.promise}
          value={card().promise}
          onChange={(event) => void props.model.change({ promise: event.currentTarget.value })}
        />
      </label>
      <p class="plan-hint" role="status">
        {props.model.saveError() ? t().unavailable : t().saved}
      </p>
    </section>
  );
}

function PrintSection(props: { text: CardText }) {
  const print = (kind: 'wallet' | 'fridge') => {
    document.documentElement.dataset['cardPrint'] = kind;
    window.print();
  };
  return (
    <section class="plan-section" aria-labelledby="card-print">
      <h2 id="card-print">{props.text.printHeading}</h2>
      <p class="plan-buttons">
        <button type="button" class="button" onClick={() => print('wallet')}>
          {props.text.printWallet}
        </button>
        <button type="button" class="button" onClick={() => print('fridge')}>
          {props.text.printFridge}
        </button>
      </p>
      <p class="plan-hint">{props.text.printHint}</p>
    </section>
  );
}

/** What the printer gets: one wallet-size card or one fridge card, numbers and addresses written out. */
function Printout(props: { text: CardText; card: CardData; region: CardRegion | undefined }) {
  return (
    <div class="card-printout" aria-hidden="true">
      <For each={['wallet', 'fridge'] as const}>
        {(kind) => (
          <section class={`card-printout__${kind}`}>
            <h2>{kind === 'wallet' ? props.text.walletTitle : props.text.fridgeTitle}</h2>
            <ol>
              <For each={props.text.steps}>{(step) => <li>{step}</li>}</For>
            </ol>
            <Show when={props.card.adults.length > 0}>
              <h3>{props.text.peopleHeading}</h3>
              <ul>
                <For each={props.card.adults}>
                  {(adult) => (
                    <li>
                      {adult.name}
                      {adult.contact ? `: ${adult.contact}` : ''}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={kind === 'wallet' && props.card.codeWord.trim()}>
              <p>
                <strong>{props.text.codeWordHeading}:</strong> {props.card.codeWord}
              </p>
            </Show>
            <Show when={props.card.promise.trim()}>
              <p class="card-printout__promise">“{props.card.promise}”</p>
            </Show>
            <Show when={props.region}>
              {(region) => (
                <>
                  <h3>
                    {props.text.numbersHeading}: {region().name}
                  </h3>
                  <ul>
                    <For each={region().routes}>
                      {(route) => (
                        <li>
                          {route.name}
                          {route.phone ? `: ${route.phone}` : ''}
                          {route.sms ? `, ${route.sms}` : ''}
                          {route.kind !== 'emergency' ? ` (${route.address})` : ''}
                        </li>
                      )}
                    </For>
                  </ul>
                </>
              )}
            </Show>
          </section>
        )}
      </For>
    </div>
  );
}

function LockSection(props: { text: CardText; model: CardModel }) {
  const t = () => props.text;
  const [pass, setPass] = createSignal('');
  const [again, setAgain] = createSignal('');
  const [message, setMessage] = createSignal('');
  return (
    <section class="plan-section" aria-labelledby="card-lock">
      <h2 id="card-lock">{t().lockHeading}</h2>
      <Show
        when={!props.model.locked()}
        fallback={
          <p class="plan-buttons">
            <button type="button" class="button" onClick={() => props.model.lockNow()}>
              {t().lockNow}
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={async () => {
                await props.model.removePassphrase();
                setMessage(t().lockRemoved);
              }}
            >
              {t().removeLock}
            </button>
          </p>
        }
      >
        <p>{t().lockIntro}</p>
        <form
          class="plan-add"
          onSubmit={async (event) => {
            event.preventDefault();
            if (pass().length < MIN_PASSPHRASE) {
              setMessage(t().passphraseShort);
              return;
            }
            if (pass() !== again()) {
              setMessage(t().passphraseMismatch);
              return;
            }
            await props.model.setPassphrase(pass());
            setPass('');
            setAgain('');
            setMessage(t().lockSet);
          }}
        >
          <label>
            {t().passphrase}
            <input
              type="password"
              autocomplete="new-password"
              value={pass()}
              onInput={(event) => setPass(event.currentTarget.value)}
            />
          </label>
          <label>
            {t().passphraseAgain}
            <input
              type="password"
              autocomplete="new-password"
              value={again()}
              onInput={(event) => setAgain(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button">
            {t().setLock}
          </button>
        </form>
      </Show>
      <p class="plan-message" role="status">
        {message()}
      </p>
    </section>
  );
}

function LockScreen(props: { text: CardText; model: CardModel }) {
  const t = () => props.text;
  const [pass, setPass] = createSignal('');
  const [wrong, setWrong] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (handover.kind === 'none') heading?.focus();
  });
  return (
    <section class="plan-section" aria-labelledby="card-locked">
      <h2 id="card-locked" ref={heading} tabindex="-1">
        {t().lockedHeading}
      </h2>
      <p>{t().lockedIntro}</p>
      <form
        class="plan-add"
        onSubmit={async (event) => {
          event.preventDefault();
          const opened = await props.model.unlock(pass());
          setWrong(!opened);
          if (opened) setPass('');
        }}
      >
        <label>
          {t().passphrase}
          <input
            type="password"
            autocomplete="current-password"
            value={pass()}
            onInput={(event) => setPass(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {t().unlock}
        </button>
      </form>
      <p role="status">{wrong() ? t().wrong : ''}</p>
      <DeleteSection text={props.text} model={props.model} />
    </section>
  );
}

function DeleteSection(props: { text: CardText; model: CardModel }) {
  const t = () => props.text;
  const [confirming, setConfirming] = createSignal(false);
  return (
    <div class="plan-buttons card-delete">
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button button--quiet" onClick={() => setConfirming(true)}>
            {t().deleteCard}
          </button>
        }
      >
        <p>{t().confirmDelete}</p>
        <button type="button" class="button" onClick={() => void props.model.deleteCard()}>
          {t().confirm}
        </button>
        <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
          {t().cancel}
        </button>
      </Show>
    </div>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(Card);
