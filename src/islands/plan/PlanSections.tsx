import { createSignal, For, Index, Show, type JSX } from 'solid-js';
import type { BandId } from '../../domain/bands';
import type { RegionId } from '../../domain/regions';
import { hasOpenTalk, newId } from '../../domain/plan-ops';
import type { CheckIn } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import type { SectionProps } from './types';

export function ChildrenSection(props: SectionProps & { defaultBand?: BandId | undefined }) {
  const t = () => props.text.children;
  const [nickname, setNickname] = createSignal('');
  // Arriving from a script's "Add to my plan", the age starts at that script's band.
  const [band, setBand] = createSignal<BandId>(props.defaultBand ?? '8-10');
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    if (!nickname().trim()) return;
    props.family.change({ type: 'add-child', child: { id: newId(), nickname: nickname().trim(), band: band() } });
    setNickname('');
  };
  return (
    <section class="plan-section" aria-labelledby="plan-children">
      <h2 id="plan-children">{t().heading}</h2>
      <p>{t().intro}</p>
      <Show when={props.family.plan().children.length > 0} fallback={<p class="plan-empty">{t().none}</p>}>
        <ul class="plan-list">
          <Index each={props.family.plan().children}>
            {(child) => (
              <li class="plan-row">
                <label>
                  {t().nickname}
                  <input
                    type="text"
                    maxLength={60}
                    value={child().nickname}
                    onInput={(event) =>
                      props.family.change({
                        type: 'update-child',
                        id: child().id,
                        changes: { nickname: event.currentTarget.value },
                      })
                    }
                  />
                </label>
                <label>
                  {t().band}
                  <select
                    value={child().band}
                    onChange={(event) =>
                      props.family.change({
                        type: 'update-child',
                        id: child().id,
                        changes: { band: event.currentTarget.value as BandId },
                      })
                    }
                  >
                    <For each={props.data.bands}>{(option) => <option value={option.id}>{option.label}</option>}</For>
                  </select>
                </label>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() =>
                    props.family.remove({ type: 'remove-child', id: child().id }, child().nickname || t().thing)
                  }
                >
                  {props.text.remove}
                  <span class="visually-hidden"> {child().nickname}</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <form class="plan-add" onSubmit={add} aria-label={t().addHeading}>
        <label>
          {t().nickname}
          <input
            type="text"
            maxLength={60}
            value={nickname()}
            onInput={(event) => setNickname(event.currentTarget.value)}
          />
        </label>
        <label>
          {t().band}
          <select value={band()} onChange={(event) => setBand(event.currentTarget.value as BandId)}>
            <For each={props.data.bands}>{(option) => <option value={option.id}>{option.label}</option>}</For>
          </select>
        </label>
        <button type="submit" class="button">
          {t().addHeading}
        </button>
      </form>
    </section>
  );
}

export function TalksSection(props: SectionProps) {
  const t = () => props.text.talks;
  const scriptFor = (band: BandId, topic: string) => props.data.scripts[band]?.find((script) => script.topic === topic);
  return (
    <section class="plan-section" aria-labelledby="plan-talks">
      <h2 id="plan-talks">{t().heading}</h2>
      <p>{t().intro}</p>
      <Show when={props.family.plan().children.length > 0} fallback={<p class="plan-empty">{t().none}</p>}>
        <Index each={props.family.plan().children}>
          {(child) => {
            const [topic, setTopic] = createSignal('');
            const talks = () => props.family.plan().talks.filter((talk) => talk.childId === child().id);
            const available = () => props.data.scripts[child().band] ?? [];
            // A talk already planned for this child can't be added again (it shows as unavailable).
            const planned = (scriptTopic: string) => hasOpenTalk(props.family.plan(), child().id, scriptTopic);
            return (
              <div class="plan-child-talks">
                <h3>{fillTemplate(t().forChild, { name: child().nickname })}</h3>
                <ul class="plan-list">
                  <Index each={talks()}>
                    {(talk) => (
                      <li class="plan-talk">
                        <p class="plan-talk__title">
                          <a href={scriptFor(talk().band ?? child().band, talk().topic)?.href}>
                            {scriptFor(talk().band ?? child().band, talk().topic)?.title ?? talk().topic}
                          </a>
                        </p>
                        <div class="plan-row">
                          <label>
                            {t().date}
                            <input
                              type="date"
                              value={talk().plannedFor ?? ''}
                              onChange={(event) =>
                                props.family.change({
                                  type: 'update-talk',
                                  id: talk().id,
                                  changes: event.currentTarget.value
                                    ? { plannedFor: event.currentTarget.value }
                                    : { plannedFor: undefined },
                                })
                              }
                            />
                          </label>
                          <label class="plan-check">
                            <input
                              type="checkbox"
                              checked={talk().status === 'done'}
                              onChange={(event) =>
                                props.family.change({
                                  type: 'update-talk',
                                  id: talk().id,
                                  changes: { status: event.currentTarget.checked ? 'done' : 'planned' },
                                })
                              }
                            />
                            {t().done}
                          </label>
                          <button
                            type="button"
                            class="button button--quiet"
                            onClick={() => props.family.remove({ type: 'remove-talk', id: talk().id }, t().thing)}
                          >
                            {props.text.remove}
                            <span class="visually-hidden">
                              {' '}
                              {scriptFor(talk().band ?? child().band, talk().topic)?.title}
                            </span>
                          </button>
                        </div>
                        <label class="plan-note">
                          {t().note}
                          <textarea
                            maxLength={2000}
                            rows={2}
                            value={talk().note}
                            onInput={(event) =>
                              props.family.change({
                                type: 'update-talk',
                                id: talk().id,
                                changes: { note: event.currentTarget.value },
                              })
                            }
                          />
                        </label>
                      </li>
                    )}
                  </Index>
                </ul>
                <form
                  class="plan-add"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const chosen = topic() || available().find((script) => !planned(script.topic))?.topic;
                    if (!chosen || planned(chosen)) return;
                    props.family.change({
                      type: 'add-talk',
                      talk: {
                        id: newId(),
                        childId: child().id,
                        topic: chosen,
                        band: child().band,
                        status: 'planned',
                        note: '',
                      },
                    });
                    setTopic('');
                  }}
                >
                  <label>
                    {t().script}
                    <select value={topic()} onChange={(event) => setTopic(event.currentTarget.value)}>
                      <For each={available()}>
                        {(script) => (
                          <option value={script.topic} disabled={planned(script.topic)}>
                            {script.title}
                          </option>
                        )}
                      </For>
                    </select>
                  </label>
                  <button type="submit" class="button">
                    {t().add}
                    <span class="visually-hidden"> ({child().nickname})</span>
                  </button>
                </form>
              </div>
            );
          }}
        </Index>
      </Show>
    </section>
  );
}

export function AgreementsSection(props: SectionProps) {
  const t = () => props.text.agreements;
  const [own, setOwn] = createSignal('');
  const bands = () => [...new Set(props.family.plan().children.map((child) => child.band))];
  const suggestions = () => {
    const chosen = bands().length > 0 ? bands() : (['8-10'] as BandId[]);
    return [...new Set(chosen.flatMap((band) => [...props.text.suggestions[band]]))];
  };
  const agreed = (text: string) => props.family.plan().agreements.find((agreement) => agreement.text === text);
  return (
    <section class="plan-section" aria-labelledby="plan-agreements">
      <h2 id="plan-agreements">{t().heading}</h2>
      <p>{t().intro}</p>
      <fieldset class="plan-fieldset">
        <legend>{t().suggested}</legend>
        <For each={suggestions()}>
          {(suggestion) => (
            <label class="plan-check">
              <input
                type="checkbox"
                checked={agreed(suggestion) !== undefined}
                onChange={(event) => {
                  const existing = agreed(suggestion);
                  if (event.currentTarget.checked && !existing) {
                    props.family.change({
                      type: 'add-agreement',
                      agreement: { id: newId(), text: suggestion, origin: 'suggested' },
                    });
                  } else if (!event.currentTarget.checked && existing) {
                    props.family.remove({ type: 'remove-agreement', id: existing.id }, t().thing);
                  }
                }}
              />
              {suggestion}
            </label>
          )}
        </For>
      </fieldset>
      <form
        class="plan-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!own().trim()) return;
          props.family.change({ type: 'add-agreement', agreement: { id: newId(), text: own().trim(), origin: 'own' } });
          setOwn('');
        }}
      >
        <label>
          {t().own}
          <input type="text" maxLength={300} value={own()} onInput={(event) => setOwn(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button">
          {props.text.add}
        </button>
      </form>
      <h3>{t().ours}</h3>
      <Show when={props.family.plan().agreements.length > 0} fallback={<p class="plan-empty">{t().none}</p>}>
        <ul class="plan-list">
          <For each={props.family.plan().agreements}>
            {(agreement) => (
              <li class="plan-row plan-row--text">
                <span>{agreement.text}</span>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => props.family.remove({ type: 'remove-agreement', id: agreement.id }, t().thing)}
                >
                  {props.text.remove}
                  <span class="visually-hidden"> {agreement.text}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

export function TrustedAdultsSection(props: SectionProps) {
  const t = () => props.text.trusted;
  const [name, setName] = createSignal('');
  const [contact, setContact] = createSignal('');
  return (
    <section class="plan-section" aria-labelledby="plan-trusted">
      <h2 id="plan-trusted">{t().heading}</h2>
      <p>{t().intro}</p>
      <Show when={props.family.plan().trustedAdults.length > 0} fallback={<p class="plan-empty">{t().none}</p>}>
        <ul class="plan-list">
          <Index each={props.family.plan().trustedAdults}>
            {(adult) => (
              <li class="plan-row">
                <label>
                  {t().name}
                  <input
                    type="text"
                    maxLength={80}
                    value={adult().name}
                    onInput={(event) =>
                      props.family.change({
                        type: 'update-trusted-adult',
                        id: adult().id,
                        changes: { name: event.currentTarget.value },
                      })
                    }
                  />
                </label>
                <label>
                  {t().contact}
                  <input
                    type="text"
                    maxLength={120}
                    value={adult().contact}
                    onInput={(event) =>
                      props.family.change({
                        type: 'update-trusted-adult',
                        id: adult().id,
                        changes: { contact: event.currentTarget.value },
                      })
                    }
                  />
                </label>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() =>
                    props.family.remove({ type: 'remove-trusted-adult', id: adult().id }, adult().name || t().thing)
                  }
                >
                  {props.text.remove}
                  <span class="visually-hidden"> {adult().name}</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <form
        class="plan-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name().trim()) return;
          props.family.change({
            type: 'add-trusted-adult',
            adult: { id: newId(), name: name().trim(), contact: contact().trim() },
          });
          setName('');
          setContact('');
        }}
      >
        <label>
          {t().name}
          <input type="text" maxLength={80} value={name()} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <label>
          {t().contact}
          <input
            type="text"
            maxLength={120}
            value={contact()}
            onInput={(event) => setContact(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {props.text.add}
        </button>
      </form>
    </section>
  );
}

export function IfItHappensSection(props: SectionProps) {
  const t = () => props.text.card;
  const region = () => props.data.regions.find((candidate) => candidate.id === props.family.plan().ifItHappens.region);
  return (
    <section class="plan-section" aria-labelledby="plan-card">
      <h2 id="plan-card">{t().heading}</h2>
      <p>{t().intro}</p>
      <ol class="plan-steps">
        <For each={t().steps}>{(step) => <li>{step}</li>}</For>
      </ol>
      <div class="plan-row">
        <label>
          {t().region}
          <select
            value={props.family.plan().ifItHappens.region ?? ''}
            onChange={(event) =>
              props.family.change({
                type: 'set-if-it-happens',
                changes: { region: (event.currentTarget.value || undefined) as RegionId | undefined },
              })
            }
          >
            <option value="">{t().chooseRegion}</option>
            <For each={props.data.regions}>{(option) => <option value={option.id}>{option.name}</option>}</For>
          </select>
        </label>
        <label>
          {t().codeWord}
          <input
            type="text"
            maxLength={60}
            aria-describedby="code-word-hint"
            value={props.family.plan().ifItHappens.codeWord}
            onInput={(event) =>
              props.family.change({ type: 'set-if-it-happens', changes: { codeWord: event.currentTarget.value } })
            }
          />
        </label>
      </div>
      <p id="code-word-hint" class="plan-hint">
        {t().codeWordHint}
      </p>
      <Show when={region()}>
        {(chosen) => (
          <ul class="plan-routes">
            <For each={chosen().routes}>
              {(route) => (
                <li>
                  <strong>{route.name}</strong>
                  {route.phone && (
                    <>
                      {' '}
                      <a href={`tel:${route.dial}`}>{route.phone}</a>
                    </>
                  )}
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </section>
  );
}

export function CheckInsSection(props: SectionProps & { calendar: JSX.Element }) {
  const t = () => props.text.checkIns;
  const [label, setLabel] = createSignal('');
  const [date, setDate] = createSignal('');
  const [repeat, setRepeat] = createSignal<CheckIn['repeat']>('none');
  const repeats = Object.entries(props.text.checkIns.repeats) as [CheckIn['repeat'], string][];
  return (
    <section class="plan-section" aria-labelledby="plan-check-ins">
      <h2 id="plan-check-ins">{t().heading}</h2>
      <p>{t().intro}</p>
      <Show when={props.family.plan().checkIns.length > 0} fallback={<p class="plan-empty">{t().none}</p>}>
        <ul class="plan-list">
          <Index each={props.family.plan().checkIns}>
            {(checkIn) => (
              <li class="plan-row">
                <label>
                  {t().label}
                  <input
                    type="text"
                    maxLength={120}
                    value={checkIn().label}
                    onInput={(event) =>
                      props.family.change({
                        type: 'update-check-in',
                        id: checkIn().id,
                        changes: { label: event.currentTarget.value },
                      })
                    }
                  />
                </label>
                <label>
                  {t().date}
                  <input
                    type="date"
                    value={checkIn().date}
                    onChange={(event) =>
                      event.currentTarget.value &&
                      props.family.change({
                        type: 'update-check-in',
                        id: checkIn().id,
                        changes: { date: event.currentTarget.value },
                      })
                    }
                  />
                </label>
                <label>
                  {t().repeat}
                  <select
                    value={checkIn().repeat}
                    onChange={(event) =>
                      props.family.change({
                        type: 'update-check-in',
                        id: checkIn().id,
                        changes: { repeat: event.currentTarget.value as CheckIn['repeat'] },
                      })
                    }
                  >
                    <For each={repeats}>{([value, name]) => <option value={value}>{name}</option>}</For>
                  </select>
                </label>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() =>
                    props.family.remove({ type: 'remove-check-in', id: checkIn().id }, checkIn().label || t().thing)
                  }
                >
                  {props.text.remove}
                  <span class="visually-hidden"> {checkIn().label}</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <form
        class="plan-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!label().trim() || !date()) return;
          props.family.change({
            type: 'add-check-in',
            checkIn: { id: newId(), label: label().trim(), date: date(), repeat: repeat() },
          });
          setLabel('');
          setDate('');
        }}
      >
        <label>
          {t().label}
          <input type="text" maxLength={120} value={label()} onInput={(event) => setLabel(event.currentTarget.value)} />
        </label>
        <label>
          {t().date}
          <input type="date" value={date()} onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        <label>
          {t().repeat}
          <select value={repeat()} onChange={(event) => setRepeat(event.currentTarget.value as CheckIn['repeat'])}>
            <For each={repeats}>{([value, name]) => <option value={value}>{name}</option>}</For>
          </select>
        </label>
        <button type="submit" class="button">
          {props.text.add}
        </button>
      </form>
      {props.calendar}
    </section>
  );
}
