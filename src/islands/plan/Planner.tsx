import { createMemo, createSignal, For, Index, onMount, Show } from 'solid-js';
import { followUpDate, followUpFor, followUpOps, markDoneOps } from '../../domain/after-talk';
import {
  ageInMonth,
  birthMonthProblem,
  dismissNoticeOp,
  growUpOps,
  monthOf,
  parseBirth,
  pendingNotices,
  setBirthOps,
} from '../../domain/child-age';
import { newId } from '../../domain/plan-ops';
import { LIMITS, type AfterTalk, type Child, type Pace, type PlannedTalk } from '../../domain/plan-schema';
import {
  acceptPathOps,
  dayOf,
  moveTalkOps,
  nextTalk,
  pathState,
  progress,
  readyCount,
  skipTalkOps,
  talkBand,
  unskipOp,
} from '../../domain/talk-path';
import { regionFromRoot } from '../../domain/region-fill';
import { fillRegionText } from '../../domain/region-text';
import { fillTemplate } from '../../domain/text';
import { findScript, type SectionProps } from './types';

const today = () => dayOf(new Date());

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameList = <T,>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a === b || (a.length === b.length && a.every((item, index) => same(item, b[index]!)));
/** The same talk as far as the planner shows it: its note and the answers after it are never shown here. */
const sameShownTalk = (a: PlannedTalk, b: PlannedTalk) =>
  a === b || sameJson({ ...a, note: '', after: undefined }, { ...b, note: '', after: undefined });

/** "11-13" that never breaks at its hyphen (U+2011, a non-breaking hyphen). */
const noBreak = (band: string) => band.replace('-', '\u2011');

/** Script text with its region tokens ({child-helpline}…) read for the region the page shows (or neutral). */
function fillRegion(props: SectionProps, text: string): string {
  const root = document.documentElement;
  const region = regionFromRoot(root.dataset['region']);
  return fillRegionText(text, region, props.data.roles[region], root.lang);
}

/** "Ages 11 to 13", from the page's data (the band words, in src/i18n, stay out of the page's JS). */
const bandLabel = (props: SectionProps, band: string) =>
  props.data.bands.find((candidate) => candidate.id === band)?.label ?? band;

/** "Saturday 5 December 2026", in the page's language; days are calendar days, so no time zone shift. */
function formatDay(day: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The plan's first screen: what's next for each child, progress at a glance, the band-change notice, the
 * suggested path and the questions after a talk. Loaded just after the page, like the other extras.
 */
export default function Planner(outer: SectionProps) {
  // The planner shows no notes, so typing a note must not redraw it: it reads the plan through a view that
  // changes only when something it shows changes (this keeps each autosave short).
  // Most changes keep each unchanged item's object, so comparing references is enough almost always.
  const view = createMemo(() => outer.family.plan(), undefined, {
    equals: (a, b) =>
      sameList(a.children, b.children, sameJson) &&
      sameList(a.checkIns, b.checkIns, sameJson) &&
      sameList(a.talks, b.talks, sameShownTalk),
  });
  const props: SectionProps = { ...outer, family: { ...outer.family, plan: view } };
  const t = () => props.text.planner;
  const [openPath, setOpenPath] = createSignal<string>();
  const childIds = createMemo(() => props.family.plan().children.map((child) => child.id));

  // Children with a birth month follow the date: any band change is applied once, with its notice.
  onMount(() => growUpOps(props.family.plan(), monthOf(new Date())).forEach((op) => props.family.change(op)));

  const noticeText = (child: Child) => {
    const notice = child.bandNotice!;
    const age = child.birth ? ageInMonth(parseBirth(child.birth), monthOf(new Date())) : '';
    if (notice.to === 'grown-up') return fillTemplate(t().notice.grownUp, { name: child.nickname });
    const count = readyCount(props.family.plan(), child);
    return fillTemplate(count > 0 ? t().notice.moved : t().notice.movedNone, {
      name: child.nickname,
      age,
      count,
      band: notice.to,
      label: bandLabel(props, notice.to),
    });
  };

  return (
    <section class="plan-section plan-next" aria-labelledby="plan-next">
      <h2 id="plan-next">{t().next.heading}</h2>
      <p>{t().next.intro}</p>
      <For each={pendingNotices(props.family.plan())}>
        {({ child, notice }) => (
          <div class="callout plan-notice" role="status">
            <p>{noticeText(child)}</p>
            <p class="plan-buttons">
              <Show when={notice.to !== 'grown-up'}>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    props.family.change(dismissNoticeOp(child.id));
                    setOpenPath(child.id);
                    document.getElementById(`plan-path-${child.id}`)?.focus();
                  }}
                >
                  {fillTemplate(t().notice.offer, { band: child.band })}
                </button>
              </Show>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => props.family.change(dismissNoticeOp(child.id))}
              >
                {t().notice.dismiss}
              </button>
            </p>
          </div>
        )}
      </For>
      <Show when={props.family.plan().children.length > 0} fallback={<p class="plan-empty">{props.text.talks.none}</p>}>
        {/* By id, so a card (and a half-filled form in it) survives the plan being saved and read back. */}
        <For each={childIds()}>
          {(id) => (
            <ChildCard
              {...props}
              childId={id}
              pathOpen={openPath() === id}
              onPathToggle={(open) => setOpenPath(open ? id : undefined)}
            />
          )}
        </For>
      </Show>
    </section>
  );
}

function ChildCard(
  props: SectionProps & { childId: string; pathOpen: boolean; onPathToggle: (open: boolean) => void },
) {
  const t = () => props.text.planner;
  // While a removed child's card is being taken down, a stand-in keeps the last reads safe.
  const child = (): Child =>
    props.family.plan().children.find((candidate) => candidate.id === props.childId) ?? {
      id: props.childId,
      nickname: '',
      band: '4-7',
    };
  const next = () => nextTalk(props.family.plan(), child());
  const counts = () => progress(props.family.plan(), child());
  const script = (talk: PlannedTalk) => findScript(props.data, talkBand(talk, child()), talk.topic);
  const [marking, setMarking] = createSignal<string>();
  const [justDone, setJustDone] = createSignal<string>();
  const doneTalk = () => props.family.plan().talks.find((talk) => talk.id === justDone());
  // The talk being marked done, by id: the form stays with it even as "what's next" moves on.
  const markingTalk = createMemo(
    () => props.family.plan().talks.find((talk) => talk.id === marking() && talk.status === 'planned')?.id,
  );
  const headingId = () => `plan-child-${props.childId}`;

  return (
    <article class="plan-child" aria-labelledby={headingId()}>
      <h3 id={headingId()}>
        {child().nickname} <span class="plan-child__band">{bandLabel(props, child().band)}</span>
      </h3>
      <p class="plan-progress">{fillTemplate(t().next.progress, counts())}</p>
      <ol class="plan-glance" aria-hidden="true">
        <Index each={pathState(props.family.plan(), child())}>
          {(entry) => <li class={`plan-glance__step plan-glance__step--${entry().state}`} />}
        </Index>
      </ol>
      <Show
        when={next()}
        fallback={
          <Show
            when={!(counts().done > 0 && counts().notYet === 0 && counts().planned === 0)}
            fallback={<p>{fillTemplate(t().next.allDone, { name: child().nickname })}</p>}
          >
            <p>{fillTemplate(t().next.none, { name: child().nickname })}</p>
            <p class="plan-buttons">
              <button
                type="button"
                class="button"
                onClick={() => {
                  props.onPathToggle(true);
                  document.getElementById(`plan-path-${props.childId}`)?.focus();
                }}
              >
                {fillTemplate(t().next.start, { name: child().nickname })}
              </button>
            </p>
          </Show>
        }
      >
        {(talk) => (
          <div class="plan-up-next">
            <p class="plan-up-next__label">{fillTemplate(t().next.talk, { name: child().nickname })}</p>
            <p class="plan-up-next__title">{script(talk())?.title ?? talk().topic}</p>
            <p>
              {talk().plannedFor
                ? fillTemplate(t().next.planned, { date: formatDay(talk().plannedFor!) })
                : t().next.noDate}
            </p>
            <Show when={script(talk())?.twoMinutes}>
              {(short) => (
                <details class="plan-two-minutes">
                  <summary>{t().next.twoMinutes}</summary>
                  <p>{t().next.twoMinutesIntro}</p>
                  <ul class="said-list">
                    <For each={short().say}>{(line) => <li>{fillRegion(props, line)}</li>}</For>
                  </ul>
                  <p>
                    <strong>{t().next.avoid}</strong> {fillRegion(props, short().avoid)}
                  </p>
                </details>
              )}
            </Show>
            <p class="plan-buttons">
              <a class="button" href={script(talk())?.href}>
                {t().next.openScript}
                <span class="visually-hidden">: {script(talk())?.title}</span>
              </a>
              <a class="button button--quiet" href={`${script(talk())?.href ?? ''}#practise-heading`}>
                {t().next.practise}
              </a>
              <Show when={marking() !== talk().id}>
                <button type="button" class="button button--quiet" onClick={() => setMarking(talk().id)}>
                  {t().next.markDone}
                </button>
              </Show>
            </p>
          </div>
        )}
      </Show>
      <Show when={markingTalk()} keyed>
        {(id) => {
          const talk = () => props.family.plan().talks.find((candidate) => candidate.id === id)!;
          return (
            <AfterTalkForm
              {...props}
              child={child()}
              talk={talk()}
              onCancel={() => setMarking(undefined)}
              onDone={(answers) => {
                markDoneOps(talk(), today(), answers).forEach((op) => props.family.change(op));
                setJustDone(id);
                setMarking(undefined);
              }}
            />
          );
        }}
      </Show>
      <Show when={doneTalk()}>{(talk) => <FollowUpOffer {...props} child={child()} talk={talk()} />}</Show>
      <PathDetails {...props} child={child()} />
      <BirthMonth {...props} child={child()} />
    </article>
  );
}

function AfterTalkForm(
  props: SectionProps & {
    child: Child;
    talk: PlannedTalk;
    onDone: (answers: AfterTalk) => void;
    onCancel: () => void;
  },
) {
  const t = () => props.text.planner.after;
  const [feeling, setFeeling] = createSignal<AfterTalk['feeling']>();
  const [comeBackTo, setComeBackTo] = createSignal('');
  const feelings = () => Object.entries(t().feelings) as [NonNullable<AfterTalk['feeling']>, string][];
  const name = `feeling-${props.talk.id}`;
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <form
      class="plan-add plan-after"
      aria-labelledby={`after-${props.talk.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        const answers: AfterTalk = {};
        const chosen = feeling();
        if (chosen) answers.feeling = chosen;
        if (comeBackTo().trim()) answers.comeBackTo = comeBackTo();
        props.onDone(answers);
      }}
    >
      <h4 id={`after-${props.talk.id}`} ref={heading} tabindex="-1">
        {fillTemplate(t().heading, { name: props.child.nickname })}
      </h4>
      <fieldset class="plan-fieldset">
        <legend>{t().feeling}</legend>
        <For each={feelings()}>
          {([value, label]) => (
            <label class="plan-check">
              <input
                type="radio"
                name={name}
                value={value}
                checked={feeling() === value}
                onChange={() => setFeeling(value)}
              />
              {label}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={feeling() === 'hard'}>
        <p class="plan-hint">{t().hardNote}</p>
      </Show>
      <label class="plan-note">
        {t().comeBackTo}
        <textarea
          maxLength={LIMITS.comeBackTo}
          rows={2}
          value={comeBackTo()}
          onInput={(event) => setComeBackTo(event.currentTarget.value)}
        />
      </label>
      <p class="plan-buttons">
        <button type="submit" class="button">
          {t().save}
        </button>
        <button type="button" class="button button--quiet" onClick={() => props.onCancel()}>
          {t().cancel}
        </button>
      </p>
    </form>
  );
}

function FollowUpOffer(props: SectionProps & { child: Child; talk: PlannedTalk }) {
  const t = () => props.text.planner.after;
  const script = () => findScript(props.data, talkBand(props.talk, props.child), props.talk.topic);
  const date = () => followUpDate(props.talk, props.child, today());
  const existing = () => followUpFor(props.family.plan(), props.talk.id);
  return (
    <div class="callout plan-follow-up" role="status">
      <Show when={script()?.followUp}>
        <p>{fillTemplate(t().followUpIntro, { followUp: fillRegion(props, script()!.followUp!) })}</p>
      </Show>
      <Show
        when={!existing()}
        fallback={<p>{fillTemplate(t().followUpAdded, { date: formatDay(existing()!.date) })}</p>}
      >
        <button
          type="button"
          class="button"
          onClick={() =>
            followUpOps(props.family.plan(), props.talk, {
              id: newId(),
              label: fillTemplate(t().followUpLabel, { title: script()?.title ?? props.talk.topic }),
              date: date(),
            }).forEach((op) => props.family.change(op))
          }
        >
          {fillTemplate(t().followUpOffer, { date: formatDay(date()) })}
        </button>
      </Show>
    </div>
  );
}

function PathDetails(props: SectionProps & { child: Child; pathOpen: boolean; onPathToggle: (open: boolean) => void }) {
  const t = () => props.text.planner.path;
  const [pace, setPace] = createSignal<Pace>(props.child.pace ?? 'weekly');
  const [start, setStart] = createSignal(today());
  const [accepted, setAccepted] = createSignal(false);
  const steps = () => pathState(props.family.plan(), props.child);
  const canAccept = () => steps().some((entry) => entry.state === 'not-yet');
  const paces = () => Object.entries(t().paces) as [Pace, string][];
  const id = () => props.child.id;
  return (
    <details class="plan-path" open={props.pathOpen} onToggle={(event) => props.onPathToggle(event.currentTarget.open)}>
      {/* A summary is in the tab order already; its id lets the band notice and "what's next" move focus here. */}
      <summary id={`plan-path-${id()}`}>
        {fillTemplate(t().heading, { name: props.child.nickname, band: noBreak(props.child.band) })}
      </summary>
      <p>{t().intro}</p>
      <ol class="plan-path__steps">
        <For each={steps()}>
          {(entry, index) => {
            const script = () => findScript(props.data, props.child.band, entry.step.topic);
            return (
              <li class={`plan-path__step plan-path__step--${entry.state}`}>
                <p class="plan-path__title">
                  <a href={script()?.href}>{script()?.title ?? entry.step.topic}</a>{' '}
                  <span class="plan-path__state">{t().states[entry.state]}</span>
                  <Show when={index() === 0}>
                    {' '}
                    <strong class="plan-path__start">{t().startHere}</strong>
                  </Show>
                </p>
                <p class="plan-hint">{t().reasons[`${props.child.band}/${entry.step.topic}`]}</p>
                <Show when={entry.state === 'planned' && entry.talk}>
                  {(talk) => (
                    <p class="plan-buttons">
                      <Show when={talk().plannedFor}>
                        <span class="plan-path__date">{formatDay(talk().plannedFor!)}</span>
                      </Show>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() =>
                          moveTalkOps(props.family.plan(), props.child, talk().id, -1).forEach((op) =>
                            props.family.change(op),
                          )
                        }
                      >
                        {t().up}
                        <span class="visually-hidden">: {script()?.title}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() =>
                          moveTalkOps(props.family.plan(), props.child, talk().id, 1).forEach((op) =>
                            props.family.change(op),
                          )
                        }
                      >
                        {t().down}
                        <span class="visually-hidden">: {script()?.title}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() =>
                          skipTalkOps(props.family.plan(), props.child, talk().id).forEach((op) =>
                            props.family.change(op),
                          )
                        }
                      >
                        {t().skip}
                        <span class="visually-hidden">: {script()?.title}</span>
                      </button>
                    </p>
                  )}
                </Show>
                <Show when={entry.state === 'skipped' && entry.talk}>
                  {(talk) => (
                    <button
                      type="button"
                      class="button button--quiet"
                      onClick={() => props.family.change(unskipOp(talk().id))}
                    >
                      {t().unskip}
                      <span class="visually-hidden">: {script()?.title}</span>
                    </button>
                  )}
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={canAccept()} fallback={<p role="status">{accepted() ? t().accepted : ''}</p>}>
        <form
          class="plan-add"
          aria-label={fillTemplate(t().heading, { name: props.child.nickname, band: props.child.band })}
          onSubmit={(event) => {
            event.preventDefault();
            acceptPathOps(props.family.plan(), props.child, { pace: pace(), start: start() || today(), newId }).forEach(
              (op) => props.family.change(op),
            );
            setAccepted(true);
          }}
        >
          <label>
            {t().pace}
            <select value={pace()} onChange={(event) => setPace(event.currentTarget.value as Pace)}>
              <For each={paces()}>{([value, label]) => <option value={value}>{label}</option>}</For>
            </select>
          </label>
          <label>
            {t().start}
            <input type="date" value={start()} onInput={(event) => setStart(event.currentTarget.value)} />
          </label>
          <button type="submit" class="button">
            {t().accept}
            <span class="visually-hidden"> ({props.child.nickname})</span>
          </button>
        </form>
      </Show>
    </details>
  );
}

function BirthMonth(props: SectionProps & { child: Child }) {
  const t = () => props.text.planner.birth;
  const stored = props.child.birth ? parseBirth(props.child.birth) : undefined;
  const [month, setMonth] = createSignal(stored?.month ?? 0);
  const [year, setYear] = createSignal(stored ? String(stored.year) : '');
  const [problem, setProblem] = createSignal('');
  const save = () => {
    const now = monthOf(new Date());
    if (!month()) {
      setProblem('');
      if (props.child.birth) setBirthOps(props.child, undefined, now).forEach((op) => props.family.change(op));
      return;
    }
    const parsed = Number(year());
    if (!/^\d{4}$/.test(year()) || !Number.isInteger(parsed)) return;
    const birth = { year: parsed, month: month() };
    const why = birthMonthProblem(birth, now);
    setProblem(why === 'in-future' ? t().inFuture : why === 'too-old' ? t().tooOld : '');
    if (!why) setBirthOps(props.child, birth, now).forEach((op) => props.family.change(op));
  };
  const hintId = () => `birth-hint-${props.child.id}`;
  return (
    <details class="plan-birth" open={props.child.birth !== undefined}>
      <summary>{t().legend}</summary>
      <p id={hintId()} class="plan-hint">
        {t().hint}
      </p>
      <div class="plan-row">
        <label>
          {t().month}
          <select
            aria-describedby={hintId()}
            value={String(month())}
            onChange={(event) => {
              setMonth(Number(event.currentTarget.value));
              save();
            }}
          >
            <option value="0">{t().none}</option>
            <For each={t().months}>{(name, index) => <option value={String(index() + 1)}>{name}</option>}</For>
          </select>
        </label>
        <label>
          {t().year}
          <input
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxLength={4}
            value={year()}
            onInput={(event) => {
              setYear(event.currentTarget.value.trim());
              save();
            }}
          />
        </label>
      </div>
      <p role="status" class="planner-message">
        {problem()}
      </p>
      <Show when={props.child.birth}>
        <p class="plan-hint">{fillTemplate(t().follows, { band: bandLabel(props, props.child.band) })}</p>
      </Show>
    </details>
  );
}
