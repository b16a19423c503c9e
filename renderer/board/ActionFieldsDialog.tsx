// Handlungsfelder: add, rename, recolour, reorder, hide and show.
import { useState } from 'react';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';

export function ActionFieldsDialog({ onClose }: { onClose(): void }) {
  const fields = useStore((state) => state.board.actionFields);
  const order = useStore((state) => state.board.index.fieldOrder);
  const mutate = useStore((state) => state.mutate);
  const [name, setName] = useState('');

  // Shown at once (a checkbox or colour that lags behind the click feels broken), then confirmed.
  const update = (id: number, changes: { name?: string; color?: string; hidden?: boolean }) =>
    void mutate(api.call('actionFields:update', { id, ...changes }), (rows) => {
      const field = rows.actionFields[id];
      return field
        ? { actionFields: { ...rows.actionFields, [id]: { ...field, ...changes } } }
        : {};
    });
  const move = (id: number, beforeId: number | null) =>
    void mutate(api.call('actionFields:move', { id, beforeId }));

  async function add() {
    if (!name.trim()) return;
    if (await mutate(api.call('actionFields:create', { name, color: '#5b6b7a' }))) setName('');
  }

  return (
    <Dialog title="Handlungsfelder" onClose={onClose} wide>
      <ol className="field-list">
        {order.map((id, index) => {
          const field = fields[id];
          if (!field) return null;
          return (
            <li key={id} className={field.hidden ? 'is-hidden' : undefined}>
              <input
                type="color"
                aria-label={`Farbe ${field.name}`}
                value={field.color}
                onChange={(event) => update(id, { color: event.target.value })}
              />
              <input
                className="field-name"
                aria-label={`Name ${field.name}`}
                defaultValue={field.name}
                onBlur={(event) => {
                  if (event.target.value.trim() && event.target.value !== field.name)
                    update(id, { name: event.target.value });
                }}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`${field.name} nach oben`}
                disabled={index === 0}
                onClick={() => move(id, order[index - 1] ?? null)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`${field.name} nach unten`}
                disabled={index === order.length - 1}
                onClick={() => move(id, order[index + 2] ?? null)}
              >
                ↓
              </button>
              <label className="field-visible">
                <input
                  type="checkbox"
                  checked={!field.hidden}
                  onChange={(event) => update(id, { hidden: !event.target.checked })}
                />
                sichtbar
              </label>
            </li>
          );
        })}
      </ol>
      <form
        className="form form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          Neues Handlungsfeld
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        </label>
        <button type="submit" className="button">
          Hinzufügen
        </button>
      </form>
    </Dialog>
  );
}
