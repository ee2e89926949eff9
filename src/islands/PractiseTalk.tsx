import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { RehearsalContent } from '../domain/rehearsal';
import type { UiStrings } from '../i18n/en';

// The rehearsal itself is only fetched when someone starts it.
const Rehearsal = lazy(() => import('./practise/Rehearsal'));

interface Props {
  content: RehearsalContent;
  text: UiStrings['practise'];
  /** My plan's address with the request to add this talk ("/plan/?add=…"). */
  addToPlanHref: string;
}

/** "Practise this talk": a start button; the practice loads when pressed. */
export default function PractiseTalk(props: Props) {
  const [started, setStarted] = createSignal(false);
  return (
    <div class="practise">
      <Show
        when={started()}
        fallback={
          <>
            <p>{props.text.startHint}</p>
            <button type="button" class="button" onClick={() => setStarted(true)}>
              {props.text.start}
            </button>
          </>
        }
      >
        <Suspense fallback={<p role="status">{props.text.loading}</p>}>
          <Rehearsal content={props.content} text={props.text} addToPlanHref={props.addToPlanHref} />
        </Suspense>
      </Show>
    </div>
  );
}
