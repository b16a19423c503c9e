// A dot vote on the phones, the facilitator's side: opened over the board's projects with the dot
// helper's rule for the devices that joined, ended with its dots added to the projects as one
// undoable step (or dropped).
import type { Mutation } from '../../../shared/contract';
import { dotsPerParticipant } from '../../../shared/dots';
import { AppFailure } from '../../../shared/errors';
import { applyVote, closeVote, openVote, readOpenVote, voteOptions } from '../repositories/votes';
import type { WorkspaceSession } from '../workspace/session';

/** Phones vote in it while it runs: neither opening nor closing is the facilitator's undo. */
const notUndoable = { undoable: false };

export function startVote(
  session: WorkspaceSession,
  workshopId: number | null,
  devices: number,
): void {
  if (readOpenVote(session.db)) {
    throw new AppFailure('INVALID_INPUT', 'Es läuft schon eine Abstimmung.');
  }
  const options = voteOptions(session.db).length;
  if (options < 2) {
    throw new AppFailure(
      'INVALID_INPUT',
      'Für eine Abstimmung braucht es mindestens zwei Projekte auf der Pinnwand.',
    );
  }
  const rule = dotsPerParticipant(options, Math.max(1, devices));
  session.act(
    'Abstimmung starten',
    (writer) =>
      openVote(writer, workshopId, {
        dotsPerDevice: rule.dotsPerPerson,
        maxPerOption: rule.maxPerOption,
      }),
    notUndoable,
  );
}

/** With `apply` the dots go to the projects: "Rückgängig" takes them back off. */
export function endVote(session: WorkspaceSession, apply: boolean): Mutation {
  const vote = readOpenVote(session.db);
  if (!vote) throw new AppFailure('VOTE_CLOSED');
  const ended = session.mutate(
    'Abstimmung beenden',
    (writer) => closeVote(writer, vote),
    notUndoable,
  );
  return apply
    ? session.mutate('Abstimmungsergebnis übernehmen', (writer) => applyVote(writer, vote))
    : ended;
}
