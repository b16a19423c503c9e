// The Projektbibliothek: filters, search, view and sort, the results, the open fact sheet.
import type { StateCreator } from 'zustand';
import { api } from '../api/client';
import type { CatalogKind, Catalogs, LibraryFilters, LibraryProject } from '../library/types';
import type { LibrarySort } from '../../shared/librarySort';
import type { Store } from './index';

export type LibraryView = 'grouped' | 'table';

export interface LibrarySlice {
  library: {
    filters: LibraryFilters;
    query: string;
    view: LibraryView;
    sort: LibrarySort;
    results: LibraryProject[];
    /** The query the results answer (typing may already be further). */
    resultsQuery: string;
    total: number;
    catalogs: Catalogs | undefined;
    openProjectId: number | undefined;
    /** The catalogue the „Kataloge“ dialog shows; undefined while it is closed. */
    catalogDialog: CatalogKind | undefined;
    selected: number[];
    /** Bumped when the data changed behind the library's back (undo, redo): views fetch anew. */
    generation: number;
    /** How many results are drawn; typing stays quick in a library of thousands of projects. */
    limit: number;
  };
  setLibrary(changes: Partial<LibrarySlice['library']>): void;
  /** Fetches the results for the current filters and query; late answers to old queries are dropped. */
  loadLibrary(): Promise<void>;
  loadCatalogs(): Promise<void>;
  /** After undo or redo: everything the library shows is fetched again. */
  refreshLibrary(): void;
}

let latestRequest = 0;

/** Results drawn at first, and added per click on „Weitere anzeigen“. */
export const resultPage = 60;

export const createLibrarySlice: StateCreator<Store, [], [], LibrarySlice> = (set, get) => ({
  library: {
    filters: {},
    query: '',
    view: 'grouped',
    sort: { key: 'title', descending: false },
    results: [],
    resultsQuery: '',
    total: 0,
    catalogs: undefined,
    openProjectId: undefined,
    catalogDialog: undefined,
    selected: [],
    generation: 0,
    limit: resultPage,
  },
  setLibrary: (changes) => set((state) => ({ library: { ...state.library, ...changes } })),
  async loadLibrary() {
    const request = ++latestRequest;
    const { filters, query } = get().library;
    const result = await api.call('library:list', { filters, query });
    if (request !== latestRequest) return;
    if (!result.ok) return get().showNotice({ kind: 'error', text: result.error.message });
    get().setLibrary({
      results: result.value.projects,
      resultsQuery: query,
      total: result.value.total,
    });
  },
  refreshLibrary() {
    const { library, setLibrary, loadLibrary, loadCatalogs } = get();
    setLibrary({ generation: library.generation + 1 });
    void loadLibrary();
    void loadCatalogs();
  },
  async loadCatalogs() {
    const result = await api.call('catalogs:list', {});
    if (result.ok) get().setLibrary({ catalogs: result.value });
  },
});
