import { createSignal, For, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js';
import { readAddRequest, type AddRequest } from '../domain/add-request';
import type { BandId } from '../domain/bands';
import { newId } from '../domain/plan-ops';
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
import { download } from './plan/download';
import type { PlanData, PlanText } from './plan/types';

// Export, import, passphrase and delete controls load just after the page: they are needed less often.
const SafetySection = lazy(() => import('./plan/SafetySection'));
// The phone promise and "hand over the card" (issue 15) load the same way.
const CardHandover = lazy(() => import('./plan/CardHandover'));

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
  const downloadCalendar = async () => {
    const { planEvents, toIcs } = await import('../domain/ics');
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
            <ChildrenSection {...sections} />
            <TalksSection {...sections} />
            <AgreementsSection {...sections} />
            <TrustedAdultsSection {...sections} />
            <IfItHappensSection {...sections} />
            <CheckInsSection {...sections} onCalendar={() => void downloadCalendar()} />
            <Suspense fallback={<p>{props.text.loading}</p>}>
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

/** "Add to my plan" from a script page: which child is the talk for? */
function AddRequestBanner(props: {
  text: PlanText;
  data: PlanData;
  family: ReturnType<typeof createFamilyPlan>;
  request: AddRequest;
  onDone: () => void;
}) {
  const t = () => props.text.addFromScript;
  const [added, setAdded] = createSignal('');
  const title = () =>
    props.data.scripts[props.request.band]?.find((script) => script.topic === props.request.topic)?.title ?? '';
  const children = () => props.family.plan().children.filter((child) => child.band === props.request.band);
  const finish = () => {
    window.history.replaceState(null, '', window.location.pathname);
    props.onDone();
  };
  return (
    <div class="callout plan-add-request" role="region" aria-label={t().link}>
      <Show
        when={!added()}
        fallback={
          <p role="status">
            {added()}{' '}
            <button type="button" class="button button--quiet" onClick={finish}>
              {t().dismiss}
            </button>
          </p>
        }
      >
        <p>{fillTemplate(t().question, { title: title() })}</p>
        <Show when={children().length > 0} fallback={<p>{t().noChildren}</p>}>
          <p class="plan-buttons">
            <For each={children()}>
              {(child) => (
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    props.family.change({
                      type: 'add-talk',
                      talk: { id: newId(), childId: child.id, topic: props.request.topic, status: 'planned', note: '' },
                    });
                    setAdded(fillTemplate(t().added, { name: child.nickname }));
                  }}
                >
                  {fillTemplate(t().forChild, { name: child.nickname })}
                </button>
              )}
            </For>
          </p>
        </Show>
        <button type="button" class="button button--quiet" onClick={finish}>
          {t().dismiss}
        </button>
      </Show>
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

/** Shown only when printing: one sheet per child, then the "if it happens" card. */
function PrintView(props: {
  text: PlanText;
  data: PlanData;
  family: ReturnType<typeof createFamilyPlan>;
  scriptTitle: (band: string, topic: string) => string;
}) {
  const plan = () => props.family.plan();
  const region = () => props.data.regions.find((candidate) => candidate.id === plan().ifItHappens.region);
  return (
    <div class="plan-print" aria-hidden="true">
      <For each={plan().children}>
        {(child) => (
          <section class="plan-print__sheet">
            <h2>{fillTemplate(props.text.print.sheetFor, { name: child.nickname })}</h2>
            <h3>{props.text.print.talks}</h3>
            <ul>
              <For each={plan().talks.filter((talk) => talk.childId === child.id)}>
                {(talk) => (
                  <li>
                    {props.scriptTitle(child.band, talk.topic)} (
                    {talk.status === 'done' ? props.text.print.done : props.text.print.planned}
                    {talk.plannedFor ? `, ${talk.plannedFor}` : ''})
                  </li>
                )}
              </For>
            </ul>
            <Show when={plan().agreements.length > 0}>
              <h3>{props.text.print.agreements}</h3>
              <ul>
                <For each={plan().agreements}>{(agreement) => <li>{agreement.text}</li>}</For>
              </ul>
            </Show>
            <Show when={plan().trustedAdults.length > 0}>
              <h3>{props.text.print.trusted}</h3>
              <ul>
                <For each={plan().trustedAdults}>
                  {(adult) => (
                    <li>
                      {adult.name}
                      {adult.contact ? `: ${adult.contact}` : ''}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </For>
      <section class="plan-print__card">
        <h2>{props.text.print.cardTitle}</h2>
        <ol>
          <For each={props.text.card.steps}>{(step) => <li>{step}</li>}</For>
        </ol>
        <Show when={plan().ifItHappens.codeWord}>
          <p>
            <strong>{props.text.print.codeWord}:</strong> {plan().ifItHappens.codeWord}
          </p>
        </Show>
        <Show when={region()}>
          {(chosen) => (
            <>
              <h3>
                {props.text.print.help}: {chosen().name}
              </h3>
              <ul>
                <For each={chosen().routes}>
                  {(route) => (
                    <li>
                      {route.name}
                      {route.phone ? `: ${route.phone}` : ''}
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </Show>
      </section>
    </div>
  );
}
