// The Zukunftswerkstatt sessions, editable: title, date, place, participants and the tables
// (groups). They are the board's own rows: every change answers with a board patch.
import { useEffect, useRef, useState } from 'react';
import type { BoardWorkshop, Mutation } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { api } from '../api/client';
import { formatNumber } from '../format';
import { DateField, TextField } from '../library/SheetFields';
import { useStore } from '../store';
import { EditableList } from './EditableList';
import { NumberField } from './fields';
import { fieldMessage } from './saving';

/** Applies a session change to the board; resolves to the message for the field, or undefined. */
async function saveSession(call: Promise<Result<Mutation>>): Promise<string | undefined> {
  const result = await call;
  if (!result.ok) return fieldMessage(result.error);
  const { applyPatch, setHistory } = useStore.getState();
  applyPatch(result.value.patch);
  setHistory(result.value.history);
  return undefined;
}

export function WorkshopSessions() {
  const loaded = useStore((state) => state.board.loaded);
  const workshops = useStore((state) => state.board.workshops);
  const ideas = useStore((state) => state.board.ideas);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const newTitle = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!loaded) void useStore.getState().loadBoard();
  }, [loaded]);
  if (!loaded) return <p className="muted">Lade die Zukunftswerkstätten …</p>;
  const sessions = Object.values(workshops).sort((a, b) => a.position - b.position || a.id - b.id);
  const ideaCount = (id: number) =>
    Object.values(ideas).filter((idea) => idea.workshopId === id).length;

  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Zukunftswerkstätten</h2>
      {sessions.length === 0 && <p className="muted">Noch keine Zukunftswerkstatt geplant.</p>}
      <div className="session-list">
        {sessions.map((session) => (
          <Session
            key={session.id}
            session={session}
            ideas={ideaCount(session.id)}
            onDeleted={() => newTitle.current?.focus()}
          />
        ))}
      </div>
      <form
        className="form form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          void saveSession(api.call('workshops:create', { title })).then((problem) => {
            setError(problem);
            if (!problem) setTitle('');
          });
        }}
      >
        <label>
          Neue Zukunftswerkstatt
          <input
            ref={newTitle}
            value={title}
            maxLength={160}
            placeholder="z. B. Zukunftswerkstatt 2: Gut leben für alle Generationen"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-session-error' : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Anlegen
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert" id="new-session-error">
          {error}
        </p>
      )}
    </section>
  );
}

interface SessionProps {
  session: BoardWorkshop;
  ideas: number;
  /** The session is gone, and with it the focused button: the focus goes to the new session's field. */
  onDeleted(): void;
}

function Session({ session, ideas, onDeleted }: SessionProps) {
  const [problem, setProblem] = useState<string>();
  const update = (changes: Omit<Parameters<typeof api.call<'workshops:update'>>[1], 'id'>) =>
    saveSession(api.call('workshops:update', { id: session.id, ...changes }));
  return (
    <article className="session" aria-label={session.title}>
      <div className="sheet-grid">
        <div className="sheet-wide">
          <TextField label="Titel" value={session.title} onSave={(title) => update({ title })} />
        </div>
        <DateField
          label="Datum"
          value={session.date}
          onSave={(date) => update({ date: date || null })}
        />
        <NumberField
          label="Teilnehmende"
          value={session.participantCount}
          onSave={(participantCount) => update({ participantCount })}
        />
        <div className="sheet-wide">
          <TextField label="Ort" value={session.place} onSave={(place) => update({ place })} />
        </div>
      </div>
      <h3 className="subheading">Gruppen und Tische</h3>
      <EditableList
        label={`Gruppen von ${session.title}`}
        noun="Gruppe"
        items={session.groups.map((group) => ({ id: group.id, text: group.name }))}
        addLabel="Neue Gruppe"
        maxLength={80}
        ops={{
          add: (name) =>
            saveSession(api.call('workshops:addGroup', { workshopId: session.id, name })),
          rename: (id, name) => saveSession(api.call('workshops:renameGroup', { id, name })),
          remove: (id) => saveSession(api.call('workshops:removeGroup', { id })),
        }}
      />
      <div className="session-footer">
        <span className="muted">
          {ideas === 0
            ? 'Noch keine Ideen erfasst.'
            : `${formatNumber(ideas)} ${ideas === 1 ? 'Idee' : 'Ideen'} erfasst`}
        </span>
        {ideas === 0 && (
          <button
            type="button"
            className="button ghost"
            onClick={() =>
              void saveSession(api.call('workshops:delete', { id: session.id })).then((error) => {
                if (error) setProblem(error);
                else onDeleted();
              })
            }
          >
            Zukunftswerkstatt löschen
          </button>
        )}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
