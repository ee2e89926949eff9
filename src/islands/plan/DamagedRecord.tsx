import { createSignal, Show } from 'solid-js';
import type { FamilyPlan } from './create-family-plan';
import type { PlanText } from './types';

/**
 * A stored record that could not be read whole: what was recovered is shown below, the original can be
 * saved as a file, and it is kept until the family chooses to keep what was recovered. Loaded only when a
 * record is damaged, which is rare.
 */
export default function DamagedRecord(props: { text: PlanText; family: FamilyPlan }) {
  const [notice, setNotice] = createSignal('');
  return (
    <>
      <Show when={props.family.status() === 'damaged'}>
        <div class="callout plan-damaged" role="alert">
          <p>{props.text.damaged}</p>
          <p class="plan-buttons">
            <button
              type="button"
              class="button"
              onClick={async () =>
                (await import('./download')).download(
                  'open-door-plan-stored-original.json',
                  'application/json',
                  await props.family.rawRecord(),
                )
              }
            >
              {props.text.damagedDownload}
            </button>
            <button
              type="button"
              class="button button--quiet"
              disabled={props.family.busy() !== undefined}
              onClick={() => void props.family.keepRecovered().then(() => setNotice(props.text.damagedKept))}
            >
              {props.text.damagedKeep}
            </button>
          </p>
        </div>
      </Show>
      <Show when={notice()}>
        <p role="status">{notice()}</p>
      </Show>
    </>
  );
}
