import { createSignal, For, lazy, Show, Suspense } from 'solid-js';
import type { BandId } from '../../domain/bands';
import type { RegionId } from '../../domain/regions';
import { newId } from '../../domain/plan-ops';
import { isPlanDate, LIMITS, type CheckIn } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import { EditableList } from './EditableList';
import { Later } from './Later';
import { ChildrenSection, DateField, TalksSection, TextField } from './PlanSections';
import Planner from './Planner';
import PrintView from './PrintView';
import type { SectionProps } from './types';

// The plan's editing sections: their own chunk, fetched as soon as /plan/ starts (alongside reading the
// stored plan, which they wait for anyway), which keeps the page's first-load JS inside its budget.

// The planner's "what's next" comes with the sections (it is the plan's first screen). The calendar file's
// options with the .ics writer, and sharing with another carer, load on their own, after the sections.
const CalendarReminders = lazy(() => import('./CalendarReminders'));
const CarerShare = lazy(() => import('./CarerShare'));
// The phone promise and "hand over the card" (with the QR code library) load the same way, after the sections.
const CardHandover = lazy(() => import('./CardHandover'));
// Export, import, passphrase and delete controls: needed less often, and last on the page. Fetched at once.
const safety = import('./SafetySection');
const SafetySection = lazy(() => safety);

/** Every section of the plan, in order: what's next first, then sharing, and the safety controls last. */
export default function PlanEditor(props: SectionProps & { defaultBand?: BandId | undefined }) {
  return (
    <>
      <div class="plan-editor">
        {/* Each section in a task of its own, in page order (Later.tsx), the first screen first. */}
        <Later>
          <Planner {...props} />
        </Later>
        <Later>
          <ChildrenSection {...props} />
        </Later>
        <Later>
          <TalksSection {...props} />
        </Later>
        <Later>
          <AgreementsSection {...props} />
        </Later>
        <Later>
          <TrustedAdultsSection {...props} />
        </Later>
        <Later>
          <IfItHappensSection {...props} />
        </Later>
        <Later>
          <CheckInsSection {...props} />
        </Later>
        <Later>
          <Suspense>
            <CardHandover {...props} />
          </Suspense>
        </Later>
        <Later>
          <Suspense>
            <CarerShare {...props} />
          </Suspense>
        </Later>
        <Later>
          <Suspense>
            <SafetySection {...props} />
          </Suspense>
        </Later>
      </div>
      {/* Hidden on screen (shown only when printing): drawn last, well before anyone prints. */}
      <Later>
        <PrintView {...props} />
      </Later>
    </>
  );
}

function AgreementsSection(props: SectionProps) {
  const t = () => props.text.agreements;
  const [own, setOwn] = createSignal('');
  const bands = () => [...new Set(props.family.plan().children.map((child) => child.band))];
  const suggestions = () => {
    const chosen = bands().length > 0 ? bands() : (['8-10'] as BandId[]);
    return [...new Set(chosen.flatMap((band) => [...props.text.suggestions[band]]))];
  };
  const agreed = (text: string) => props.family.plan().agreements.find((agreement) => agreement.text === text);
  const agreementsFull = () => props.family.plan().agreements.length >= LIMITS.agreements;
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
                disabled={agreed(suggestion) === undefined && agreementsFull()}
                onChange={(event) => {
                  const existing = agreed(suggestion);
                  if (event.currentTarget.checked && !existing && !agreementsFull()) {
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
          if (!own().trim() || agreementsFull()) return;
          props.family.change({ type: 'add-agreement', agreement: { id: newId(), text: own().trim(), origin: 'own' } });
          setOwn('');
        }}
      >
        <label>
          {t().own}
          <input
            type="text"
            maxLength={LIMITS.agreement}
            value={own()}
            onInput={(event) => setOwn(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={agreementsFull()}>
          {props.text.add}
        </button>
      </form>
      <Show when={agreementsFull()}>
        <p class="plan-hint" role="status">
          {fillTemplate(props.text.limits.count, { max: LIMITS.agreements })}
        </p>
      </Show>
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

function TrustedAdultsSection(props: SectionProps) {
  const t = () => props.text.trusted;
  const [name, setName] = createSignal('');
  const [contact, setContact] = createSignal('');
  return (
    <section class="plan-section" aria-labelledby="plan-trusted">
      <h2 id="plan-trusted">{t().heading}</h2>
      <p>{t().intro}</p>
      <EditableList
        text={props.text}
        items={props.family.plan().trustedAdults}
        max={LIMITS.trustedAdults}
        none={t().none}
        name={(adult) => adult.name}
        onRemove={(adult) =>
          props.family.remove({ type: 'remove-trusted-adult', id: adult.id }, adult.name || t().thing)
        }
        row={(adult) => (
          <>
            <TextField
              label={t().name}
              max={LIMITS.adultName}
              value={adult().name}
              onInput={(name) =>
                props.family.change({ type: 'update-trusted-adult', id: adult().id, changes: { name } })
              }
            />
            <TextField
              label={t().contact}
              max={LIMITS.contact}
              value={adult().contact}
              onInput={(contact) =>
                props.family.change({ type: 'update-trusted-adult', id: adult().id, changes: { contact } })
              }
            />
          </>
        )}
        addLabel={t().addHeading}
        addButton={props.text.add}
        fields={
          <>
            <TextField label={t().name} max={LIMITS.adultName} value={name()} onInput={setName} />
            <TextField label={t().contact} max={LIMITS.contact} value={contact()} onInput={setContact} />
          </>
        }
        onAdd={() => {
          if (!name().trim()) return;
          props.family.change({
            type: 'add-trusted-adult',
            adult: { id: newId(), name: name().trim(), contact: contact().trim() },
          });
          setName('');
          setContact('');
        }}
      />
    </section>
  );
}

function IfItHappensSection(props: SectionProps) {
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
            maxLength={LIMITS.codeWord}
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

function CheckInsSection(props: SectionProps) {
  const t = () => props.text.checkIns;
  const [label, setLabel] = createSignal('');
  const [date, setDate] = createSignal('');
  const [repeat, setRepeat] = createSignal<CheckIn['repeat']>('none');
  const repeats = Object.entries(props.text.checkIns.repeats) as [CheckIn['repeat'], string][];
  const repeatSelect = (value: () => CheckIn['repeat'], onChange: (repeat: CheckIn['repeat']) => void) => (
    <label>
      {t().repeat}
      <select value={value()} onChange={(event) => onChange(event.currentTarget.value as CheckIn['repeat'])}>
        <For each={repeats}>{([value, name]) => <option value={value}>{name}</option>}</For>
      </select>
    </label>
  );
  return (
    <section class="plan-section" aria-labelledby="plan-check-ins">
      <h2 id="plan-check-ins">{t().heading}</h2>
      <p>{t().intro}</p>
      <EditableList
        text={props.text}
        items={props.family.plan().checkIns}
        max={LIMITS.checkIns}
        none={t().none}
        name={(checkIn) => checkIn.label}
        onRemove={(checkIn) =>
          props.family.remove({ type: 'remove-check-in', id: checkIn.id }, checkIn.label || t().thing)
        }
        row={(checkIn) => (
          <>
            <TextField
              label={t().label}
              max={LIMITS.checkInLabel}
              value={checkIn().label}
              onInput={(label) =>
                props.family.change({ type: 'update-check-in', id: checkIn().id, changes: { label } })
              }
            />
            <DateField
              label={t().date}
              text={props.text}
              value={checkIn().date}
              onDate={(date) => props.family.change({ type: 'update-check-in', id: checkIn().id, changes: { date } })}
            />
            {repeatSelect(
              () => checkIn().repeat,
              (repeat) => props.family.change({ type: 'update-check-in', id: checkIn().id, changes: { repeat } }),
            )}
          </>
        )}
        addLabel={t().addHeading}
        addButton={props.text.add}
        fields={
          <>
            <TextField label={t().label} max={LIMITS.checkInLabel} value={label()} onInput={setLabel} />
            <DateField label={t().date} text={props.text} value={date()} onDate={setDate} allowEmpty />
            {repeatSelect(repeat, setRepeat)}
          </>
        }
        onAdd={() => {
          if (!label().trim() || !isPlanDate(date())) return;
          props.family.change({
            type: 'add-check-in',
            checkIn: { id: newId(), label: label().trim(), date: date(), repeat: repeat() },
          });
          setLabel('');
          setDate('');
        }}
      />
      {/* Its own turn: with the date field above, one task would be long (the first date input costs most). */}
      <Later>
        <Suspense>
          <CalendarReminders {...props} />
        </Suspense>
      </Later>
    </section>
  );
}
