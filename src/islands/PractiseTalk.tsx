import { fromJson } from './json-props';
import { createResource, createSignal, lazy, Show, Suspense } from 'solid-js';
import type { RehearsalContent } from '../domain/rehearsal';
import { fillDeep, regionFromRoot, type RoleTextTable } from '../domain/region-fill';
import { overlayDictionary } from '../domain/dictionary';
import { enPractise } from '../i18n/en-practise';

// The rehearsal itself is only fetched when someone starts it.
const Rehearsal = lazy(() => import('./practise/Rehearsal'));
// English travels in this script; another language's words (src/i18n/<locale>-practise.ts) are fetched for its pages.
const translations = import.meta.glob<Record<string, typeof enPractise>>('../i18n/{es,ar}-practise.ts');

async function practiseText(load: () => Promise<Record<string, typeof enPractise>>): Promise<typeof enPractise> {
  const found = Object.values(await load())[0];
  return found ? overlayDictionary(enPractise, found) : enPractise;
}

interface Props {
  content: RehearsalContent;
  /** My plan's address with the request to add this talk ("/plan/?add=…"). */
  addToPlanHref: string;
  /** Every region's help-route words, to fill {emergency}-style tokens for the reader's region. */
  roles: RoleTextTable;
}

/** "Practise this talk": a start button; the practice loads when pressed. */
export function PractiseTalk(props: Props) {
  // client:only, so the region the head script chose is already on <html>.
  const root = document.documentElement;
  const content = fillDeep(props.content, regionFromRoot(root.dataset['region']), props.roles, root.lang);
  const load = translations[`../i18n/${document.documentElement.lang.split('-')[0]}-practise.ts`];
  // English (and any language without its own words yet) is here at once; another language's words are fetched.
  const [loaded] = createResource(() => (load ? practiseText(load) : enPractise));
  return (
    <Show when={loaded()}>
      {(text) => <PractiseView text={text()} content={content} addToPlanHref={props.addToPlanHref} />}
    </Show>
  );
}

function PractiseView(props: { text: typeof enPractise; content: RehearsalContent; addToPlanHref: string }) {
  const [started, setStarted] = createSignal(false);
  const text = props.text;
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
          <Rehearsal content={props.content} text={text} addToPlanHref={props.addToPlanHref} />
        </Suspense>
      </Show>
    </div>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(PractiseTalk);
