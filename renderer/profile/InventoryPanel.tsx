// "Bestandsaufnahme": the measures and initiatives the Kommune already runs, with Träger,
// Handlungsfeld, status and a note, in the order the Werkstattplan lists them.
import { useRef, useState } from 'react';
import type { InventoryMeasure, Profile } from '../../shared/contract';
import { inventoryStatusLabels } from '../../shared/profile/types';
import { useStore } from '../store';
import { InventoryDialog } from './InventoryDialog';
import { beforeIdFor, MoveButtons } from './MoveButtons';

export function InventoryPanel({ profile }: { profile: Profile }) {
  const changeProfile = useStore((state) => state.changeProfile);
  const showNotice = useStore((state) => state.showNotice);
  const [editing, setEditing] = useState<InventoryMeasure | 'new'>();
  const addButton = useRef<HTMLButtonElement>(null);
  const { inventory } = profile;
  const fieldName = new Map(profile.actionFields.map((field) => [field.id, field.name]));

  const run = async (change: Promise<string | undefined>) => {
    const message = await change;
    if (message) showNotice({ kind: 'error', text: message });
    return message;
  };
  const remove = async (measure: InventoryMeasure) => {
    const failed = await run(changeProfile('inventory:delete', { id: measure.id }));
    addButton.current?.focus();
    if (!failed) {
      showNotice({
        kind: 'info',
        text: `„${measure.title}“ gelöscht (Strg + Z nimmt das zurück).`,
      });
    }
  };

  return (
    <section id="profil-bestand" className="panel profile-panel" aria-labelledby="bestand-heading">
      <div className="section-heading">
        <h2 id="bestand-heading">Bestandsaufnahme</h2>
        <div className="panel-actions">
          <button
            ref={addButton}
            type="button"
            className="button"
            onClick={() => setEditing('new')}
          >
            Maßnahme hinzufügen …
          </button>
        </div>
      </div>
      {inventory.length === 0 ? (
        <p className="muted empty-hint">
          Noch keine Maßnahmen. Was läuft schon in der Kommune – Vereine, Initiativen, Angebote der
          Verwaltung –, auf dem der Werkstattplan aufbauen kann?
        </p>
      ) : (
        <div className="table-scroll">
          <table className="figures-table inventory-table">
            <thead>
              <tr>
                <th scope="col">Maßnahme</th>
                <th scope="col">Träger</th>
                <th scope="col">Handlungsfeld</th>
                <th scope="col">Status</th>
                <th scope="col">Notiz</th>
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inventory.map((measure, index) => (
                <tr key={measure.id}>
                  <th scope="row">{measure.title}</th>
                  <td>{measure.sponsor}</td>
                  <td>
                    {measure.actionFieldId === null ? '' : fieldName.get(measure.actionFieldId)}
                  </td>
                  <td>
                    <span className={`status status-${measure.status}`}>
                      {inventoryStatusLabels[measure.status]}
                    </span>
                  </td>
                  <td className="inventory-note">{measure.note}</td>
                  <td className="row-actions">
                    <MoveButtons
                      label={measure.title}
                      index={index}
                      count={inventory.length}
                      onMove={(step) =>
                        void run(
                          changeProfile('inventory:move', {
                            id: measure.id,
                            beforeId: beforeIdFor(inventory, index, step),
                          }),
                        )
                      }
                    />
                    <button
                      type="button"
                      className="icon-button"
                      title="Bearbeiten"
                      aria-label={`${measure.title} bearbeiten`}
                      onClick={() => setEditing(measure)}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      title="Löschen"
                      aria-label={`${measure.title} löschen`}
                      onClick={() => void remove(measure)}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <InventoryDialog
          measure={editing === 'new' ? undefined : editing}
          actionFields={profile.actionFields}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
