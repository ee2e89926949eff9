import { createSignal, For, Show, untrack } from 'solid-js';
import type { AddRequest } from '../../domain/add-request';
import { handoverTalk } from '../../domain/plan-handover';
import { newId } from '../../domain/plan-ops';
import { LIMITS } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import { takeHandover } from '../../storage/plan-handover';
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
  // Words the practice or the quiz handed over for this talk's note (read once: gone from the tab's storage now).
  // Read once when the banner opens, on purpose: untracked, so nothing reads the tab's storage again.
  const note = untrack(() => takeHandover(handoverTalk(props.request), LIMITS.note));
  const [keepNote, setKeepNote] = createSignal(true);
  const title = () => findScript(props.data, props.request.band, props.request.topic)?.title ?? '';
  const children = () => props.family.plan().children.filter((child) => child.band === props.request.band);
  const finish = () => {
    window.history.replaceState(null, '', window.location.pathname);
    props.onDone();
  };
  return (
    <div class="callout plan-add-request no-print" role="region" aria-label={t().link}>
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
        <Show when={note}>
          {(words) => (
            <>
              <p>{t().withNote}</p>
              <p class="plan-add-request__note">{words()}</p>
              <label class="plan-check">
                <input
                  type="checkbox"
                  checked={keepNote()}
                  onChange={(event) => setKeepNote(event.currentTarget.checked)}
                />
                {t().keepNote}
              </label>
            </>
          )}
        </Show>
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
                      talk: {
                        id: newId(),
                        childId: child.id,
                        topic: props.request.topic,
                        status: 'planned',
                        note: keepNote() && note ? note : '',
                      },
                    });
                    setAdded(fillTemplate(t().added, { name: child.nickname }));
                    // Done: a reload must not ask again (the words it carried are the note's now).
                    window.history.replaceState(null, '', window.location.pathname);
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
