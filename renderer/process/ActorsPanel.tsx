// The Akteure of the process as an editable table: name, organisation, role, Steuerungsgruppe,
// an optional contact — and whether the Werkstattplan shows their names (off by default).
import { useEffect, useId, useRef, useState } from 'react';
import type { ActorFields } from '../../shared/contract/kickoff';
import type { Actor, KickoffData } from '../../shared/process';
import { api } from '../api/client';
import { errorAttributes, useSaving } from '../library/SheetFields';
import type { Save } from '../library/SheetFields';
import { SavingCheckbox } from './fields';
import { NewActorForm } from './NewActorForm';
import { saveWith } from './saving';
import { ShowNamesOption } from './ShowNamesOption';

interface ActorsPanelProps {
  data: KickoffData;
  onSaved(data: KickoffData): void;
}

export function ActorsPanel({ data, onSaved }: ActorsPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const pendingFocus = useRef<number | 'new'>(undefined);
  // After adding or removing an Akteur the focus goes to a name field: the new form's, or the
  // next Akteur's once the table shows the change.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    panel.current?.querySelector<HTMLInputElement>(`[data-focus="name-${target}"]`)?.focus();
  }, [data]);
  const save = (call: ReturnType<typeof api.call<'kickoff:load'>>) => saveWith(call, onSaved);
  /** The focus target is noted first: the table may show the result before the call settles here. */
  const saveThenFocus = async (
    call: ReturnType<typeof api.call<'kickoff:load'>>,
    target: number | 'new',
  ) => {
    pendingFocus.current = target;
    const problem = await save(call);
    if (problem) pendingFocus.current = undefined;
    return problem;
  };
  const { actors } = data;

  return (
    <section className="panel" aria-labelledby="actors-heading" ref={panel}>
      <div className="section-heading">
        <h2 id="actors-heading">Akteure</h2>
        <span className="muted">
          {actors.length} Akteure, davon {actors.filter((actor) => actor.steeringGroup).length} in
          der Steuerungsgruppe
        </span>
      </div>
      <p className="muted">
        Personenbezogene Daten bitte sparsam: Eine Funktion („Vorstand“, „Sprecherin“) genügt als
        Name. Kontakte bleiben in der Werkstatt-Datei und erscheinen in keinem Dokument.
      </p>
      <ShowNamesOption />
      {actors.length > 0 && (
        <div className="table-scroll">
          <table className="actors-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Rolle im Prozess</th>
                <th scope="col">Kontakt (intern)</th>
                <th scope="col">Steuerungs&shy;gruppe</th>
                <th scope="col">
                  <span className="visually-hidden">Reihenfolge und Entfernen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {actors.map((actor, index) => (
                <ActorRow
                  key={actor.id}
                  actor={actor}
                  first={index === 0}
                  last={index === actors.length - 1}
                  nameKey={`name-${actor.id}`}
                  onChange={(changes) => save(api.call('actors:update', { id: actor.id, changes }))}
                  onMove={(offset) =>
                    save(
                      api.call('actors:move', {
                        id: actor.id,
                        beforeId: actors[index + (offset < 0 ? -1 : 2)]?.id ?? null,
                      }),
                    )
                  }
                  onRemove={() => {
                    const neighbour = actors[index + 1] ?? actors[index - 1];
                    void saveThenFocus(
                      api.call('actors:delete', { id: actor.id }),
                      neighbour?.id ?? 'new',
                    );
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewActorForm onAdd={(fields) => saveThenFocus(api.call('actors:create', fields), 'new')} />
    </section>
  );
}

function ActorRow({
  actor,
  first,
  last,
  nameKey,
  onChange,
  onMove,
  onRemove,
}: {
  actor: Actor;
  first: boolean;
  last: boolean;
  nameKey: string;
  onChange(changes: Partial<ActorFields>): Promise<string | undefined>;
  onMove(offset: -1 | 1): Promise<string | undefined>;
  onRemove(): void;
}) {
  const [problem, setProblem] = useState<string>();
  const who = actor.name || 'Akteur';
  return (
    <tr>
      <td>
        <Cell
          label={`Name von ${who}`}
          value={actor.name}
          focusKey={nameKey}
          onSave={(name) => onChange({ name })}
        />
      </td>
      <td>
        <Cell
          label={`Organisation von ${who}`}
          value={actor.organisation}
          onSave={(organisation) => onChange({ organisation })}
        />
      </td>
      <td>
        <Cell label={`Rolle von ${who}`} value={actor.role} onSave={(role) => onChange({ role })} />
      </td>
      <td>
        <Cell
          label={`Kontakt von ${who}`}
          value={actor.contact}
          onSave={(contact) => onChange({ contact })}
        />
      </td>
      <td className="center">
        <SavingCheckbox
          checked={actor.steeringGroup}
          aria-label={`${who} gehört zur Steuerungsgruppe`}
          onSave={(steeringGroup) => onChange({ steeringGroup })}
          onRefused={setProblem}
        />
        {problem && (
          <span className="form-error" role="alert">
            {problem}
          </span>
        )}
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`${who} nach oben`}
          disabled={first}
          onClick={() => void onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`${who} nach unten`}
          disabled={last}
          onClick={() => void onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`${who} entfernen`}
          onClick={onRemove}
        >
          ✕
        </button>
      </td>
    </tr>
  );
}

/** A table cell's text, saved when left or on Enter; its error right beneath it. */
function Cell({
  label,
  value,
  onSave,
  focusKey,
}: {
  label: string;
  value: string;
  onSave: Save;
  focusKey?: string;
}) {
  const id = useId();
  const { draft, setDraft, error, commit } = useSaving(value, onSave);
  return (
    <>
      <input
        id={id}
        data-focus={focusKey}
        aria-label={label}
        value={draft}
        maxLength={200}
        {...errorAttributes(id, error)}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
        }}
        onBlur={() => void commit()}
      />
      {error && (
        <span className="form-error" role="alert" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}
