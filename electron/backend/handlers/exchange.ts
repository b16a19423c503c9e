// Handlers of the Interkommunaler Austausch: export projects to a `.werkstatt-projekte` file,
// preview a file, and import it as one undoable action (all or nothing).
import { exchangeExtension } from '../../../shared/library';
import type { Handler } from '../dispatch';
import { readExchangeText } from '../exchange/files';
import { chosenOrFresh, writeUserFile } from '../export/userFile';
import { exchangeFileBytes, parseExchangeFile } from '../exchange/format';
import { fileStamp } from '../fileStamps';
import type { OfferedFiles } from '../offeredFiles';
import {
  chosenProjects,
  importProjects,
  previewImport,
  readExchangeFile,
} from '../repositories/exchange';
import { refreshSearchIndex } from '../repositories/librarySearch';
import type { WorkspaceService } from '../workspace/service';
import { safeFileName } from '../workspace/service';

type ExchangeHandlers = {
  [M in 'exchange:export' | 'exchange:preview' | 'exchange:import']: Handler<M>;
};

export function exchangeHandlers(
  workspaces: WorkspaceService,
  offered: OfferedFiles,
): ExchangeHandlers {
  const session = () => workspaces.current();
  return {
    'exchange:export': async ({ projectIds, path }) => {
      const { db, name } = session();
      const file = readExchangeFile(db, projectIds);
      const bytes = exchangeFileBytes(file);
      const written = await writeUserFile(
        bytes,
        chosenOrFresh(path, {
          folder: workspaces.workspaceFolder,
          baseName: `${safeFileName(name)} – Projekte ${fileStamp(new Date())}`,
          extension: exchangeExtension,
        }),
        'Die Projektdatei',
      );
      const handle = offered.offer(written);
      return { path: written, handle, count: file.projects.length, bytes: bytes.length };
    },
    'exchange:preview': async (source) => {
      const file = parseExchangeFile(await readExchangeText(source));
      return previewImport(session().db, file);
    },
    'exchange:import': async ({ indexes, ...source }) => {
      const current = session();
      const file = parseExchangeFile(await readExchangeText(source));
      const projects = chosenProjects(file, indexes);
      const label =
        projects.length === 1 ? '1 Projekt importieren' : `${projects.length} Projekte importieren`;
      const projectIds = current.act(label, (writer) =>
        importProjects(writer, file.origin.name.trim(), projects),
      );
      // Indexed now, while the user expects the import to take a moment, not at the first keystroke.
      refreshSearchIndex(current.db);
      return { imported: projectIds.length, projectIds };
    },
  };
}
