// Participation while it is open: how to join, what the phones may do, the concealed cards, the
// vote, and closing it.
import { deviceLabel } from '../../shared/participation';
import type { OpenParticipation, ParticipationSettings } from '../../shared/participation';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';
import { ConcealedLine } from './InboxApart';
import { JoinLink } from './JoinLink';
import { NetworkHelp } from './NetworkHelp';
import { setParticipationStatus } from './participationStatus';
import { SettingsFields } from './SettingsFields';
import { VotePanel } from './VotePanel';

export function ParticipationDialog({
  status,
  onClose,
  onPhotos,
}: {
  status: OpenParticipation;
  onClose(): void;
  onPhotos(): void;
}) {
  const showNotice = useStore((state) => state.showNotice);
  const { settings } = status;

  async function configure(changes: Partial<ParticipationSettings>) {
    const result = await api.call('participation:configure', changes);
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setParticipationStatus(result.value);
  }

  async function close() {
    const result = await api.call('participation:close', {});
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setParticipationStatus(result.value);
    onClose();
  }

  return (
    <Dialog
      title="Teilnahme vom Handy"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button danger" onClick={() => void close()}>
            Teilnahme schließen
          </button>
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            Fertig
          </button>
        </>
      }
    >
      <JoinLink status={status} />
      <p>
        {status.devices} {status.devices === 1 ? 'Handy' : 'Handys'} angemeldet
        {status.blockedDevices.length > 0 &&
          ` · gesperrt: ${status.blockedDevices.map(deviceLabel).join(', ')}`}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.showOnProjector}
          onChange={(event) => void configure({ showOnProjector: event.target.checked })}
        />
        QR-Code und Code in der Präsentation zeigen
      </label>
      <div className="form">
        <SettingsFields values={settings} onChange={(changes) => void configure(changes)} />
        <label className="check">
          <input
            type="checkbox"
            checked={settings.cardsLocked}
            onChange={(event) => void configure({ cardsLocked: event.target.checked })}
          />
          Karten sperren: Handys können ihre Karten nicht mehr ändern oder löschen
        </label>
      </div>
      <ConcealedLine />
      <VotePanel status={status} />
      <p>
        <button type="button" className="button" onClick={onPhotos}>
          Fotos der Pinnwände …
        </button>
      </p>
      <NetworkHelp />
    </Dialog>
  );
}
