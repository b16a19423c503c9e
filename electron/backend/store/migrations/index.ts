// The ordered list of migrations; the last one's version is the schema version this app writes.
import { initialSchema } from './001-initial';
import { librarySearch } from './002-library-search';
import { cleanTexts } from './003-clean-texts';
import { kommunalprofil } from './005-kommunalprofil';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  initialSchema,
  librarySearch,
  cleanTexts,
  kommunalprofil,
];

export const schemaVersion = migrations.at(-1)?.version ?? 0;

export type { Migration } from './types';
