// Cards typed but not committed yet, at the top of the Ideenspeicher: "wird gespeichert …" while
// the disk works, and, if a save failed, the reason with "Erneut senden" and "Zurück ins Feld".
import { useStore } from '../store';
import type { PendingIdea } from '../store/captureSlice';
import { returnToCapture } from './captureDraft';

export function PendingIdeas() {
  const pending = useStore((state) => state.pendingIdeas);
  const uuid = useStore((state) => state.workspace?.uuid);
  const mine = pending.filter((idea) => idea.workspaceUuid === uuid);
  if (mine.length === 0) return null;
  return (
    <ol className="pending-ideas" aria-label="Noch nicht gespeicherte Ideen">
      {[...mine].reverse().map((idea) => (
        <PendingCard key={idea.key} idea={idea} />
      ))}
    </ol>
  );
}

function PendingCard({ idea }: { idea: PendingIdea }) {
  const retryIdea = useStore((state) => state.retryIdea);
  const takeBackIdea = useStore((state) => state.takeBackIdea);
  const failed = idea.state === 'failed';
  const takeBack = () => {
    const text = takeBackIdea(idea.key);
    if (text !== undefined) returnToCapture(text);
  };
  return (
    <li
      className={`idea-card pending-idea phase-${idea.context.phase}${failed ? ' is-failed' : ''}`}
    >
      <p className="idea-text">{idea.text}</p>
      {failed ? (
        <div className="pending-problem" role="alert">
          <p>Nicht gespeichert: {idea.problem}</p>
          <button type="button" className="button" onClick={() => retryIdea(idea.key)}>
            Erneut senden
          </button>
          <button type="button" className="button" onClick={takeBack}>
            Zurück ins Feld
          </button>
        </div>
      ) : (
        <p className="pending-state muted" role="status">
          wird gespeichert …
        </p>
      )}
    </li>
  );
}
