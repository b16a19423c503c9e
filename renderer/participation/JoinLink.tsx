// How to join: the QR code (made on this laptop), the address to type and the join code. Large on
// the projector, smaller in the facilitator's dialog.
import type { OpenParticipation } from '../../shared/participation';
import { formatJoinCode } from '../../shared/participation';

export function JoinLink({
  status,
  large = false,
}: {
  status: OpenParticipation;
  large?: boolean;
}) {
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`;
  return (
    <div className={large ? 'join-link is-large' : 'join-link'}>
      <img
        className="join-qr"
        src={qr}
        alt={`QR-Code zum Mitmachen: ${status.url}, Code ${formatJoinCode(status.joinCode)}`}
      />
      <div className="join-text">
        {large && <p className="join-call">Mitmachen mit dem Handy</p>}
        <p className="join-url">{status.url}</p>
        <p className="join-code">
          Code <strong>{formatJoinCode(status.joinCode)}</strong>
        </p>
      </div>
    </div>
  );
}
