// The plan's "phone promise" and "hand over the card" controls. Loaded lazily (one line in Plan.tsx), with the QR
// code encoder (lean-qr's small build, about 3 KB gzip), so the plan page's first load stays in budget. (A dynamic
// import here would pull Vite's preload helper out into a chunk of its own, which costs more than it saves.)
import { generate } from 'lean-qr/nano';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { createSignal, For, Show } from 'solid-js';
import { CARD_SCHEMA_VERSION, MAX_CARD_ADULTS, parseCard, type Card } from '../../domain/card';
import { handoverLink, plainFragment, sealedFragment } from '../../domain/card-handover';
import { LIMITS, PASSPHRASE_MIN_LENGTH } from '../../domain/plan-schema';
import type { SectionProps } from './types';

export default function CardHandover(props: SectionProps) {
  // The words come with the plan's text (in the page's language), so no dictionary travels in this chunk.
  const t = () => props.text.cardHandover.handover;
  const p = () => props.text.cardHandover.promise;
  const plan = () => props.family.plan();
  const promise = () => plan().ifItHappens.phonePromise ?? '';
  const setPromise = (phonePromise: string) =>
    props.family.change({ type: 'set-if-it-happens', changes: { phonePromise } });
  const adults = () => plan().trustedAdults.filter((adult) => adult.name.trim());

  const [passphrase, setPassphrase] = createSignal('');
  const [link, setLink] = createSignal('');
  const [qr, setQr] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  /** Exactly what the card shows, and nothing else from the plan. */
  const card = (): Card | undefined =>
    parseCard({
      schemaVersion: CARD_SCHEMA_VERSION,
      adults: adults()
        .slice(0, MAX_CARD_ADULTS)
        .map((adult) => ({ name: adult.name.trim(), contact: adult.contact.trim() })),
      codeWord: plan().ifItHappens.codeWord,
      promise: promise(),
      ...(plan().ifItHappens.region ? { region: plan().ifItHappens.region } : {}),
    });

  const make = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage('');
    const current = card();
    if (!current) return;
    if (passphrase() && passphrase().length < PASSPHRASE_MIN_LENGTH) {
      setMessage(t().tooShort);
      return;
    }
    setBusy(true);
    try {
      const fragment = passphrase() ? await sealedFragment(current, passphrase()) : plainFragment(current);
      const address = handoverLink(new URL(`${import.meta.env.BASE_URL}card/`, window.location.origin).href, fragment);
      setLink(address);
      // lean-qr starts from the lowest error correction (raised when the code has room), so a long sealed link stays
      // at a size a phone camera reads; black on white, with the four-module quiet zone the standard asks for.
      setQr(toSvgDataURL(generate(address), { on: '#000000', off: '#ffffff', pad: 4 }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section class="plan-section" aria-labelledby="plan-promise">
        <h2 id="plan-promise">{p().heading}</h2>
        <p>{p().intro}</p>
        <ul class="plan-list">
          <For each={p().suggestions}>
            {(suggestion) => (
              <li class="plan-row plan-row--text">
                <span>{suggestion}</span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-pressed={promise() === suggestion}
                  onClick={() => setPromise(suggestion)}
                >
                  {p().useSuggestion}
                </button>
              </li>
            )}
          </For>
        </ul>
        <label class="plan-note">
          {p().label}
          <textarea
            rows="3"
            maxLength={LIMITS.phonePromise}
            aria-describedby="promise-hint"
            value={promise()}
            onInput={(event) => setPromise(event.currentTarget.value)}
          />
        </label>
        <p id="promise-hint" class="plan-hint">
          {p().hint}
        </p>
      </section>

      <section class="plan-section" aria-labelledby="plan-handover">
        <h2 id="plan-handover">{t().heading}</h2>
        <p>{t().intro}</p>
        <p class="plan-hint">{t().what}</p>
        <h3>{t().adults}</h3>
        <Show when={adults().length > 0} fallback={<p class="plan-empty">{t().noAdults}</p>}>
          <ul>
            <For each={adults().slice(0, MAX_CARD_ADULTS)}>
              {(adult) => (
                <li>
                  {adult.name}
                  {adult.contact ? `: ${adult.contact}` : ''}
                </li>
              )}
            </For>
          </ul>
          <Show when={adults().length > MAX_CARD_ADULTS}>
            <p class="plan-hint">{t().tooMany}</p>
          </Show>
        </Show>
        <form class="plan-add" aria-label={t().make} onSubmit={(event) => void make(event)}>
          <label>
            {t().passphrase}
            <input
              type="password"
              autocomplete="new-password"
              aria-describedby="handover-pass-hint"
              value={passphrase()}
              onInput={(event) => {
                setPassphrase(event.currentTarget.value);
                setLink('');
                setQr('');
              }}
            />
          </label>
          <button type="submit" class="button" disabled={busy()}>
            {t().make}
          </button>
        </form>
        <p id="handover-pass-hint" class="plan-hint">
          {t().passphraseHint}
        </p>
        <p class="plan-hint" role="status">
          {message()}
        </p>
        <Show when={link()}>
          <label class="plan-note">
            {t().link}
            <textarea rows="3" readOnly value={link()} data-card-link />
          </label>
          <p class="plan-buttons">
            <Show when={navigator.clipboard}>
              <button
                type="button"
                class="button"
                onClick={() => {
                  const { copied, copyFailed } = t();
                  navigator.clipboard.writeText(link()).then(
                    () => setMessage(copied),
                    () => setMessage(copyFailed),
                  );
                }}
              >
                {t().copy}
              </button>
            </Show>
            <Show when={typeof navigator.share === 'function'}>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => navigator.share({ url: link() }).catch(() => undefined)}
              >
                {t().share}
              </button>
            </Show>
          </p>
          <Show when={qr()}>
            <figure class="card-qr">
              <img src={qr()} alt={t().qrAlt} width="280" height="280" data-card-qr />
              <figcaption class="plan-hint">{t().qrHint}</figcaption>
            </figure>
          </Show>
        </Show>
      </section>
    </>
  );
}
