// "SWOT-Analyse": Stärken, Schwächen, Chancen, Risiken as four quadrants whose entries are dragged
// within and between them by mouse, touch or keyboard (Leertaste, Pfeiltasten, Leertaste). The
// order is local while dragging and committed with one call per drop (a failure puts it back).
import { closestCorners, DndContext, KeyboardSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { Announcements, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import { swotKindPlurals, swotKinds } from '../../shared/domain';
import type { SwotKind } from '../../shared/domain';
import type { Profile, SwotEntry } from '../../shared/contract';
import { BoardPointerSensor } from '../board/sensors';
import { useStore } from '../store';
import { SwotEntryDialog } from './SwotEntryDialog';
import { SwotQuadrant } from './SwotQuadrant';
import { columnsOf, moveOver, parseDragId, placeOf, quadrantOf } from './swotColumns';
import type { Columns } from './swotColumns';

const instructions =
  'Mit der Leertaste aufnehmen, mit den Pfeiltasten verschieben – auch in ein anderes Feld –, mit der Leertaste ablegen, mit Escape abbrechen.';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function SwotPanel({ profile }: { profile: Profile }) {
  const changeProfile = useStore((state) => state.changeProfile);
  const showNotice = useStore((state) => state.showNotice);
  const committed = useMemo(() => columnsOf(profile.swot), [profile.swot]);
  // While dragging (and until the drop is answered) the quadrants show this order.
  const [local, setLocal] = useState<{ columns: Columns; base: Columns }>();
  const [editing, setEditing] = useState<SwotEntry | { kind: SwotKind }>();
  const columns = local && local.base === committed ? local.columns : committed;
  const entries = useMemo(
    () => new Map(profile.swot.map((entry) => [entry.id, entry])),
    [profile.swot],
  );
  const sensors = useSensors(
    useSensor(BoardPointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const entryOf = (dragId: string | number) => {
    const parsed = parseDragId(dragId);
    return parsed && 'entry' in parsed ? parsed.entry : undefined;
  };
  const where = (current: Columns, id: number) => {
    const kind = quadrantOf(current, id);
    if (!kind) return 'keinem Feld';
    const list = current[kind];
    return `${swotKindPlurals[kind]}, Position ${list.indexOf(id) + 1} von ${list.length}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `„${short(entries.get(entryOf(active.id) ?? 0)?.text ?? '')}“ aufgenommen.`,
    onDragOver: ({ active }) => {
      const id = entryOf(active.id);
      return id === undefined ? undefined : `Jetzt in ${where(columns, id)}.`;
    },
    onDragEnd: ({ active }) => {
      const id = entryOf(active.id);
      return id === undefined ? undefined : `Abgelegt in ${where(columns, id)}.`;
    },
    onDragCancel: () => 'Verschieben abgebrochen, der Eintrag bleibt an seinem Platz.',
  };

  function start({ active }: DragStartEvent) {
    if (entryOf(active.id) !== undefined) setLocal({ columns: committed, base: committed });
  }

  function over({ active, over: target }: DragOverEvent) {
    const id = entryOf(active.id);
    if (id === undefined || !target) return;
    // Within a quadrant the sortable list shows the move itself; only a change of quadrant is ours.
    setLocal((current) => {
      if (!current) return current;
      const to = parseDragId(target.id);
      const toKind = to && ('quadrant' in to ? to.quadrant : quadrantOf(current.columns, to.entry));
      if (!toKind || toKind === quadrantOf(current.columns, id)) return current;
      return { ...current, columns: moveOver(current.columns, id, target.id) };
    });
  }

  async function end({ active, over: target }: DragEndEvent) {
    const id = entryOf(active.id);
    if (id === undefined || !local) return setLocal(undefined);
    const final = target ? moveOver(local.columns, id, target.id) : local.columns;
    const before = placeOf(committed, id);
    const after = placeOf(final, id);
    if (!after || (before?.kind === after.kind && before.beforeId === after.beforeId)) {
      return setLocal(undefined);
    }
    setLocal({ columns: final, base: committed });
    const message = await changeProfile('swot:move', { id, ...after });
    if (message) {
      setLocal(undefined);
      showNotice({ kind: 'error', text: message });
    }
  }

  return (
    <section id="profil-swot" className="panel profile-panel" aria-labelledby="swot-heading">
      <div className="section-heading">
        <h2 id="swot-heading">SWOT-Analyse</h2>
        <p className="muted panel-hint">
          Einträge am Griff ⠿ ziehen oder mit der Tastatur verschieben. Schwächen und Risiken ohne
          Maßnahme sind markiert; im Projektsteckbrief lässt sich eintragen, worauf ein Projekt
          antwortet.
        </p>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
        onDragStart={start}
        onDragOver={over}
        onDragEnd={(event) => void end(event)}
        onDragCancel={() => setLocal(undefined)}
      >
        <div className="swot-grid">
          {swotKinds.map((kind) => (
            <SwotQuadrant
              key={kind}
              kind={kind}
              entries={columns[kind].flatMap((id) => entries.get(id) ?? [])}
              actionFields={profile.actionFields}
              onAdd={() => setEditing({ kind })}
              onEdit={setEditing}
            />
          ))}
        </div>
      </DndContext>
      {editing && (
        <SwotEntryDialog
          entry={'id' in editing ? editing : undefined}
          kind={editing.kind}
          actionFields={profile.actionFields}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
