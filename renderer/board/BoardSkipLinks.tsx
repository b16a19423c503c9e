// Skip links, shown when focused: straight to capture, the Ideenspeicher and the Handlungsfelder,
// instead of tabbing through hundreds of cards.
import { useStore } from '../store';
import { captureFieldId, columnsId, inboxListId } from './landmarks';

export function BoardSkipLinks() {
  const setBoardUi = useStore((state) => state.setBoardUi);
  const go = (id: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    if (id === captureFieldId) setBoardUi({ captureCollapsed: false, zoom: 'normal' });
    if (id === inboxListId) setBoardUi({ zoom: 'normal' });
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  return (
    <nav className="skip-links" aria-label="Sprungmarken">
      <a href={`#${captureFieldId}`} onClick={go(captureFieldId)}>
        Zur Ideenerfassung
      </a>
      <a href={`#${inboxListId}`} onClick={go(inboxListId)}>
        Zum Ideenspeicher
      </a>
      <a href={`#${columnsId}`} onClick={go(columnsId)}>
        Zu den Handlungsfeldern
      </a>
    </nav>
  );
}
