// The room's side of participation, beside the presented board: how to join (QR code, address,
// code), how many cards wait concealed, and the running vote's tally, live.
import { useStore } from '../store';
import { JoinLink } from './JoinLink';
import { useParticipation } from './participationStatus';
import { VoteResults } from './VoteResults';

export function ProjectorPanel() {
  const status = useParticipation();
  const concealed = useStore((state) => state.board.index.concealedIdeas.length);
  if (!status.open) return null;
  const { vote, settings } = status;
  if (!settings.showOnProjector && !vote && concealed === 0) return null;
  return (
    <aside className="projector-panel" aria-label="Mitmachen vom Handy">
      {settings.showOnProjector && <JoinLink status={status} large />}
      {concealed > 0 && (
        <p className="concealed-count">
          <strong>{concealed}</strong> {concealed === 1 ? 'Karte' : 'Karten'} verdeckt – sie werden
          gemeinsam aufgedeckt.
        </p>
      )}
      {vote && (
        <section className="projector-vote" aria-labelledby="projector-vote-heading">
          <h2 id="projector-vote-heading">Abstimmung</h2>
          <p>
            {vote.voters} {vote.voters === 1 ? 'Handy hat' : 'Handys haben'} abgestimmt
          </p>
          <VoteResults vote={vote} limit={10} />
        </section>
      )}
    </aside>
  );
}
