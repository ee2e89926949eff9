import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { RehearsalContent } from '../domain/rehearsal';
import { fillDeep, regionFromRoot, type RoleTextTable } from '../domain/region-fill';
import { enPractise } from '../i18n/en-practise';

// The rehearsal itself is only fetched when someone starts it.
const Rehearsal = lazy(() => import('./practise/Rehearsal'));

interface Props {
  content: RehearsalContent;
  /** My plan's address with the request to add this talk ("/plan/?add=…"). */
  addToPlanHref: string;
  /** Every region's help-route words, to fill {emergency}-style tokens for the reader's region. */
  roles: RoleTextTable;
}

/** "Practise this talk": a start button; the practice loads when pressed. */
export default function PractiseTalk(props: Props) {
  // client:only, so the region the head script chose is already on <html>.
  const content = fillDeep(props.content, regionFromRoot(document.documentElement.dataset['region']), props.roles);
  const text = enPractise;
  const [started, setStarted] = createSignal(false);
  return (
    <div class="practise">
      <Show
        when={started()}
        fallback={
          <>
            <p>{text.startHint}</p>
            <button type="button" class="button" onClick={() => setStarted(true)}>
              {text.start}
            </button>
          </>
        }
      >
        <Suspense fallback={<p role="status">{text.loading}</p>}>
          <Rehearsal content={content} text={text} addToPlanHref={props.addToPlanHref} />
        </Suspense>
      </Show>
    </div>
  );
}
