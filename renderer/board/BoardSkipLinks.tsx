// Skip links, shown when focused: straight to capture, the Ideenspeicher and the Handlungsfelder,
// instead of tabbing through hundreds of cards. Only to places that are on the screen.
import type { MouseEvent } from 'react';
import { useStore } from '../store';
import { captureFieldId, columnsId, inboxListId } from './landmarks';

export function BoardSkipLinks() {
  const setBoardUi = useStore((state) => state.setBoardUi);
  const ranking = useStore((state) => state.boardUi.view === 'ranking');
  const side = useStore((state) => state.boardUi.zoom !== 'all');
  const go = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    if (id === captureFieldId) setBoardUi({ captureCollapsed: false });
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  if (ranking) return null;
  return (
    <nav className="skip-links" aria-label="Sprungmarken">
      {side && (
        <>
          <a href={`#${captureFieldId}`} onClick={go(captureFieldId)}>
            Zur Ideenerfassung
          </a>
          <a href={`#${inboxListId}`} onClick={go(inboxListId)}>
            Zum Ideenspeicher
          </a>
        </>
      )}
      <a href={`#${columnsId}`} onClick={go(columnsId)}>
        Zu den Handlungsfeldern
      </a>
    </nav>
  );
}
