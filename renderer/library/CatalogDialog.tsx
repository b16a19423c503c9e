// Catalogue editors: Zielgruppen, Leitziele and Handlungsfelder — add, rename, reorder, merge;
// removing an entry in use asks what becomes of its projects.
import { useState } from 'react';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';
import { CatalogList } from './CatalogList';
import type { CatalogEntry, CatalogOps } from './CatalogList';
import type { CatalogKind as Kind, Catalogs } from './types';

const titles: Record<Kind, string> = {
  targetGroups: 'Zielgruppen',
  strategicGoals: 'Leitziele',
  actionFields: 'Handlungsfelder',
};

/** Runs a catalogue call; on success the catalogues (and the library) show the new state. */
async function refreshAfter(
  call: Promise<{ ok: boolean; error?: { message: string } }>,
): Promise<string | undefined> {
  const result = await call;
  if (!result.ok) return result.error?.message;
  const state = useStore.getState();
  await state.loadCatalogs();
  void state.loadLibrary();
  const history = await api.call('history:state', {});
  if (history.ok) state.setHistory(history.value);
  return undefined;
}

const operations: Record<Kind, CatalogOps> = {
  targetGroups: {
    create: (label) => refreshAfter(api.call('targetGroups:create', { name: label })),
    rename: (id, label) => refreshAfter(api.call('targetGroups:rename', { id, name: label })),
    move: (id, beforeId) => refreshAfter(api.call('targetGroups:move', { id, beforeId })),
    merge: (sourceId, targetId) =>
      refreshAfter(api.call('targetGroups:merge', { sourceId, targetId })),
    remove: (id, replaceWithId) =>
      refreshAfter(api.call('targetGroups:delete', { id, replaceWithId })),
  },
  strategicGoals: {
    create: (label) => refreshAfter(api.call('strategicGoals:create', { text: label })),
    rename: (id, label) => refreshAfter(api.call('strategicGoals:update', { id, text: label })),
    move: (id, beforeId) => refreshAfter(api.call('strategicGoals:move', { id, beforeId })),
    merge: (sourceId, targetId) =>
      refreshAfter(api.call('strategicGoals:merge', { sourceId, targetId })),
    remove: (id, replaceWithId) =>
      refreshAfter(api.call('strategicGoals:delete', { id, replaceWithId })),
  },
  actionFields: {
    create: (label) =>
      refreshAfter(api.call('actionFields:create', { name: label, color: '#5b6b7a' })),
    rename: (id, label) => refreshAfter(api.call('actionFields:update', { id, name: label })),
    move: (id, beforeId) => refreshAfter(api.call('actionFields:move', { id, beforeId })),
    merge: (sourceId, targetId) =>
      refreshAfter(api.call('actionFields:merge', { sourceId, targetId })),
    // Projects need a Handlungsfeld: removing one in use moves them, it cannot unlink them.
    remove: (id, replaceWithId) =>
      refreshAfter(api.call('actionFields:delete', { id, moveProjectsTo: replaceWithId })),
    mustReplace: true,
  },
};

function entriesOf(catalogs: Catalogs, kind: Kind): CatalogEntry[] {
  if (kind === 'targetGroups')
    return catalogs.targetGroups.map((entry) => ({
      id: entry.id,
      label: entry.name,
      projectCount: entry.projectCount,
    }));
  if (kind === 'strategicGoals')
    return catalogs.strategicGoals.map((entry) => ({
      id: entry.id,
      label: entry.text,
      projectCount: entry.projectCount,
    }));
  return catalogs.actionFields.map((entry) => ({
    id: entry.id,
    label: entry.name,
    projectCount: entry.projectCount,
  }));
}

/** `initial`: the catalogue shown first (the plan's quality check opens the Leitziele). */
export function CatalogDialog({ initial, onClose }: { initial: Kind; onClose(): void }) {
  const catalogs = useStore((state) => state.library.catalogs);
  const [kind, setKind] = useState<Kind>(initial);
  return (
    <Dialog title="Kataloge" onClose={onClose} wide>
      <div className="segmented" role="group" aria-label="Katalog">
        {(Object.keys(titles) as Kind[]).map((entry) => (
          <button
            key={entry}
            type="button"
            className="button"
            aria-pressed={kind === entry}
            onClick={() => setKind(entry)}
          >
            {titles[entry]}
          </button>
        ))}
      </div>
      {catalogs && (
        <CatalogList
          key={kind}
          title={titles[kind]}
          entries={entriesOf(catalogs, kind)}
          ops={operations[kind]}
        />
      )}
    </Dialog>
  );
}
