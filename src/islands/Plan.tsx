import { fromJson } from './json-props';
import { createMemo, createSignal, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import type { AddRequest } from '../domain/add-request';
import { fillTemplate } from '../domain/text';
import { createFamilyPlan } from './plan/create-family-plan';
import type { PlanData, PlanText } from './plan/types';

// The editing sections start loading at once, while the stored plan is read (they can't show before); they
// bring the export, import, passphrase and delete controls, which are needed less often, after them.
// The unlock screen and the "Add to my plan" question load just after the page: only some visits need them.
const editor = import('./plan/PlanEditor');
const PlanEditor = lazy(() => editor);
const LockScreen = lazy(() => import('./plan/LockScreen'));
const AddRequestBanner = lazy(() => import('./plan/AddRequestBanner'));
// So does what a damaged record needs (rare).
const DamagedRecord = lazy(() => import('./plan/DamagedRecord'));

interface Props {
  text: PlanText;
  data: PlanData;
}

/** The family plan page: a view over createFamilyPlan(). */
export function Plan(props: Props) {
  const family = createFamilyPlan();
  const sections = { family, text: props.text, data: props.data };

  const [request, setRequest] = createSignal<AddRequest>();
  // Set once a damaged record has been seen in this visit.
  const damagedSeen = createMemo((seen: boolean) => seen || family.status() === 'damaged', false);
  // Only a visit from a script's "Add to my plan" has a query; its reader loads just for that.
  onMount(() => {
    if (!window.location.search) return;
    void import('../domain/add-request').then(({ readAddRequest }) =>
      setRequest(
        readAddRequest(window.location.search, (band) =>
          (props.data.scripts[band] ?? []).map((script) => script.topic),
        ),
      ),
    );
  });

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
          <Suspense fallback={<p>{props.text.loading}</p>}>
            <LockScreen text={props.text} family={family} />
          </Suspense>
        </Match>
        <Match when={family.status() === 'damaged' || family.status() === 'ready'}>
          {/* Stays mounted once shown, so "kept" is still said after the record is whole again. */}
          <Show when={damagedSeen()}>
            <Suspense>
              <DamagedRecord text={props.text} family={family} />
            </Suspense>
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
              <AddRequestBanner
                text={props.text}
                data={props.data}
                family={family}
                request={wanted()}
                onDone={() => setRequest(undefined)}
              />
            )}
          </Show>
          <Show when={family.persisted() !== undefined}>
            <p class="plan-hint">{family.persisted() ? props.text.persisted : props.text.notPersisted}</p>
          </Show>
          {/* The sections and, hidden on screen, the printed sheets. */}
          <Suspense fallback={<p>{props.text.loading}</p>}>
            <PlanEditor {...sections} defaultBand={request()?.band} />
          </Suspense>
        </Match>
      </Switch>
    </div>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(Plan);
