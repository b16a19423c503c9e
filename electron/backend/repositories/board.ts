// Everything the board shows, read in one go when a workspace is opened or the board reloads.
import type Database from 'better-sqlite3';
import type { BoardData } from '../../../shared/contract';
import { listActionFields } from './actionFields';
import { listIdeas } from './ideas';
import { listBoardProjects } from './projects';
import { listWorkshops } from './workshops';

/** The rows; the handler adds where the session stands (`sync`). */
export function loadBoard(db: Database.Database): Omit<BoardData, 'sync'> {
  return {
    actionFields: listActionFields(db),
    projects: listBoardProjects(db),
    ideas: listIdeas(db),
    workshops: listWorkshops(db),
  };
}
