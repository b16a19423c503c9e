// The ordered list of migrations; the last one's version is the schema version this app writes.
import { initialSchema } from './001-initial';
import { librarySearch } from './002-library-search';
import { cleanTexts } from './003-clean-texts';
import { processSteps } from './004-process';
import { searchEverything } from './005-search-everything';
import { participation } from './006-participation';
import { kommunalprofil } from './007-kommunalprofil';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  initialSchema,
  librarySearch,
  cleanTexts,
  processSteps,
  searchEverything,
  participation,
  kommunalprofil,
];

export const schemaVersion = migrations.at(-1)?.version ?? 0;

export type { Migration } from './types';
