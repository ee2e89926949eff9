import { createSignal, onMount, Show } from 'solid-js';
import type { FamilyPlan } from './create-family-plan';
import type { PlanText } from './types';

/** The unlock screen (its own chunk: most families never see it). */
export default function LockScreen(props: { text: PlanText; family: FamilyPlan }) {
  const [passphrase, setPassphrase] = createSignal('');
  const [confirmingDelete, setConfirmingDelete] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const message = () =>
    props.family.unlocking()
      ? props.text.locked.opening
      : props.family.problem() === 'unlock-failed'
        ? props.text.locked.failed
        : props.family.unlockWrong()
          ? props.text.locked.wrong
          : '';
  return (
    <section class="plan-section plan-lock" aria-labelledby="plan-locked" aria-busy={props.family.unlocking()}>
      <h2 id="plan-locked" ref={heading} tabindex="-1">
        {props.text.locked.heading}
      </h2>
      <p>{props.text.locked.intro}</p>
      <form
        class="plan-add"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await props.family.unlock(passphrase())) setPassphrase('');
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
        <button type="submit" class="button" disabled={props.family.unlocking()}>
          {props.family.unlocking() ? props.text.locked.opening : props.text.locked.unlock}
        </button>
      </form>
      <p role="status">{message()}</p>
      <p class="plan-hint">{props.text.locked.forgot}</p>
      <Show
        when={confirmingDelete()}
        fallback={
          <button type="button" class="button button--quiet" onClick={() => setConfirmingDelete(true)}>
            {props.text.safety.delete}
          </button>
        }
      >
        <div class="callout" role="alertdialog" aria-labelledby="lock-delete-question">
          <p id="lock-delete-question">{props.text.safety.deleteAreYouSure}</p>
          <p class="plan-buttons">
            <button type="button" class="button" onClick={() => void props.family.deleteAll()}>
              {props.text.safety.deleteConfirm}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirmingDelete(false)}>
              {props.text.safety.cancel}
            </button>
          </p>
        </div>
      </Show>
    </section>
  );
}
