import { createSignal, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import { readAddRequest, type AddRequest } from '../domain/add-request';
import type { BandId } from '../domain/bands';
import { fillTemplate } from '../domain/text';
import { createFamilyPlan } from './plan/create-family-plan';
import {
  AgreementsSection,
  ChildrenSection,
  CheckInsSection,
  IfItHappensSection,
  TalksSection,
  TrustedAdultsSection,
} from './plan/PlanSections';
import type { PlanData, PlanText } from './plan/types';

// Export, import, passphrase and delete controls load just after the page: they are needed less often.
const SafetySection = lazy(() => import('./plan/SafetySection'));
// The planner (what's next, paths, growing bands), the calendar file and sharing load the same way.
const Planner = lazy(() => import('./plan/Planner'));
const CalendarReminders = lazy(() => import('./plan/CalendarReminders'));
const CarerShare = lazy(() => import('./plan/CarerShare'));
// Only needed when arriving from a script's "Add to my plan".
const AddRequestBanner = lazy(() => import('./plan/AddRequestBanner'));
// Shown only when printing; loads just after the page like the rest.
const PrintView = lazy(() => import('./plan/PrintView'));

interface Props {
  text: PlanText;
  data: PlanData;
}

/** The family plan page: a view over createFamilyPlan(). */
export default function Plan(props: Props) {
  const family = createFamilyPlan();
  const sections = { family, text: props.text, data: props.data };

  const [request, setRequest] = createSignal<AddRequest>();
  onMount(() => {
    setRequest(
      readAddRequest(window.location.search, (band) => (props.data.scripts[band] ?? []).map((script) => script.topic)),
    );
  });

  const scriptTitle = (band: string, topic: string) =>
    props.data.scripts[band as BandId]?.find((script) => script.topic === topic)?.title ?? topic;

  return (
    <div class="plan">
      <Switch>
        <Match when={family.status() === 'loading'}>
          <p>{props.text.loading}</p>
        </Match>
        <Match when={family.status() === 'unavailable'}>
          <p class="callout">{props.text.unavailable}</p>
        </Match>
        <Match when={family.status() === 'newer-version'}>
          <p class="callout">{props.text.newerVersion}</p>
        </Match>
        <Match when={family.status() === 'deleted'}>
          <p class="callout" role="status">
            {props.text.deleted}
          </p>
          <button type="button" class="button" onClick={() => window.location.reload()}>
            {props.text.startAgain}
          </button>
        </Match>
        <Match when={family.status() === 'locked'}>
          <LockScreen text={props.text} unlock={family.unlock} onDelete={() => void family.deleteAll()} />
        </Match>
        <Match when={family.status() === 'damaged' || family.status() === 'ready'}>
          <Show when={family.status() === 'damaged'}>
            <p class="callout">{props.text.damaged}</p>
          </Show>
          <div class="plan-bar" role="status">
            <span class={`plan-save plan-save--${family.saveState()}`}>{props.text.save[family.saveState()]}</span>
            <Show when={family.undoable()}>
              {(last) => (
                <span class="plan-undo">
                  {fillTemplate(props.text.removed, { thing: last().label })}{' '}
                  <button type="button" class="button button--quiet" onClick={() => family.undo()}>
                    {props.text.undo}
                  </button>
                </span>
              )}
            </Show>
          </div>
          <Show when={request()}>
            {(wanted) => (
              <Suspense>
                <AddRequestBanner
                  text={props.text}
                  data={props.data}
                  family={family}
                  request={wanted()}
                  onDone={() => setRequest(undefined)}
                />
              </Suspense>
            )}
          </Show>
          <Show when={family.persisted() !== undefined}>
            <p class="plan-hint">{family.persisted() ? props.text.persisted : props.text.notPersisted}</p>
          </Show>
          <div class="plan-editor">
            <Suspense fallback={<p>{props.text.loading}</p>}>
              <Planner {...sections} />
            </Suspense>
            <ChildrenSection {...sections} defaultBand={request()?.band} />
            <TalksSection {...sections} />
            <AgreementsSection {...sections} />
            <TrustedAdultsSection {...sections} />
            <IfItHappensSection {...sections} />
            <CheckInsSection
              {...sections}
              calendar={
                <Suspense>
                  <CalendarReminders {...sections} />
                </Suspense>
              }
            />
            <Suspense fallback={<p>{props.text.loading}</p>}>
              <CarerShare {...sections} />
              <SafetySection {...sections} />
            </Suspense>
          </div>
          <Suspense>
            <PrintView text={props.text} data={props.data} family={family} scriptTitle={scriptTitle} />
          </Suspense>
        </Match>
      </Switch>
    </div>
  );
}

function LockScreen(props: { text: PlanText; unlock: (passphrase: string) => Promise<boolean>; onDelete: () => void }) {
  const [passphrase, setPassphrase] = createSignal('');
  const [wrong, setWrong] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section class="plan-section plan-lock" aria-labelledby="plan-locked">
      <h2 id="plan-locked" ref={heading} tabindex="-1">
        {props.text.locked.heading}
      </h2>
      <p>{props.text.locked.intro}</p>
      <form
        class="plan-add"
        onSubmit={async (event) => {
          event.preventDefault();
          const opened = await props.unlock(passphrase());
          setWrong(!opened);
          if (opened) setPassphrase('');
        }}
      >
        <label>
          {props.text.safety.passphrase}
          <input
            type="password"
            autocomplete="current-password"
            value={passphrase()}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {props.text.locked.unlock}
        </button>
      </form>
      <p role="status">{wrong() ? props.text.locked.wrong : ''}</p>
      <p class="plan-hint">{props.text.locked.forgot}</p>
      <button type="button" class="button button--quiet" onClick={() => props.onDelete()}>
        {props.text.safety.delete}
      </button>
    </section>
  );
}
