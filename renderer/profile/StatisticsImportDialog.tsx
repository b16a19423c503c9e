// "Statistik importieren": choose a download (file chooser or drop in the browser, the system dialog
// in Electron), see what it holds for the chosen region before anything is written, tick the
// series, import them as one undoable step and read what was new or changed.
import { useEffect, useState } from 'react';
import type { ImportReport, StatisticsPreview } from '../../shared/contract';
import { formatDate } from '../../shared/plan';
import { describeImport } from '../../shared/profile/importReport';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';
import { PreviewTable } from './PreviewTable';
import { RegionChoice } from './RegionChoice';
import { readUpload } from './upload';
import type { Upload } from './upload';

type Source = Upload | { path: string; fileName: string };

const layoutLabels: Record<StatisticsPreview['layout'], string> = {
  classic: 'Tabelle (CSV)',
  flat: 'Flatfile (CSV, vor 2025)',
  flatZip: 'Flatfile (seit 2025)',
};

export function StatisticsImportDialog({ file, onClose }: { file?: File; onClose(): void }) {
  const nativeDialogs = useStore((state) => state.capabilities?.nativeDialogs ?? false);
  const setProfile = useStore((state) => state.setProfile);
  const [source, setSource] = useState<Source>();
  const [preview, setPreview] = useState<StatisticsPreview>();
  const [comparisons, setComparisons] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [inPlan, setInPlan] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [report, setReport] = useState<ImportReport>();

  async function show(next: Source, region?: string) {
    setBusy(true);
    setError(undefined);
    const result = await api.call('statistics:preview', { ...next, ...(region && { region }) });
    setBusy(false);
    if (!result.ok) {
      setPreview(undefined);
      return setError(result.error.message);
    }
    const keepChoice = preview !== undefined && source === next;
    setSource(next);
    setPreview(result.value);
    setComparisons([]);
    if (!keepChoice) setChosen(result.value.series.map((series) => series.key));
  }

  async function read(picked: File) {
    const upload = await readUpload(picked);
    if ('error' in upload) return setError(upload.error);
    await show(upload);
  }

  async function pickWithSystemDialog() {
    const picked = await api.call('system:pickPath', { purpose: 'openStatistics' });
    if (!picked.ok) return setError(picked.error.message);
    const path = picked.value.path;
    if (path) await show({ path, fileName: path.split(/[\\/]/).pop() ?? path });
  }

  async function importChosen() {
    if (!source || !preview) return;
    setBusy(true);
    const regions = preview.region === null ? [] : [preview.region, ...comparisons];
    const result = await api.call('statistics:import', {
      ...source,
      regions,
      seriesKeys: chosen,
      inPlan,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setProfile(result.value.profile);
    setReport(result.value.report);
  }

  useEffect(() => {
    // The file the dialog was opened with (dropped on the panel); later ones come through it.
    if (file)
      void readUpload(file).then((upload) =>
        'error' in upload ? setError(upload.error) : show(upload),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const regionMissing =
    preview !== undefined && preview.regions.length > 0 && preview.region === null;
  const regionCount = 1 + comparisons.length;
  const confirmLabel =
    `${chosen.length === 1 ? '1 Reihe' : `${chosen.length} Reihen`} importieren` +
    (regionCount > 1 ? ` (${regionCount} Gebiete)` : '');

  return (
    <Dialog
      title="Statistik importieren"
      onClose={onClose}
      wide
      className="statistics-dialog scroll-dialog"
      actions={
        report ? undefined : preview ? (
          <DialogButtons
            onCancel={onClose}
            confirmLabel={confirmLabel}
            disabled={busy || chosen.length === 0 || regionMissing}
            onConfirm={() => void importChosen()}
          />
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Abbrechen
          </button>
        )
      }
    >
      {report ? (
        <div className="import-report" role="status">
          <p>
            <strong>{describeImport(report)[0]}</strong> Strg + Z nimmt den Import als Ganzes
            zurück.
          </p>
          <ul>
            {describeImport(report)
              .slice(1)
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
        </div>
      ) : (
        <>
          <div
            className="file-drop"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const dropped = event.dataTransfer.files[0];
              if (dropped) void read(dropped);
            }}
          >
            <p>
              Tabellen von GENESIS-Online, der Regionalstatistik, der Zensus-Datenbank und der
              Statistischen Landesämter: als CSV (Tabelle oder Flatfile) oder als Flatfile-ZIP, so
              wie heruntergeladen. Datei hierher ziehen oder:
            </p>
            {nativeDialogs ? (
              <button type="button" className="button" onClick={() => void pickWithSystemDialog()}>
                Datei wählen …
              </button>
            ) : (
              <label className="form">
                Statistikdatei (.csv oder .zip)
                <input
                  type="file"
                  accept=".csv,.zip,.txt,text/csv,application/zip"
                  onChange={(event) => {
                    const picked = event.target.files?.[0];
                    if (picked) void read(picked);
                  }}
                />
              </label>
            )}
          </div>
          {busy && (
            <p className="muted" role="status">
              Lese die Datei …
            </p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {preview && source && (
            <div className="statistics-preview">
              <p className="preview-title">
                <strong>{preview.title || preview.fileName}</strong>
                <span className="muted">
                  {[
                    preview.tableCode && `Tabelle ${preview.tableCode}`,
                    layoutLabels[preview.layout],
                    preview.source,
                    preview.stand && `Stand ${formatDate(preview.stand)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </p>
              <RegionChoice
                preview={preview}
                comparisons={comparisons}
                onRegion={(region) => void show(source, region)}
                onComparisons={setComparisons}
              />
              <PreviewTable preview={preview} chosen={chosen} onChosen={setChosen} />
              <label className="sheet-check">
                <input
                  type="checkbox"
                  checked={inPlan}
                  onChange={(event) => setInPlan(event.target.checked)}
                />
                In die Kennzahlentabelle des Werkstattplans aufnehmen
              </label>
              {preview.notes.length > 0 && (
                <details className="table-footnotes">
                  <summary>Fußnoten der Tabelle</summary>
                  {preview.notes.map((note) => (
                    <p key={note}>{note}</p>
                  ))}
                </details>
              )}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}
