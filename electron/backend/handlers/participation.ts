// Handlers of the participation:* and votes:* methods: the facilitator's side of the phones.
import type { Handler } from '../dispatch';
import { listAddresses } from '../participation/interfaces';
import type { ParticipationService } from '../participation/service';

type ParticipationHandlers = {
  [
    M in
      | 'participation:addresses'
      | 'participation:open'
      | 'participation:close'
      | 'participation:status'
      | 'participation:configure'
      | 'participation:blockDevice'
      | 'votes:open'
      | 'votes:close'
  ]: Handler<M>;
};

export function participationHandlers(participation: ParticipationService): ParticipationHandlers {
  return {
    'participation:addresses': () => listAddresses(),
    'participation:open': ({ address, port, settings }) =>
      participation.open(address, port, settings),
    'participation:close': () => participation.close(),
    'participation:status': () => participation.status(),
    'participation:configure': (changes) => participation.configure(changes),
    'participation:blockDevice': ({ device }) => participation.blockDevice(device),
    'votes:open': () => participation.startVote(),
    'votes:close': ({ apply }) => participation.endVote(apply),
  };
}
