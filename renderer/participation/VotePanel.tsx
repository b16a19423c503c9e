// The dot vote on the phones from the facilitator's side: start it with the dot helper's rule,
// watch the tally, end it (the dots go to the projects, undoable) or drop it.
import { dotsPerParticipant, dotsWord } from '../../shared/dots';
import type { OpenParticipation } from '../../shared/participation';
import { api } from '../api/client';
import { useStore } from '../store';
import { setParticipationStatus } from './participationStatus';
import { VoteResults } from './VoteResults';

export function VotePanel({ status }: { status: OpenParticipation }) {
  const projects = useStore(
    (state) =>
      Object.values(state.board.projects).filter(
        (project) => !state.board.actionFields[project.actionFieldId]?.hidden,
      ).length,
  );
  const mutate = useStore((state) => state.mutate);
  const showNotice = useStore((state) => state.showNotice);
  const { vote } = status;

  async function start() {
    const result = await api.call('votes:open', {});
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    setParticipationStatus(result.value);
  }

  if (!vote) {
    const rule = projects >= 2 ? dotsPerParticipant(projects, Math.max(1, status.devices)) : null;
    return (
      <section className="participation-section" aria-labelledby="vote-heading">
        <h3 id="vote-heading">Abstimmung mit Punkten</h3>
        {rule ? (
          <p>
            Über {projects} Projekte: jedes Handy bekommt {dotsWord(rule.dotsPerPerson)}
            {rule.maxPerOption === 1
              ? ', jeder auf ein anderes Projekt.'
              : `, höchstens ${rule.maxPerOption} auf dasselbe Projekt.`}
          </p>
        ) : (
          <p className="muted">Für eine Abstimmung braucht es mindestens zwei Projekte.</p>
        )}
        <button type="button" className="button" disabled={!rule} onClick={() => void start()}>
          Abstimmung starten
        </button>
      </section>
    );
  }
  return (
    <section className="participation-section" aria-labelledby="vote-heading">
      <h3 id="vote-heading">Abstimmung läuft</h3>
      <p>
        {dotsWord(vote.dotsPerDevice)} je Handy, höchstens {vote.maxPerOption} je Projekt ·{' '}
        {vote.voters} {vote.voters === 1 ? 'Handy hat' : 'Handys haben'} abgestimmt
      </p>
      <VoteResults vote={vote} />
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={() => void mutate(api.call('votes:close', { apply: true }))}
        >
          Beenden und Punkte übernehmen
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void mutate(api.call('votes:close', { apply: false }))}
        >
          Abbrechen, ohne Punkte
        </button>
      </div>
    </section>
  );
}
