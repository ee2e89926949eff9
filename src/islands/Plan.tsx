import { createSignal, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import { readAddRequest, type AddRequest } from '../domain/add-request';
import { fillTemplate } from '../domain/text';
import { createFamilyPlan } from './plan/create-family-plan';
import { findScript, type PlanData, type PlanText } from './plan/types';

// Export, import, passphrase and delete controls load just after the page: they are needed less often.
// So do the unlock screen and the "Add to my plan" question, which only some visits need.
// The editing sections start loading at once, while the stored plan is read (they can't show before).
const editor = import('./plan/PlanEditor');
const PlanEditor = lazy(() => editor);
const SafetySection = lazy(() => import('./plan/SafetySection'));
// The phone promise and "hand over the card" (with the QR code library) load the same way.
const CardHandover = lazy(() => import('./plan/CardHandover'));
const LockScreen = lazy(() => import('./plan/LockScreen'));
const AddRequestBanner = lazy(() => import('./plan/AddRequestBanner'));
// The printed sheets are hidden on screen; they load just after the page, ready for printing.
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
  const [notice, setNotice] = createSignal('');
  onMount(() => {
    setRequest(
      readAddRequest(window.location.search, (band) => (props.data.scripts[band] ?? []).map((script) => script.topic)),
    );
  });

  const scriptTitle = (band: string, topic: string) => findScript(props.data, band, topic)?.title ?? topic;
  const downloadCalendar = async () => {
    const [{ planEvents, toIcs }, { download }] = await Promise.all([
      import('../domain/ics'),
      import('./plan/download'),
    ]);
    download('open-door-reminders.ics', 'text/calendar', toIcs(planEvents(family.plan(), scriptTitle), new Date()));
  };

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
          <Show when={family.status() === 'damaged'}>
            <div class="callout plan-damaged" role="alert">
              <p>{props.text.damaged}</p>
              <p class="plan-buttons">
                <button
                  type="button"
                  class="button"
                  onClick={async () =>
                    (await import('./plan/download')).download(
                      'open-door-plan-stored-original.json',
                      'application/json',
                      await family.rawRecord(),
                    )
                  }
                >
                  {props.text.damagedDownload}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  disabled={family.busy() !== undefined}
                  onClick={() => void family.keepRecovered().then(() => setNotice(props.text.damagedKept))}
                >
                  {props.text.damagedKeep}
                </button>
              </p>
            </div>
          </Show>
          <Show when={notice()}>
            <p role="status">{notice()}</p>
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
          <div class="plan-editor">
            <Suspense fallback={<p>{props.text.loading}</p>}>
              <PlanEditor {...sections} onCalendar={() => void downloadCalendar()} />
              <CardHandover {...sections} />
              <SafetySection {...sections} />
            </Suspense>
          </div>
          <PrintView text={props.text} data={props.data} family={family} scriptTitle={scriptTitle} />
        </Match>
      </Switch>
    </div>
  );
}
