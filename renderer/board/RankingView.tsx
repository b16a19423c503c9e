// Rangliste: projects and ideas sorted by dots, for the result of the Punkte-Kleben.
import { useMemo } from 'react';
import { phaseLabels } from '../../shared/domain';
import { useStore } from '../store';
import { projectKey } from './boardIndex';

export function RankingView() {
  const board = useStore((state) => state.board);
  const projects = useMemo(
    () =>
      Object.values(board.projects)
        .map((project) => ({
          ...project,
          total:
            project.dots +
            (board.index.ideasByContainer[projectKey(project.id)] ?? []).reduce(
              (sum, id) => sum + (board.ideas[id]?.dots ?? 0),
              0,
            ),
        }))
        .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title, 'de')),
    [board],
  );
  const ideas = useMemo(
    () =>
      Object.values(board.ideas)
        .filter((idea) => idea.dots > 0)
        .sort((a, b) => b.dots - a.dots),
    [board.ideas],
  );

  return (
    // Focusable, so the keyboard can scroll the list (it holds no control of its own).
    <div className="ranking" tabIndex={0} role="region" aria-label="Rangliste">
      <section aria-labelledby="ranking-projects">
        <h2 id="ranking-projects">Projekte nach Punkten</h2>
        <ol className="ranking-list">
          {projects.map((project) => (
            <li key={project.id}>
              <span className="ranking-dots">● {project.total}</span>
              <span>
                <strong>{project.title}</strong>
                <span className="muted"> · {board.actionFields[project.actionFieldId]?.name}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="ranking-ideas">
        <h2 id="ranking-ideas">Ideen nach Punkten</h2>
        <ol className="ranking-list">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <span className="ranking-dots">● {idea.dots}</span>
              <span>
                {idea.text}
                <span className="muted"> · {phaseLabels[idea.phase]}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
