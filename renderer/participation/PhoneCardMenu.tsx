// Moderation of a card from a phone: take it off the board (kept, listed as hidden) or block the
// phone that sent it from sending more.
import { deviceLabel } from '../../shared/participation';
import { api } from '../api/client';
import { MenuButton } from '../components/MenuButton';
import { useStore } from '../store';
import { setParticipationStatus, useParticipation } from './participationStatus';

export function PhoneCardMenu({ id, device }: { id: number; device: number }) {
  const status = useParticipation();
  const inInbox = useStore((state) => state.board.ideas[id]?.projectId === null);
  const mutate = useStore((state) => state.mutate);
  const showNotice = useStore((state) => state.showNotice);
  const blocked = status.open && status.blockedDevices.includes(device);

  async function block() {
    const result = await api.call('participation:blockDevice', { device });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setParticipationStatus(result.value);
    showNotice({ kind: 'info', text: `${deviceLabel(device)} ist gesperrt.` });
  }

  return (
    <MenuButton
      label="⋯"
      accessibleLabel={`Karte von ${deviceLabel(device)}`}
      className="icon-button"
      items={[
        {
          label: 'Ausblenden',
          disabled: !inInbox,
          onSelect: () => void mutate(api.call('ideas:setHidden', { id, hidden: true })),
        },
        {
          label: blocked ? `${deviceLabel(device)} ist gesperrt` : `${deviceLabel(device)} sperren`,
          disabled: !status.open || blocked,
          onSelect: () => void block(),
        },
      ]}
    />
  );
}
