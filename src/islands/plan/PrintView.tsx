import { For, Show } from 'solid-js';
import { formatPlanDay, readerLocale } from '../../domain/reader-date';
import { fillTemplate } from '../../domain/text';
import type { FamilyPlan } from './create-family-plan';
import { findScript, type PlanData, type PlanText } from './types';

/** Shown only when printing: one sheet per child, then the "if it happens" card. */
export default function PrintView(props: { text: PlanText; data: PlanData; family: FamilyPlan }) {
  const plan = () => props.family.plan();
  const region = () => props.data.regions.find((candidate) => candidate.id === plan().ifItHappens.region);
  // Dates on paper in the reader's own format: the browser's variety of the page's language. Found on the
  // first date to print (finding it is slow, and a new plan has no dates), then kept.
  let locale: string | undefined;
  const day = (value: string) =>
    formatPlanDay(value, (locale ??= readerLocale(document.documentElement.lang, navigator.languages)));
  return (
    <div class="plan-print" aria-hidden="true">
      <For each={plan().children}>
        {(child) => (
          <section class="plan-print__sheet">
            <h2>{fillTemplate(props.text.print.sheetFor, { name: child.nickname })}</h2>
            <h3>{props.text.print.talks}</h3>
            <ul>
              {/* Talks left out of the path for now are not printed as planned. */}
              <For each={plan().talks.filter((talk) => talk.childId === child.id && talk.status !== 'skipped')}>
                {(talk) => (
                  <li>
                    {findScript(props.data, talk.band ?? child.band, talk.topic)?.title ?? talk.topic} (
                    {talk.status === 'done' ? props.text.print.done : props.text.print.planned}
                    {talk.plannedFor ? `, ${day(talk.plannedFor)}` : ''})
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
        <Show when={plan().ifItHappens.phonePromise?.trim()}>
          <p>
            <strong>{props.text.print.phonePromise}:</strong> {plan().ifItHappens.phonePromise}
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
                      {/* A link is useless on paper: the address is written out. */}
                      {` (${route.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')})`}
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
