// "Projekte übernehmen": read a .werkstatt-projekte file, preview what comes in (likely duplicates
// flagged, new Handlungsfelder and Zielgruppen named), then import the chosen projects at once.
import { useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';

type Preview = MethodOutput<'exchange:preview'>;

export function ImportProjectsDialog({ onClose }: { onClose(): void }) {
  const [content, setContent] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  const showNotice = useStore((state) => state.showNotice);

  async function read(file: File) {
    setError(undefined);
    setPreview(undefined);
    if (file.size > 20 * 1024 * 1024)
      return setError('Die Datei ist größer als 20 MB und wird nicht eingelesen.');
    const text = await file.text();
    const result = await api.call('exchange:preview', { content: text });
    if (!result.ok) return setError(result.error.message);
    setContent(text);
    setPreview(result.value);
    setChosen(
      result.value.projects
        .filter((project) => project.duplicateOfId === null)
        .map((project) => project.index),
    );
  }

  async function importChosen() {
    if (!content) return;
    const result = await api.call('exchange:import', { content, indexes: chosen });
    if (!result.ok) return setError(result.error.message);
    showNotice({
      kind: 'info',
      text: `${result.value.imported} Projekte übernommen (Strg + Z nimmt das zurück).`,
    });
    const state = useStore.getState();
    void state.loadCatalogs();
    void state.loadLibrary();
    onClose();
  }

  return (
    <Dialog
      title="Projekte übernehmen"
      onClose={onClose}
      wide
      actions={
        preview ? (
          <DialogButtons
            onCancel={onClose}
            confirmLabel={
              chosen.length === 1 ? '1 Projekt übernehmen' : `${chosen.length} Projekte übernehmen`
            }
            disabled={chosen.length === 0}
            onConfirm={() => void importChosen()}
          />
        ) : undefined
      }
    >
      <label className="form">
        Datei (.werkstatt-projekte)
        <input
          type="file"
          accept=".werkstatt-projekte,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <p>
            Aus <strong>{preview.origin}</strong>: {preview.projects.length} Projekte.
            {preview.newActionFields.length > 0 &&
              ` Neue Handlungsfelder: ${preview.newActionFields.join(', ')}.`}
            {preview.newTargetGroups.length > 0 &&
              ` Neue Zielgruppen: ${preview.newTargetGroups.join(', ')}.`}
          </p>
          <ul className="import-preview">
            {preview.projects.map((project) => (
              <li key={project.index}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(project.index)}
                    onChange={(event) =>
                      setChosen((current) =>
                        event.target.checked
                          ? [...current, project.index]
                          : current.filter((index) => index !== project.index),
                      )
                    }
                  />
                  <span>
                    {project.title} <span className="muted">· {project.actionFieldName}</span>
                    {project.duplicateOfTitle && (
                      <span className="badge warn">ähnlich wie „{project.duplicateOfTitle}“</span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
