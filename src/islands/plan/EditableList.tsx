import { Index, Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../domain/text';
import type { PlanText } from './types';

interface EditableListProps<T extends { id: string }> {
  text: PlanText;
  items: readonly T[];
  /** The schema's limit for this list (domain/plan-schema.ts LIMITS). */
  max: number;
  none: string;
  /** The editable fields of one row. */
  row: (item: () => T) => JSX.Element;
  /** The item's name, for the remove button and the undo bar. */
  name: (item: T) => string;
  onRemove: (item: T) => void;
  addLabel: string;
  addButton: string;
  /** The add form's fields. */
  fields: JSX.Element;
  onAdd: () => void;
}

/** Rows that edit in place, each with Remove (undo is offered in the bar), and a form to add one more. */
export function EditableList<T extends { id: string }>(props: EditableListProps<T>) {
  const full = () => props.items.length >= props.max;
  return (
    <>
      <Show when={props.items.length > 0} fallback={<p class="plan-empty">{props.none}</p>}>
        <ul class="plan-list">
          <Index each={props.items}>
            {(item) => (
              <li class="plan-row">
                {props.row(item)}
                <button type="button" class="button button--quiet" onClick={() => props.onRemove(item())}>
                  {props.text.remove}
                  <span class="visually-hidden"> {props.name(item())}</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <form
        class="plan-add"
        aria-label={props.addLabel}
        onSubmit={(event) => {
          event.preventDefault();
          if (!full()) props.onAdd();
        }}
      >
        {props.fields}
        <button type="submit" class="button" disabled={full()}>
          {props.addButton}
        </button>
      </form>
      <Show when={full()}>
        <p class="plan-hint" role="status">
          {fillTemplate(props.text.limits.count, { max: props.max })}
        </p>
      </Show>
    </>
  );
}
