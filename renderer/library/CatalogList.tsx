// One catalogue as an editable list: rename in place, move up and down, merge, remove, add.
import { useState } from 'react';

export interface CatalogEntry {
  id: number;
  label: string;
  projectCount: number;
}

/** Each operation resolves to a German error message, or undefined when done. */
export interface CatalogOps {
  create(label: string): Promise<string | undefined>;
  rename(id: number, label: string): Promise<string | undefined>;
  move(id: number, beforeId: number | null): Promise<string | undefined>;
  merge(sourceId: number, targetId: number): Promise<string | undefined>;
  remove(id: number, replaceWithId: number | null): Promise<string | undefined>;
  /** Entries in use cannot just be unlinked (projects need a Handlungsfeld). */
  mustReplace?: boolean;
}

export function CatalogList({
  title,
  entries,
  ops,
}: {
  title: string;
  entries: CatalogEntry[];
  ops: CatalogOps;
}) {
  const [error, setError] = useState<string>();
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<CatalogEntry>();
  const [replacement, setReplacement] = useState<string>('');
  const [merging, setMerging] = useState<CatalogEntry>();
  const run = async (operation: Promise<string | undefined>) => setError(await operation);
  const others = (entry: CatalogEntry) => entries.filter((other) => other.id !== entry.id);

  return (
    <section aria-label={title} className="catalog">
      <ol className="field-list">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <input
              className="field-name"
              aria-label={`Name ${entry.label}`}
              defaultValue={entry.label}
              onBlur={(event) => {
                const value = event.target.value.trim();
                if (value && value !== entry.label) void run(ops.rename(entry.id, value));
              }}
            />
            <span className="muted catalog-count">{entry.projectCount} Proj.</span>
            <button
              type="button"
              className="icon-button"
              aria-label={`${entry.label} nach oben`}
              disabled={index === 0}
              onClick={() => void run(ops.move(entry.id, entries[index - 1]?.id ?? null))}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`${entry.label} nach unten`}
              disabled={index === entries.length - 1}
              onClick={() => void run(ops.move(entry.id, entries[index + 2]?.id ?? null))}
            >
              ↓
            </button>
            <button type="button" className="button ghost" onClick={() => setMerging(entry)}>
              Zusammenführen …
            </button>
            <button
              type="button"
              className="button ghost"
              onClick={() =>
                entry.projectCount > 0 ? setRemoving(entry) : void run(ops.remove(entry.id, null))
              }
            >
              Entfernen
            </button>
          </li>
        ))}
      </ol>
      {merging && (
        <div
          className="catalog-question"
          role="group"
          aria-label={`${merging.label} zusammenführen`}
        >
          <label>
            „{merging.label}“ zusammenführen mit
            <OtherEntry entries={others(merging)} value={replacement} onChange={setReplacement} />
          </label>
          <button
            type="button"
            className="button primary"
            disabled={!replacement}
            onClick={() => {
              void run(ops.merge(merging.id, Number(replacement)));
              setMerging(undefined);
              setReplacement('');
            }}
          >
            Zusammenführen
          </button>
          <button type="button" className="button" onClick={() => setMerging(undefined)}>
            Abbrechen
          </button>
        </div>
      )}
      {removing && (
        <div className="catalog-question" role="group" aria-label={`${removing.label} entfernen`}>
          <p>
            „{removing.label}“ gehört zu{' '}
            {removing.projectCount === 1 ? 'einem Projekt' : `${removing.projectCount} Projekten`}.
            Was soll mit {removing.projectCount === 1 ? 'ihm' : 'ihnen'} geschehen?
          </p>
          {!ops.mustReplace && (
            <button
              type="button"
              className="button"
              onClick={() => {
                void run(ops.remove(removing.id, null));
                setRemoving(undefined);
              }}
            >
              Bei den Projekten entfernen
            </button>
          )}
          <label>
            {ops.mustReplace ? 'Projekte verschieben nach' : 'oder ersetzen durch'}
            <OtherEntry entries={others(removing)} value={replacement} onChange={setReplacement} />
          </label>
          <button
            type="button"
            className="button primary"
            disabled={!replacement}
            onClick={() => {
              void run(ops.remove(removing.id, Number(replacement)));
              setRemoving(undefined);
              setReplacement('');
            }}
          >
            {ops.mustReplace ? 'Verschieben und entfernen' : 'Ersetzen und entfernen'}
          </button>
          <button type="button" className="button" onClick={() => setRemoving(undefined)}>
            Abbrechen
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <form
        className="form form-inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (!adding.trim()) return;
          void ops.create(adding).then((problem) => {
            setError(problem);
            if (!problem) setAdding('');
          });
        }}
      >
        <label>
          Neu
          <input
            value={adding}
            maxLength={500}
            onChange={(event) => setAdding(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Hinzufügen
        </button>
      </form>
    </section>
  );
}

/** The entry that takes over (for merging or replacing). */
function OtherEntry({
  entries,
  value,
  onChange,
}: {
  entries: CatalogEntry[];
  value: string;
  onChange(value: string): void;
}) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">– bitte wählen –</option>
      {entries.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {entry.label}
        </option>
      ))}
    </select>
  );
}
