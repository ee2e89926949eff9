import { fromJson } from './json-props';
import { createSignal, For, onMount, Show } from 'solid-js';
import {
  addEntry,
  emptyNoteBook,
  latestNoteBook,
  MAX_ENTRY_LENGTH,
  noteBookText,
  removeEntry,
  setDone,
  type NoteBook,
} from '../domain/notebook';
import { fillTemplate } from '../domain/text';
import { createNoteBookStore, deleteEverything, type NoteBookName } from '../storage/card-store';
import type { NotebookText } from './card/types';

interface Props {
  /** Which notebook: the evidence checklist or the safety plan. */
  name: NoteBookName;
  text: NotebookText;
  /** Id of the page's plain version (for no JavaScript), hidden once this is running. */
  staticId: string;
  /** Name of the downloaded text file. */
  fileName: string;
  /** How dates are written (strings().locale). */
  locale: string;
}

type Status = 'loading' | 'ready' | 'unavailable' | 'deleted';

/** A private notebook of short text lines, kept only in this browser: the evidence checklist, the safety plan. */
export function Notebook(props: Props) {
  const t = () => props.text;
  const store = createNoteBookStore(props.name);
  const [status, setStatus] = createSignal<Status>('loading');
  const [book, setBook] = createSignal<NoteBook>(emptyNoteBook(new Date()));
  const [damaged, setDamaged] = createSignal(false);
  const [saveFailed, setSaveFailed] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);

  onMount(async () => {
    document.getElementById(props.staticId)?.setAttribute('hidden', '');
    try {
      const read = latestNoteBook(await store.read(), store.pending(), new Date());
      setDamaged(read.damaged);
      if (read.recovered) save(read.book);
      else setBook(read.book);
      setStatus('ready');
    } catch {
      setStatus('unavailable');
    }
  });

  const save = (next: NoteBook) => {
    setBook(next);
    store.write(next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };

  const asText = () =>
    noteBookText(book(), {
      title: t().exportTitle,
      writtenOn: fillTemplate(t().writtenOn, {
        date: new Date().toLocaleString(props.locale, { dateStyle: 'long', timeStyle: 'short' }),
      }),
      sections: t().sections,
      checklist: t().checklist,
      doneLabel: t().doneLabel,
    });

  const download = () => {
    const url = URL.createObjectURL(new Blob([asText()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = props.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="plan young-tool notebook">
      <Show when={status() === 'unavailable'}>
        <p class="callout">{t().unavailable}</p>
      </Show>
      <Show when={status() === 'deleted'}>
        <p class="callout" role="status">
          {t().deleted}
        </p>
      </Show>
      <Show when={status() === 'ready'}>
        <Show when={damaged()}>
          <p class="callout">{t().damaged}</p>
        </Show>
        <p class="plan-hint">{t().privacy}</p>
        <Show when={t().checklist.length > 0}>
          <fieldset class="plan-fieldset notebook-checklist">
            <legend>{t().checklistHeading}</legend>
            <For each={t().checklist}>
              {(item) => (
                <label class="plan-check">
                  <input
                    type="checkbox"
                    checked={book().done.includes(item.id)}
                    onChange={(event) => save(setDone(book(), item.id, event.currentTarget.checked, new Date()))}
                  />
                  {item.label}
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <For each={t().sections}>
          {(section) => <Section section={section} book={book()} text={props.text} onSave={save} />}
        </For>
        <p class="plan-hint" role="status">
          {saveFailed() ? t().saveFailed : t().saved}
        </p>
        <div class="plan-buttons no-print">
          <button type="button" class="button" onClick={() => window.print()}>
            {t().print}
          </button>
          <button type="button" class="button button--quiet" onClick={download}>
            {t().download}
          </button>
        </div>
        <div class="plan-buttons card-delete no-print">
          <Show
            when={confirming()}
            fallback={
              <button type="button" class="button button--quiet" onClick={() => setConfirming(true)}>
                {t().deleteAll}
              </button>
            }
          >
            <p>{t().confirmDelete}</p>
            <button
              type="button"
              class="button"
              onClick={async () => {
                await deleteEverything([store]);
                setBook(emptyNoteBook(new Date()));
                setConfirming(false);
                setStatus('deleted');
              }}
            >
              {t().confirm}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              {t().cancel}
            </button>
          </Show>
        </div>
        <pre class="notebook-print" aria-hidden="true">
          {asText()}
        </pre>
      </Show>
    </div>
  );
}

function Section(props: {
  section: NotebookText['sections'][number];
  book: NoteBook;
  text: NotebookText;
  onSave: (book: NoteBook) => void;
}) {
  const [draft, setDraft] = createSignal('');
  const entries = () => props.book.entries.filter((entry) => entry.section === props.section.id);
  const inputId = `note-${props.section.id}`;
  return (
    <section class="plan-section notebook-section" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{props.section.label}</h3>
      <p class="plan-hint" id={`${inputId}-hint`}>
        {props.section.hint}
      </p>
      <Show when={entries().length > 0}>
        <ul class="plan-list">
          <For each={entries()}>
            {(entry) => (
              <li class="plan-row plan-row--text">
                <span class="notebook-entry">{entry.text}</span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={`${props.text.remove}: ${entry.text}`}
                  onClick={() => props.onSave(removeEntry(props.book, entry.id, new Date()))}
                >
                  {props.text.remove}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form
        class="plan-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft().trim()) return;
          props.onSave(
            addEntry(props.book, { id: crypto.randomUUID(), section: props.section.id, text: draft() }, new Date()),
          );
          setDraft('');
        }}
      >
        <label>
          {fillTemplate(props.text.addTo, { section: props.section.label })}
          <input
            id={inputId}
            type="text"
            maxLength={MAX_ENTRY_LENGTH}
            aria-describedby={`${inputId}-hint`}
            value={draft()}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" aria-label={`${props.text.add}: ${props.section.label}`}>
          {props.text.add}
        </button>
      </form>
    </section>
  );
}

/** The island as the page loads it: its props arrive as one JSON string (see json-props.ts). */
export default fromJson(Notebook);
