// The library by Handlungsfeld: collapsible groups of project cards with their key facts.
import { useMemo } from 'react';
import { Highlighted } from '../board/Highlighted';
import { useStore } from '../store';
import { formatBudget, formatPeriod, statusLabel } from './format';
import { MoreResults } from './MoreResults';
import type { LibraryProject } from './types';

export function GroupedList() {
  const results = useStore((state) => state.library.results);
  const limit = useStore((state) => state.library.limit);
  const query = useStore((state) => state.library.query);
  const groups = useMemo(() => {
    const byField = new Map<number, { name: string; projects: LibraryProject[] }>();
    for (const project of results.slice(0, limit)) {
      const group = byField.get(project.actionFieldId) ?? {
        name: project.actionFieldName,
        projects: [],
      };
      group.projects.push(project);
      byField.set(project.actionFieldId, group);
    }
    return [...byField.entries()];
  }, [results, limit]);

  if (results.length === 0)
    return <p className="muted library-empty">Keine Projekte für diese Auswahl.</p>;
  return (
    <div className="library-groups">
      {groups.map(([id, group]) => (
        <details key={id} open className="library-group">
          <summary>
            <h3>{group.name}</h3>
            <span className="muted">
              {group.projects.length === 1 ? '1 Projekt' : `${group.projects.length} Projekte`}
            </span>
          </summary>
          <ul className="library-cards">
            {group.projects.map((project) => (
              <ProjectEntry key={project.id} project={project} query={query} />
            ))}
          </ul>
        </details>
      ))}
      <MoreResults />
    </div>
  );
}

function ProjectEntry({ project, query }: { project: LibraryProject; query: string }) {
  const setLibrary = useStore((state) => state.setLibrary);
  const facts = [
    statusLabel(project.status),
    project.priority ? `Priorität ${project.priority}` : '',
    formatPeriod(project.startMonth, project.endMonth),
    formatBudget(project.budgetCents),
    project.origin ? `aus ${project.origin}` : '',
  ].filter(Boolean);
  return (
    <li>
      <button
        type="button"
        className="library-card"
        data-open-project={project.id}
        onClick={() => setLibrary({ openProjectId: project.id })}
      >
        <span className="library-card-title">
          {project.keyMeasure && <span className="badge">Schlüsselmaßnahme</span>}
          <Highlighted text={project.title} query={query} />
        </span>
        <span className="muted">{facts.join(' · ')}</span>
        {project.targetGroupNames.length > 0 && (
          <span className="tags">{project.targetGroupNames.join(', ')}</span>
        )}
        {project.description && (
          <span className="library-card-text">
            <Highlighted text={project.description} query={query} />
          </span>
        )}
        {project.matchedIdeaTexts.map((text) => (
          <span key={text} className="matched-idea">
            Idee: <Highlighted text={text} query={query} />
          </span>
        ))}
      </button>
    </li>
  );
}
