// The running vote's tally as bars, largest first: in the facilitator's dialog and on the projector.
import type { VoteTally } from '../../shared/participation';
import { useStore } from '../store';

export function VoteResults({ vote, limit }: { vote: VoteTally; limit?: number }) {
  const projects = useStore((state) => state.board.projects);
  const shown = vote.results.filter((result) => projects[result.projectId]).slice(0, limit);
  const most = Math.max(1, ...shown.map((result) => result.dots));
  if (shown.length === 0) return <p className="muted">Noch keine Punkte.</p>;
  return (
    <ol className="vote-results">
      {shown.map((result) => (
        <li key={result.projectId}>
          <span className="vote-title">{projects[result.projectId]?.title}</span>
          <span className="vote-bar" aria-hidden="true">
            <span style={{ width: `${(result.dots / most) * 100}%` }} />
          </span>
          <span className="vote-dots">● {result.dots}</span>
        </li>
      ))}
    </ol>
  );
}
