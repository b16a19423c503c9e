// An idea card: its text, phase and dots; draggable by pointer and keyboard; edited in place.
// Cards hold no store subscription of their own: their list (IdeaList.tsx) reads the rows once and
// hands each card its idea, so a store update costs one selector per list, not several per card.
import { memo, useState } from 'react';
import type { Idea } from '../../shared/contract';
import { dotsWord } from '../../shared/dots';
import { phaseLabels } from '../../shared/domain';
import { deviceLabel } from '../../shared/participation';
import { api } from '../api/client';
import { focusAfterRender, ideaGrip } from '../focus';
import { countRender } from '../perf';
import { useStore } from '../store';
import { dragInstructionsId } from './dragSource';
import { editKeys } from './editKeys';
import { Highlighted } from './Highlighted';

/** The card's face. Memoised on its props: a drag elsewhere never renders it again. */
export const IdeaCardBody = memo(function IdeaCardBody({
  idea,
  query = '',
  editing = false,
  overlay = false,
}: {
  idea: Idea;
  /** The search, given only to a card that matches it (the others stay as they are). */
  query?: string;
  editing?: boolean;
  overlay?: boolean;
}) {
  countRender('card');
  const id = idea.id;
  return (
    <article
      className={`idea-card phase-${idea.phase}${query ? ' is-match' : ''}${overlay ? ' is-overlay' : ''}`}
      data-idea-id={id}
    >
      {editing ? (
        <IdeaEditor id={id} text={idea.text} />
      ) : (
        <p className="idea-text">
          <Highlighted text={idea.text} query={query} />
        </p>
      )}
      <footer className="idea-meta">
        <span className="phase-label">{phaseLabels[idea.phase]}</span>
        {idea.device !== null && (
          <span className="device-label" title="Vom Handy gesendet">
            📱 {deviceLabel(idea.device)}
            {idea.author && ` · ${idea.author}`}
          </span>
        )}
        {idea.dots > 0 && (
          <span className="dots" aria-label={dotsWord(idea.dots)}>
            ● {idea.dots}
          </span>
        )}
      </footer>
    </article>
  );
});

function IdeaEditor({ id, text }: { id: number; text: string }) {
  const [value, setValue] = useState(text);
  const mutate = useStore((state) => state.mutate);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const finish = async (save: boolean) => {
    if (save && value !== text) {
      const done = await mutate(api.call('ideas:update', { id, text: value }));
      if (!done) return;
    }
    setBoardUi({ editingIdeaId: undefined });
    focusAfterRender(ideaGrip(id));
  };
  return (
    <textarea
      className="idea-editor"
      aria-label="Text der Idee"
      value={value}
      autoFocus
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={editKeys(finish)}
      onBlur={() => void finish(true)}
    />
  );
}

/**
 * The card as the board holds it. It carries no drag hook: the board starts drags from these
 * data attributes (see dragSource.ts), so a drag renders no card but the one that follows.
 */
export const DraggableIdea = memo(function DraggableIdea({
  idea,
  query,
  editing,
  selected,
}: {
  idea: Idea;
  query: string;
  editing: boolean;
  selected: boolean;
}) {
  const id = idea.id;
  const label = shortText(idea.text);
  return (
    <div
      className={selected ? 'drag-shell is-selected' : 'drag-shell'}
      data-drag={editing ? undefined : 'idea'}
      data-id={id}
    >
      <button
        type="button"
        className="grip"
        aria-label={`Idee „${label}“ verschieben${selected ? ' (ausgewählt)' : ''}`}
        aria-roledescription="verschiebbare Idee"
        aria-describedby={dragInstructionsId}
        disabled={editing}
      >
        ⠿
      </button>
      <IdeaCardBody idea={idea} query={query} editing={editing} />
    </div>
  );
});

/** The first words of a text, for labels and announcements. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
