// Filters that combine: within a kind any of the checked values, across kinds all of them.
import {
  areaScopes,
  priorities,
  projectGoalLabels,
  projectGoals,
  projectStatuses,
  projectStatusLabels,
} from '../../shared/domain';
import { useStore } from '../store';
import type { LibraryFilters } from './types';

type ListKey = Exclude<keyof LibraryFilters, 'keyMeasure'>;

export function FilterPanel() {
  const filters = useStore((state) => state.library.filters);
  const catalogs = useStore((state) => state.library.catalogs);
  const setLibrary = useStore((state) => state.setLibrary);

  function toggle<K extends ListKey>(
    key: K,
    value: NonNullable<LibraryFilters[K]>[number],
    on: boolean,
  ) {
    const current = (filters[key] ?? []) as (typeof value)[];
    const next = on ? [...current, value] : current.filter((entry) => entry !== value);
    setLibrary({ filters: { ...filters, [key]: next.length ? next : undefined } });
  }

  const group = <K extends ListKey>(
    key: K,
    legend: string,
    options: { value: NonNullable<LibraryFilters[K]>[number]; label: string }[],
  ) => (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={String(option.value)}>
          <input
            type="checkbox"
            checked={((filters[key] ?? []) as unknown[]).includes(option.value)}
            onChange={(event) => toggle(key, option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );

  const active = Object.values(filters).some((value) => value !== undefined);
  return (
    <aside className="filter-panel" aria-label="Filter">
      <div className="section-heading">
        <h2>Filter</h2>
        {active && (
          <button
            type="button"
            className="button ghost"
            onClick={() => setLibrary({ filters: {} })}
          >
            Alle zurücksetzen
          </button>
        )}
      </div>
      <label className="filter-key">
        <input
          type="checkbox"
          checked={filters.keyMeasure === true}
          onChange={(event) =>
            setLibrary({
              filters: { ...filters, keyMeasure: event.target.checked ? true : undefined },
            })
          }
        />
        nur Schlüsselmaßnahmen
      </label>
      {group(
        'actionFieldIds',
        'Handlungsfeld',
        (catalogs?.actionFields ?? [])
          .filter((field) => field.projectCount > 0)
          .map((field) => ({ value: field.id, label: field.name })),
      )}
      {group(
        'targetGroupIds',
        'Zielgruppe',
        (catalogs?.targetGroups ?? []).map((group) => ({ value: group.id, label: group.name })),
      )}
      {group(
        'statuses',
        'Status',
        projectStatuses.map((status) => ({ value: status, label: projectStatusLabels[status] })),
      )}
      {group(
        'priorities',
        'Priorität',
        priorities.map((priority) => ({ value: priority, label: priority })),
      )}
      {group(
        'projectGoals',
        'Projektziel',
        projectGoals.map((goal) => ({ value: goal, label: projectGoalLabels[goal] })),
      )}
      {group(
        'areaScopes',
        'Gebietsbezug',
        areaScopes.map((scope) => ({ value: scope, label: scope })),
      )}
    </aside>
  );
}
