// The library as a table with sortable columns; a row's title opens the fact sheet.
import { useMemo } from 'react';
import { Highlighted } from '../board/Highlighted';
import { useStore } from '../store';
import { sortLibraryProjects } from '../../shared/librarySort';
import type { LibrarySortKey as SortKey } from '../../shared/librarySort';
import { formatBudget, formatPeriod, statusLabel } from './format';
import { MoreResults } from './MoreResults';

const columns: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Titel' },
  { key: 'actionField', label: 'Handlungsfeld' },
  { key: 'targetGroups', label: 'Zielgruppen' },
  { key: 'lead', label: 'Verantwortlich' },
  { key: 'period', label: 'Zeitraum' },
  { key: 'budget', label: 'Budget' },
  { key: 'priority', label: 'Priorität' },
  { key: 'status', label: 'Status' },
  { key: 'dots', label: 'Punkte' },
];

export function ProjectTable() {
  const results = useStore((state) => state.library.results);
  const limit = useStore((state) => state.library.limit);
  const query = useStore((state) => state.library.query);
  const sort = useStore((state) => state.library.sort);
  const selected = useStore((state) => state.library.selected);
  const setLibrary = useStore((state) => state.setLibrary);
  const rows = useMemo(() => {
    return sortLibraryProjects(results, sort).slice(0, limit);
  }, [results, sort, limit]);

  const sortBy = (key: SortKey) =>
    setLibrary({ sort: { key, descending: sort.key === key ? !sort.descending : false } });
  const select = (id: number, on: boolean) =>
    setLibrary({ selected: on ? [...selected, id] : selected.filter((entry) => entry !== id) });

  return (
    <div className="table-scroll">
      <table className="library-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Auswahl</span>
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={
                  sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                }
              >
                <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                  {column.label}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((project) => (
            <tr key={project.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${project.title} auswählen`}
                  checked={selected.includes(project.id)}
                  onChange={(event) => select(project.id, event.target.checked)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  data-open-project={project.id}
                  onClick={() => setLibrary({ openProjectId: project.id })}
                >
                  <Highlighted text={project.title} query={query} />
                </button>
              </td>
              <td>{project.actionFieldName}</td>
              <td>{project.targetGroupNames.join(', ')}</td>
              <td>{project.lead}</td>
              <td>{formatPeriod(project.startMonth, project.endMonth)}</td>
              <td className="number">{formatBudget(project.budgetCents)}</td>
              <td>{project.priority ?? ''}</td>
              <td>{statusLabel(project.status)}</td>
              <td className="number">{project.dots}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreResults />
    </div>
  );
}
