// Every window follows the committed changes of the workspace, whoever made them: another tab, the
// projector window, undo in the other window. The board applies each change's rows in the order
// the backend counted them; a gap (a dropped connection) or another opening of the file reads the
// board again. Other screens read again when a change from elsewhere touched what they show.
import type { WorkspaceChange } from '../../shared/events';
import { api } from '../api/client';
import { useStore } from '../store';
import { touchesPending } from '../store/pendingRows';

let ownClient: string | null | undefined;

/** Subscribes once for the window's life; returns the function that stops it. */
export function followWorkspaceChanges(): () => void {
  void api.call('app:client', {}).then((result) => {
    if (result.ok) ownClient = result.value.clientId;
  });
  return api.on('workspace:changed', receive);
}

/** Whether a change came from this very window (its answer has already been applied). */
export const isOwn = (change: WorkspaceChange): boolean =>
  ownClient !== undefined && ownClient !== null && change.origin === ownClient;

function receive(change: WorkspaceChange) {
  const own = isOwn(change);
  const state = useStore.getState();
  if (!own && touchesPending(change.patch)) {
    state.showNotice({
      kind: 'info',
      text: `Gleichzeitig in einem anderen Fenster geändert („${change.label}“): die Pinnwand zeigt jetzt den gespeicherten Stand.`,
    });
  }
  state.receiveChange(change, own);
  if (own) return;
  if (touches(change, libraryTables) && state.view === 'library') scheduleLibraryRefresh();
  if (touches(change, processTables)) scheduleProcessRefresh();
  else if (touches(change, qualityTables) && state.view === 'plan') scheduleProcessRefresh();
  if (touches(change, profileTables) && state.view === 'profile') scheduleProfileRefresh();
  if (touches(change, workspaceTables)) {
    void api.call('workspace:current', {}).then((result) => {
      if (result.ok && result.value) useStore.getState().setWorkspace(result.value);
    });
  }
}

const libraryTables = [
  'projects',
  'ideas',
  'action_fields',
  'target_groups',
  'strategic_goals',
  'project_milestones',
  'project_target_groups',
  'project_strategic_goals',
  'project_swot_entries',
];
const workspaceTables = ['workspace', 'settings'];
/** What the Kommunalprofil shows (its SWOT lists the measures answering each entry). */
const profileTables = [
  'indicators',
  'indicator_values',
  'profile_charts',
  'profile_chart_indicators',
  'swot_entries',
  'inventory_measures',
  'project_swot_entries',
  'projects',
  'action_fields',
];
/** What the Übersicht and the step screens show (a review compares today's projects too). */
const processTables = [
  'steps',
  'step_checklist_items',
  'kickoff',
  'kickoff_agreements',
  'actors',
  'reviews',
  'review_entries',
  'plan_versions',
  'projects',
  'workspace',
];

/** What else the Werkstattplan's quality check reads: its list follows these too. */
const qualityTables = [
  'strategic_goals',
  'project_strategic_goals',
  'swot_entries',
  'project_swot_entries',
  'indicators',
  'indicator_values',
  'profile_charts',
  'inventory_measures',
  'workshops',
];

const touches = (change: WorkspaceChange, tables: string[]) =>
  change.tables.some((table) => tables.includes(table));

/** A burst of changes (a colleague typing in a fact sheet, a drag on the board) reads once. */
function debounced(read: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(read, 150);
  };
}

const scheduleLibraryRefresh = debounced(() => useStore.getState().refreshLibrary());
const scheduleProfileRefresh = debounced(() => {
  if (useStore.getState().view === 'profile') void useStore.getState().loadProfile();
});
const scheduleProcessRefresh = debounced(() => useStore.getState().refreshProcess());
