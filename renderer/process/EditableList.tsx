// A short list the user keeps by hand (a step's checklist, the Kick-Off's agreements): items
// reworded in place, ticked off, moved up and down, removed, added — each saved on its own, with
// the keyboard focus kept where the user was working.
import { useEffect, useId, useRef, useState } from 'react';
import { SavingCheckbox } from './fields';

export interface ListItem {
  id: number;
  text: string;
  done?: boolean;
}

/** Each operation resolves to a German error message, or undefined when saved. */
export interface ListOps {
  add(text: string): Promise<string | undefined>;
  rename(id: number, text: string): Promise<string | undefined>;
  remove(id: number): Promise<string | undefined>;
  /** Present for lists whose order matters. */
  move?(id: number, beforeId: number | null): Promise<string | undefined>;
  /** Present for lists that are ticked off. */
  toggle?(id: number, done: boolean): Promise<string | undefined>;
}

interface EditableListProps {
  /** Names the list for screen readers: "Checkliste Kick-Off". */
  label: string;
  /** What one item is called: "Punkt", "Vereinbarung". */
  noun: string;
  items: ListItem[];
  ops: ListOps;
  addLabel: string;
  maxLength: number;
}

type Focus = { id: number; part: 'up' | 'down' | 'text' } | { id: 'add' };

export function EditableList({ label, noun, items, ops, addLabel, maxLength }: EditableListProps) {
  const listId = useId();
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<{ at: number | 'add'; message: string }>();
  const list = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<Focus>(undefined);

  // Focus moves once the list shows the result: after a move the arrow (or, at an end, the
  // other arrow), after a removal the next item.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = undefined;
    const find = (key: string) =>
      list.current?.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-focus="${key}"]`);
    const key = focus.id === 'add' ? 'add' : `${focus.id}-${focus.part}`;
    const element = find(key);
    if (element && !element.disabled) element.focus();
    else if (focus.id !== 'add' && focus.part !== 'text') {
      find(`${focus.id}-${focus.part === 'up' ? 'down' : 'up'}`)?.focus();
    }
  }, [items]);
  /**
   * Runs an operation; `focus` is where the focus goes once the list shows its result. It is noted
   * before the call: the list may show the result before the call's promise settles here.
   */
  const run = async (
    at: number | 'add',
    operation: () => Promise<string | undefined>,
    focus?: Focus,
  ) => {
    pendingFocus.current = focus;
    const message = await operation();
    if (message) pendingFocus.current = undefined;
    setError(message ? { at, message } : undefined);
    return message === undefined;
  };
  const errorId = (at: number | 'add') => `${listId}-error-${at}`;
  const described = (at: number | 'add') =>
    error?.at === at ? { 'aria-invalid': true, 'aria-describedby': errorId(at) } : {};

  return (
    <div className="editable-list" ref={list}>
      <ol className="editable-items" aria-label={label}>
        {items.map((item, index) => (
          <li key={item.id} className={item.done ? 'is-done' : undefined}>
            {ops.toggle && (
              <SavingCheckbox
                checked={item.done ?? false}
                aria-label={`${item.text} erledigt`}
                onSave={(done) => ops.toggle!(item.id, done)}
                onRefused={(message) => setError(message ? { at: item.id, message } : undefined)}
              />
            )}
            <ItemText
              item={item}
              noun={noun}
              index={index}
              maxLength={maxLength}
              focusKey={`${item.id}-text`}
              extra={described(item.id)}
              onSave={(text) => run(item.id, () => ops.rename(item.id, text))}
            />
            {ops.move && (
              <MoveButtons
                item={item}
                noun={noun}
                index={index}
                count={items.length}

                onMove={(beforeIndex, part) =>
                  void run(item.id, () => ops.move!(item.id, items[beforeIndex]?.id ?? null), {
                    id: item.id,
                    part,
                  })
                }
              />
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={`${noun} „${item.text}“ löschen`}
              onClick={() => {
                const neighbour = items[index + 1] ?? items[index - 1];
                void run(
                  item.id,
                  () => ops.remove(item.id),
                  neighbour ? { id: neighbour.id, part: 'text' } : { id: 'add' },
                );
              }}
            >
              ✕
            </button>
            {error?.at === item.id && (
              <span className="form-error" role="alert" id={errorId(item.id)}>
                {error.message}
              </span>
            )}
          </li>
        ))}
      </ol>
      <form
        className="editable-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!adding.trim()) return;
          void run('add', () => ops.add(adding)).then((done) => {
            if (done) setAdding('');
          });
        }}
      >
        <label htmlFor={`${listId}-add`}>{addLabel}</label>
        <input
          id={`${listId}-add`}
          data-focus="add"
          value={adding}
          maxLength={maxLength}
          {...described('add')}
          onChange={(event) => setAdding(event.target.value)}
        />
        <button type="submit" className="button">
          Hinzufügen
        </button>
        {error?.at === 'add' && (
          <span className="form-error" role="alert" id={errorId('add')}>
            {error.message}
          </span>
        )}
      </form>
    </div>
  );
}

/** The item's text: saved on Enter or when left, taken back with Escape. */
function ItemText({
  item,
  noun,
  index,
  maxLength,
  focusKey,
  extra,
  onSave,
}: {
  item: ListItem;
  noun: string;
  index: number;
  maxLength: number;
  focusKey: string;
  extra: object;
  onSave(text: string): Promise<boolean>;
}) {
  const [draft, setDraft] = useState(item.text);
  const [saved, setSaved] = useState(item.text);
  if (item.text !== saved) {
    setSaved(item.text);
    setDraft(item.text);
  }
  const save = () => {
    if (draft.trim() !== item.text) void onSave(draft);
  };
  return (
    // One line of text that wraps when long (the field grows with it); Enter saves, no new line.
    <textarea
      className="editable-text"
      rows={1}
      data-focus={focusKey}
      value={draft}
      maxLength={maxLength}
      aria-label={`${noun} ${index + 1}`}
      {...extra}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        // Enter saves and the cursor stays: the user may go on typing or tab on.
        if (event.key === 'Enter') {
          event.preventDefault();
          save();
        }
        if (event.key === 'Escape') setDraft(item.text);
      }}
      onBlur={save}
    />
  );
}

/** Up and down by one place: before the previous item, or before the one after the next. */
function MoveButtons({
  item,
  noun,
  index,
  count,
  onMove,
}: {
  item: ListItem;
  noun: string;
  index: number;
  count: number;
  onMove(beforeIndex: number, part: 'up' | 'down'): void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-focus={`${item.id}-up`}
        aria-label={`${noun} „${item.text}“ nach oben`}
        disabled={index === 0}
        onClick={() => onMove(index - 1, 'up')}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        data-focus={`${item.id}-down`}
        aria-label={`${noun} „${item.text}“ nach unten`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 2, 'down')}
      >
        ↓
      </button>
    </>
  );
}
