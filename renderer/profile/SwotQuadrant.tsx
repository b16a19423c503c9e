// One quadrant of the SWOT: its entries as a sortable list that also takes entries from the other
// quadrants (an empty quadrant too), and "Eintrag hinzufügen".
import { useDroppable } from '@dnd-kit/core';
import { useRef } from 'react';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { swotKindPlurals } from '../../shared/domain';
import type { SwotKind } from '../../shared/domain';
import type { SwotEntry } from '../../shared/contract';
import { useStore } from '../store';
import { SwotCard } from './SwotCard';
import { entryDragId, quadrantDragId } from './swotColumns';

interface SwotQuadrantProps {
  kind: SwotKind;
  entries: SwotEntry[];
  actionFields: { id: number; name: string }[];
  onAdd(): void;
  onEdit(entry: SwotEntry): void;
}

export function SwotQuadrant({ kind, entries, actionFields, onAdd, onEdit }: SwotQuadrantProps) {
  const { setNodeRef, isOver } = useDroppable({ id: quadrantDragId(kind) });
  const headingId = `swot-${kind}-heading`;
  const addButton = useRef<HTMLButtonElement>(null);
  const changeProfile = useStore((state) => state.changeProfile);
  const showNotice = useStore((state) => state.showNotice);

  async function remove(entry: SwotEntry) {
    const message = await changeProfile('swot:delete', { id: entry.id });
    // The card and its buttons are gone: the focus stays in the quadrant.
    addButton.current?.focus();
    showNotice(
      message
        ? { kind: 'error', text: message }
        : { kind: 'info', text: 'SWOT-Eintrag gelöscht (Strg + Z nimmt das zurück).' },
    );
  }
  return (
    <section
      ref={setNodeRef}
      className={`swot-quadrant swot-${kind}${isOver ? ' is-over' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="swot-quadrant-header">
        <h3 id={headingId}>
          {swotKindPlurals[kind]} <span className="muted swot-count">{entries.length}</span>
        </h3>
        <button
          ref={addButton}
          type="button"
          className="button small"
          aria-label={`${swotKindPlurals[kind]}: Eintrag hinzufügen`}
          onClick={onAdd}
        >
          + Eintrag
        </button>
      </header>
      <SortableContext
        items={entries.map((entry) => entryDragId(entry.id))}
        strategy={verticalListSortingStrategy}
      >
        <ul className="swot-list">
          {entries.map((entry) => (
            <SwotCard
              key={entry.id}
              entry={entry}
              actionField={actionFields.find((field) => field.id === entry.actionFieldId)?.name}
              onEdit={() => onEdit(entry)}
              onDelete={() => void remove(entry)}
            />
          ))}
        </ul>
      </SortableContext>
      {entries.length === 0 && <p className="muted swot-empty">Noch kein Eintrag.</p>}
    </section>
  );
}
