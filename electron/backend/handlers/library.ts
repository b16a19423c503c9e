// Handlers of the library and the fact sheet: the list, the CSV table, and each fact-sheet change
// as one undoable user action answered with the whole sheet.
import type { FactSheetChanges } from '../../../shared/contract/library';
import { sortLibraryProjects } from '../../../shared/librarySort';
import type { Handler } from '../dispatch';
import type { DownloadFolder } from '../downloads';
import { libraryCsv } from '../exchange/csv';
import { chosenOrFresh, writeUserFile } from '../export/userFile';
import { fileStamp } from '../fileStamps';
import type { OfferedFiles } from '../offeredFiles';
import {
  addMilestone,
  createProject,
  deleteMilestone,
  fieldLabels,
  projectLinks,
  readSheet,
  setProjectLinks,
  updateFactSheet,
  updateMilestone,
} from '../repositories/factSheet';
import { listLibrary } from '../repositories/library';
import { readSheetDetails } from '../repositories/sheetDetails';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';
import { safeFileName } from '../workspace/service';

type LibraryHandlers = {
  [
    M in
      | 'library:list'
      | 'library:exportCsv'
      | 'projects:sheet'
      | 'projects:create'
      | 'projects:update'
      | 'projects:setTargetGroups'
      | 'projects:setStrategicGoals'
      | 'projects:setSwotEntries'
      | 'milestones:add'
      | 'milestones:update'
      | 'milestones:delete'
  ]: Handler<M>;
};

/** "Projekt ändern: Budget" when one field changes, else "Projekt ändern". */
function updateLabel(changes: FactSheetChanges): string {
  const fields = Object.keys(changes) as (keyof FactSheetChanges)[];
  return fields.length === 1
    ? `Projekt ändern: ${fieldLabels[fields[0] as keyof FactSheetChanges]}`
    : 'Projekt ändern';
}

/** `downloads`: where the browser mode writes a table the user did not name a file for. */
export function libraryHandlers(
  workspaces: WorkspaceService,
  offered: OfferedFiles,
  downloads: DownloadFolder | undefined,
): LibraryHandlers {
  const session = () => workspaces.current();
  /** Runs a fact-sheet change as one user action and answers with the project's sheet. */
  const change = (label: string, action: (writer: Writer) => number) => {
    const current = session();
    return readSheet(current.db, current.act(label, action));
  };
  return {
    'library:list': ({ filters, query }) => listLibrary(session().db, filters, query),
    'library:exportCsv': async ({ filters, query, sort, path }) => {
      const { db, name } = session();
      const { projects } = listLibrary(db, filters, query);
      const rows = sort ? sortLibraryProjects(projects, sort) : projects;
      const bytes = Buffer.from(libraryCsv(rows, readSheetDetails(db)), 'utf8');
      const written = await writeUserFile(
        bytes,
        chosenOrFresh(path, {
          folder: downloads ? await downloads.fresh() : workspaces.workspaceFolder,
          baseName: `${safeFileName(name)} – Projektbibliothek ${fileStamp(new Date())}`,
          extension: '.csv',
        }),
        'Die CSV-Tabelle',
      );
      const handle = offered.offer(written);
      return { path: written, handle, count: projects.length, bytes: bytes.length };
    },
    'projects:sheet': ({ id }) => readSheet(session().db, id),
    'projects:create': ({ actionFieldId, title }) =>
      change('Projekt anlegen', (writer) => createProject(writer, actionFieldId, title)),
    'projects:update': ({ id, changes }) =>
      change(updateLabel(changes), (writer) => {
        updateFactSheet(writer, id, changes);
        return id;
      }),
    'projects:setTargetGroups': ({ id, targetGroupIds }) =>
      change('Zielgruppen ändern', (writer) => {
        setProjectLinks(writer, id, projectLinks.targetGroups, targetGroupIds);
        return id;
      }),
    'projects:setStrategicGoals': ({ id, strategicGoalIds }) =>
      change('Leitziele ändern', (writer) => {
        setProjectLinks(writer, id, projectLinks.strategicGoals, strategicGoalIds);
        return id;
      }),
    'projects:setSwotEntries': ({ id, swotEntryIds }) =>
      change('SWOT-Bezug ändern', (writer) => {
        setProjectLinks(writer, id, projectLinks.swotEntries, swotEntryIds);
        return id;
      }),
    'milestones:add': ({ projectId, month, text }) =>
      change('Meilenstein hinzufügen', (writer) => addMilestone(writer, projectId, month, text)),
    'milestones:update': ({ id, ...changes }) =>
      change('Meilenstein ändern', (writer) => updateMilestone(writer, id, changes)),
    'milestones:delete': ({ id }) =>
      change('Meilenstein löschen', (writer) => deleteMilestone(writer, id)),
  };
}
