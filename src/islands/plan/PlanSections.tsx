import { createSignal, For, Index, Show } from 'solid-js';
import type { BandId } from '../../domain/bands';
import { hasOpenTalk, newId } from '../../domain/plan-ops';
import { DATE_RANGE, isPlanDate, LIMITS } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import { EditableList } from './EditableList';
import { findScript, type PlanText, type SectionProps } from './types';

export function ChildrenSection(props: SectionProps & { defaultBand?: BandId | undefined }) {
  const t = () => props.text.children;
  const [nickname, setNickname] = createSignal('');
  // Arriving from a script's "Add to my plan", the age starts at that script's band (known a moment after
  // the page starts), until the parent picks one.
  const [picked, setBand] = createSignal<BandId>();
  const band = () => picked() ?? props.defaultBand ?? '8-10';
  const bandSelect = (value: () => BandId, onChange: (band: BandId) => void) => (
    <label>
      {t().band}
      <select value={value()} onChange={(event) => onChange(event.currentTarget.value as BandId)}>
        <For each={props.data.bands}>{(option) => <option value={option.id}>{option.label}</option>}</For>
      </select>
    </label>
  );
  return (
    <section class="plan-section" aria-labelledby="plan-children">
      <h2 id="plan-children">{t().heading}</h2>
      <p>{t().intro}</p>
      <EditableList
        text={props.text}
        items={props.family.plan().children}
        max={LIMITS.children}
        none={t().none}
        name={(child) => child.nickname}
        onRemove={(child) => props.family.remove({ type: 'remove-child', id: child.id }, child.nickname || t().thing)}
        row={(child) => (
          <>
            <TextField
              label={t().nickname}
              max={LIMITS.nickname}
              value={child().nickname}
              onInput={(nickname) =>
                props.family.change({ type: 'update-child', id: child().id, changes: { nickname } })
              }
            />
            {bandSelect(
              () => child().band,
              (band) => props.family.change({ type: 'update-child', id: child().id, changes: { band } }),
            )}
          </>
        )}
        addLabel={t().addHeading}
        addButton={t().addHeading}
        fields={
          <>
            <TextField label={t().nickname} max={LIMITS.nickname} value={nickname()} onInput={setNickname} />
            {bandSelect(band, setBand)}
          </>
        }
        onAdd={() => {
          if (!nickname().trim()) return;
          props.family.change({ type: 'add-child', child: { id: newId(), nickname: nickname().trim(), band: band() } });
          setNickname('');
        }}
      />
    </section>
  );
}

/** A labelled text input whose length limit comes from the schema. */
export function TextField(props: { label: string; max: number; value: string; onInput: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <input
        type="text"
        maxLength={props.max}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </label>
  );
}

/**
 * A date input limited to DATE_RANGE. A typed date the plan can't hold (a five-digit year, out of range) is
 * not stored: the field says so plainly instead.
 */
export function DateField(props: {
  label: string;
  text: PlanText;
  value: string;
  onDate: (value: string) => void;
  allowEmpty?: boolean;
}) {
  const [wrong, setWrong] = createSignal(false);
  const hint = `date-hint-${newId()}`;
  return (
    <label>
      {props.label}
      <input
        type="date"
        min={DATE_RANGE.min}
        max={DATE_RANGE.max}
        value={props.value}
        aria-invalid={wrong()}
        aria-describedby={wrong() ? hint : undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const ok = isPlanDate(value) || (value === '' && props.allowEmpty === true);
          setWrong(!ok && value !== '');
          if (ok) props.onDate(value);
        }}
      />
      <Show when={wrong()}>
        <span id={hint} class="plan-field-problem" role="alert">
          {fillTemplate(props.text.limits.date, { min: DATE_RANGE.min.slice(0, 4), max: DATE_RANGE.max.slice(0, 4) })}
        </span>
      </Show>
    </label>
  );
}

export function TalksSection(props: SectionProps) {
  const t = () => props.text.talks;
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
            const script = (talk: { band?: BandId | undefined; topic: string }) =>
              findScript(props.data, talk.band ?? child().band, talk.topic);
            return (
              <div class="plan-child-talks">
                <h3>{fillTemplate(t().forChild, { name: child().nickname })}</h3>
                <ul class="plan-list">
                  <Index each={talks()}>
                    {(talk) => (
                      <li class="plan-talk">
                        <p class="plan-talk__title">
                          <a href={script(talk())?.href}>{script(talk())?.title ?? talk().topic}</a>
                        </p>
                        <div class="plan-row">
                          <DateField
                            label={t().date}
                            text={props.text}
                            value={talk().plannedFor ?? ''}
                            allowEmpty
                            onDate={(value) =>
                              props.family.change({
                                type: 'update-talk',
                                id: talk().id,
                                changes: { plannedFor: value || undefined },
                              })
                            }
                          />
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
                            <span class="visually-hidden"> {script(talk())?.title}</span>
                          </button>
                        </div>
                        <label class="plan-note">
                          {t().note}
                          <textarea
                            maxLength={LIMITS.note}
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
                    const chosen = topic() || available().find((entry) => !planned(entry.topic))?.topic;
                    if (!chosen || planned(chosen) || props.family.plan().talks.length >= LIMITS.talks) return;
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
                        {(entry) => (
                          <option value={entry.topic} disabled={planned(entry.topic)}>
                            {entry.title}
                          </option>
                        )}
                      </For>
                    </select>
                  </label>
                  <button type="submit" class="button" disabled={props.family.plan().talks.length >= LIMITS.talks}>
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
