import { createSignal, For, Show } from 'solid-js';
import type { AddRequest } from '../../domain/add-request';
import { hasOpenTalk, newId } from '../../domain/plan-ops';
import { fillTemplate } from '../../domain/text';
import type { FamilyPlan } from './create-family-plan';
import { findScript, type PlanData, type PlanText } from './types';

/** "Add to my plan" from a script page: which child is the talk for? */
export default function AddRequestBanner(props: {
  text: PlanText;
  data: PlanData;
  family: FamilyPlan;
  request: AddRequest;
  onDone: () => void;
}) {
  const t = () => props.text.addFromScript;
  const [added, setAdded] = createSignal('');
  const script = () => findScript(props.data, props.request.band, props.request.topic);
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
          <>
            <p role="status">{added()}</p>
            <p class="plan-buttons">
              <a class="button button--quiet" href={script()?.href}>
                {t().backToScript}
              </a>
              <button type="button" class="button button--quiet" onClick={finish}>
                {t().close}
              </button>
            </p>
          </>
        }
      >
        <p>{fillTemplate(t().question, { title: script()?.title ?? '' })}</p>
        <Show when={children().length > 0} fallback={<p>{t().noChildren}</p>}>
          <p class="plan-buttons">
            <For each={children()}>
              {(child) => (
                <Show
                  when={!hasOpenTalk(props.family.plan(), child.id, props.request.topic)}
                  fallback={<span class="plan-hint">{fillTemplate(t().already, { name: child.nickname })}</span>}
                >
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      props.family.change({
                        type: 'add-talk',
                        talk: {
                          id: newId(),
                          childId: child.id,
                          topic: props.request.topic,
                          band: props.request.band,
                          status: 'planned',
                          note: '',
                        },
                      });
                      setAdded(fillTemplate(t().added, { name: child.nickname }));
                    }}
                  >
                    {fillTemplate(t().forChild, { name: child.nickname })}
                  </button>
                </Show>
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
