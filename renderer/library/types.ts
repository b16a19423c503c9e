// The library's data as the contract gives it.
import type { MethodInput, MethodOutput } from '../../shared/contract';

export type LibraryProject = MethodOutput<'library:list'>['projects'][number];
export type ProjectSheet = MethodOutput<'projects:sheet'>;
export type Catalogs = MethodOutput<'catalogs:list'>;
export type LibraryFilters = MethodInput<'library:list'>['filters'];
/** The catalogues the „Kataloge“ dialog edits. */
export type CatalogKind = 'targetGroups' | 'strategicGoals' | 'actionFields';
export type ProjectChanges = MethodInput<'projects:update'>['changes'];
