// The library's actions: a new project, the catalogues, CSV for Excel, exchange with other
// municipalities (.werkstatt-projekte).
import { useState } from 'react';
import type { WrittenFile } from '../../shared/contract';
import { api } from '../api/client';
import { useStore } from '../store';
import { CatalogDialog } from './CatalogDialog';
import { DownloadLink } from '../components/DownloadLink';
import { ExportProjectsDialog } from './ExportProjectsDialog';
import { ImportProjectsDialog } from './ImportProjectsDialog';

type Open = 'export' | 'import';

export function ExchangeBar() {
  const [open, setOpen] = useState<Open>();
  const [csv, setCsv] = useState<WrittenFile>();
  const catalogs = useStore((state) => state.library.catalogs);
  const showNotice = useStore((state) => state.showNotice);
  const setLibrary = useStore((state) => state.setLibrary);
  // In the store, so that other screens can open a catalogue here.
  const catalogDialog = useStore((state) => state.library.catalogDialog);

  async function newProject() {
    const field =
      catalogs?.actionFields.find((entry) => !entry.hidden) ?? catalogs?.actionFields[0];
    if (!field) return;
    const result = await api.call('projects:create', {
      actionFieldId: field.id,
      title: 'Neues Projekt',
    });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setLibrary({ openProjectId: result.value.id });
  }

  async function exportCsv() {
    const { library, capabilities, workspace } = useStore.getState();
    const { filters, query, sort, view } = library;
    let path: string | undefined;
    if (capabilities?.nativeDialogs) {
      // Electron: where the user wants it, as with the Werkstattplan.
      const picked = await api.call('system:pickPath', {
        purpose: 'saveTable',
        suggestedName: `${workspace?.name ?? 'Projekte'} – Projekte.csv`,
      });
      if (!picked.ok) return showNotice({ kind: 'error', text: picked.error.message });
      if (!picked.value.path) return;
      path = picked.value.path;
    }
    // In the table's order when the table is on show, else in the library's own order.
    const result = await api.call('library:exportCsv', {
      filters,
      query,
      sort: view === 'table' ? sort : null,
      ...(path ? { path } : {}),
    });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setCsv(result.value);
    showNotice({ kind: 'info', text: `${result.value.count} Projekte als CSV gespeichert.` });
  }

  return (
    <div className="library-actions">
      <button type="button" className="button" onClick={() => void newProject()}>
        Neues Projekt
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setLibrary({ catalogDialog: 'targetGroups' })}
      >
        Kataloge …
      </button>
      <button type="button" className="button" onClick={() => void exportCsv()}>
        CSV für Excel
      </button>
      {csv && <DownloadLink file={csv} />}
      <button type="button" className="button" onClick={() => setOpen('export')}>
        Projekte weitergeben …
      </button>
      <button type="button" className="button" onClick={() => setOpen('import')}>
        Projekte übernehmen …
      </button>
      {catalogDialog && (
        <CatalogDialog
          initial={catalogDialog}
          onClose={() => setLibrary({ catalogDialog: undefined })}
        />
      )}
      {open === 'export' && <ExportProjectsDialog onClose={() => setOpen(undefined)} />}
      {open === 'import' && <ImportProjectsDialog onClose={() => setOpen(undefined)} />}
    </div>
  );
}
