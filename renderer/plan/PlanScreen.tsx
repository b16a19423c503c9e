// Werkstattplan: the export options (remembered per workspace), the export itself, and the
// frozen versions ("Fassungen") that the Zwischenbilanz will compare against.
import { useEffect, useState } from 'react';
import type { DocumentFormat, ExportResult, PlanVersion } from '../../shared/contract';
import { planSectionKeys, planSectionTitles, resolutionTemplate } from '../../shared/plan';
import type { ExportOptions } from '../../shared/plan';
import { api } from '../api/client';
import { useStore } from '../store';
import { ExportResultBox } from './ExportResultBox';
import { OfficeNote, useLibreOffice } from './OfficeNote';
import { OwnTexts } from './OwnTexts';
import { pickDocumentPath } from './pickDocument';
import { QualityCheck } from './QualityCheck';
import { VersionsPanel } from './VersionsPanel';

export function PlanScreen() {
  const showNotice = useStore((state) => state.showNotice);
  const workspace = useStore((state) => state.workspace);
  const [options, setOptions] = useState<ExportOptions>();
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<ExportResult>();
  const [error, setError] = useState<string>();
  const [format, setFormat] = useState<DocumentFormat>('docx');
  const libreOffice = useLibreOffice();

  useEffect(() => {
    let current = true;
    void api.call('plan:exportOptions', {}).then((answer) => {
      if (current && answer.ok) setOptions(answer.value);
    });
    return () => {
      current = false;
    };
  }, []);

  if (!options || !workspace) return <p className="muted">Lade die Optionen …</p>;

  const change = (changes: Partial<ExportOptions>) => setOptions({ ...options, ...changes });

  async function exportPlan(version?: PlanVersion) {
    if (!options || !workspace) return;
    setError(undefined);
    setResult(undefined);
    const saved = await api.call('plan:setExportOptions', options);
    if (!saved.ok) return setError(saved.error.message);
    const picked = await pickDocumentPath(
      `${workspace.name} – ${options.title}.${format}`,
      format === 'pdf' ? 'savePdf' : 'saveDocument',
    );
    if (picked.ok === 'cancelled') return;
    if (picked.ok === false) return setError(picked.message);
    const { path } = picked;
    setExporting(true);
    const answer = await api.call('plan:export', {
      options: saved.value,
      format,
      ...(path ? { path } : {}),
      ...(version ? { versionId: version.id } : {}),
    });
    setExporting(false);
    if (!answer.ok) return setError(answer.error.message);
    setResult(answer.value);
    showNotice({ kind: 'info', text: 'Der Werkstattplan wurde gespeichert.' });
  }

  return (
    <div className="plan-screen">
      <QualityCheck options={options} onChange={change} />
      <section aria-labelledby="export-heading" className="panel">
        <h2 id="export-heading">Werkstattplan exportieren</h2>
        <p className="muted">
          Ein Word-Dokument mit Inhaltsverzeichnis, Formatvorlagen und Seitenzahlen, das die Kommune
          übernehmen und weiter bearbeiten kann – oder ein barrierefreies PDF zum Veröffentlichen.
        </p>
        <OfficeNote libreOffice={libreOffice} />
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void exportPlan();
          }}
        >
          <div className="form-row">
            <label>
              Titel
              <input
                value={options.title}
                maxLength={120}
                onChange={(event) => change({ title: event.target.value })}
              />
            </label>
            <label>
              Fassung
              <input
                value={options.versionLabel}
                maxLength={160}
                placeholder="z. B. Entwurf oder Beschluss des Stadtrats vom …"
                onChange={(event) => change({ versionLabel: event.target.value })}
              />
            </label>
          </div>
          <fieldset className="checks">
            <legend>Kapitel</legend>
            {planSectionKeys.map((key) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={options.sections[key]}
                  onChange={(event) =>
                    change({ sections: { ...options.sections, [key]: event.target.checked } })
                  }
                />
                {planSectionTitles[key]}
              </label>
            ))}
            <label>
              <input
                type="checkbox"
                checked={options.ideaAnnex}
                onChange={(event) => change({ ideaAnnex: event.target.checked })}
              />
              Anhang: alle Ideen der Zukunftswerkstatt und die Fotos der Pinnwände
            </label>
            <label>
              <input
                type="checkbox"
                checked={!options.anonymiseNames}
                onChange={(event) => change({ anonymiseNames: !event.target.checked })}
              />
              Namen im Werkstattplan zeigen (sonst nur Organisation und Rolle der Akteure)
            </label>
          </fieldset>
          <p className="muted">Kapitel ohne Inhalt entfallen von selbst.</p>
          <OwnTexts
            options={options}
            onChange={change}
            template={() => resolutionTemplate(workspace.name, options.title, options.versionLabel)}
          />
          <fieldset className="format-choice">
            <legend>Projekte mit kaum ausgefülltem Steckbrief</legend>
            <label>
              <input
                type="radio"
                name="plan-sparse"
                checked={options.mostlyEmptySheets === 'ideasTable'}
                onChange={() => change({ mostlyEmptySheets: 'ideasTable' })}
              />
              gesammelt in der Tabelle „Weitere Projektideen“ (empfohlen: beschlossen werden
              Maßnahmen mit Steckbrief, keine leeren Tabellen)
            </label>
            <label>
              <input
                type="radio"
                name="plan-sparse"
                checked={options.mostlyEmptySheets === 'marked'}
                onChange={() => change({ mostlyEmptySheets: 'marked' })}
              />
              als Maßnahme mit eigenem Steckbrief, gekennzeichnet „Steckbrief unvollständig“
            </label>
            <p className="muted">
              Kaum ausgefüllt heißt: höchstens eine Angabe zu Beschreibung, Verantwortlich,
              Zeitraum, Budget, Indikatoren und Meilensteinen.
            </p>
          </fieldset>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <fieldset className="format-choice">
            <legend>Format</legend>
            <label>
              <input
                type="radio"
                name="plan-format"
                checked={format === 'docx'}
                onChange={() => setFormat('docx')}
              />
              Word-Dokument (.docx) zum Bearbeiten
            </label>
            <label>
              <input
                type="radio"
                name="plan-format"
                checked={format === 'pdf'}
                disabled={libreOffice === false}
                onChange={() => setFormat('pdf')}
              />
              PDF zum Veröffentlichen (barrierefrei, mit Lesezeichen)
            </label>
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={exporting}>
              {exporting
                ? 'Werkstattplan wird erstellt …'
                : format === 'pdf'
                  ? 'Als PDF exportieren'
                  : 'Werkstattplan exportieren'}
            </button>
            {exporting && <span className="progress" role="status" aria-label="Export läuft" />}
          </div>
        </form>
        {result && <ExportResultBox result={result} />}
      </section>
      <VersionsPanel onExport={(version) => void exportPlan(version)} exporting={exporting} />
    </div>
  );
}
