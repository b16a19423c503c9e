// "Über Kommunalwerkstatt": name and version as the backend reports them.
import { useStore } from '../store';
import { Dialog } from './Dialog';

export function AboutDialog() {
  const info = useStore((state) => state.info);
  const close = useStore((state) => state.closeDialog);
  return (
    <Dialog title="Über Kommunalwerkstatt" onClose={close}>
      <p className="about-name">{info?.name ?? 'Kommunalwerkstatt'}</p>
      <p>
        Version <span data-testid="app-version">{info?.version ?? '…'}</span>
      </p>
      <p>
        Werkzeug für Prozessbegleiterinnen und Prozessbegleiter kommunaler Demografiestrategien:
        Kick-Off, Kommunalprofil, Zukunftswerkstatt, Werkstattplan und Zwischenbilanz.
      </p>
      <p className="muted">
        Arbeitet vollständig offline. Ihre Daten bleiben in Ihrer Werkstatt-Datei.
      </p>
    </Dialog>
  );
}
