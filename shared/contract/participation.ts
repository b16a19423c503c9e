// Participation from phones, as the facilitator runs it: choose the network, open and close the
// participants' listener, steer it (phase, brainwriting, names, lock, projector), block a device,
// hold a dot vote on the phones.
import { z } from 'zod';
import { phases } from '../domain';
import type { NetworkAddress, ParticipationStatus } from '../participation';
import { method } from './define';
import type { Mutation } from './board';

const ipv4 = z
  .string()
  .regex(
    /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/,
    'Bitte eine IPv4-Adresse aus der Liste wählen.',
  );

const settings = z
  .object({
    phase: z.enum(phases),
    workshopId: z.number().int().positive().nullable(),
    brainwriting: z.boolean(),
    namesAllowed: z.boolean(),
    cardsLocked: z.boolean(),
    showOnProjector: z.boolean(),
  })
  .partial()
  .strict();

export const participationMethods = {
  /** The laptop's IPv4 addresses with their adapters and what speaks against each. */
  'participation:addresses': method<NetworkAddress[]>()(
    'IPv4-Adressen dieses Rechners für die Teilnahme.',
    z.object({}).strict(),
  ),
  /**
   * Opens participation: a listener of its own bound only to `address` (port 0: a free one) that
   * serves the participants' page and nothing else, with a new join code. Needs an open workspace.
   */
  'participation:open': method<ParticipationStatus>()(
    'Teilnahme vom Handy öffnen.',
    z
      .object({
        address: ipv4,
        port: z.number().int().min(0).max(65535, 'Ports gehen bis 65535.').default(0),
        settings: settings.default({}),
      })
      .strict(),
  ),
  /** Stops the listener: phones' connections end and new ones are refused. */
  'participation:close': method<ParticipationStatus>()(
    'Teilnahme schließen.',
    z.object({}).strict(),
  ),
  /** Whether participation is open, and how. */
  'participation:status': method<ParticipationStatus>()(
    'Stand der Teilnahme.',
    z.object({}).strict(),
  ),
  /** Changes what the phones see and may do. */
  'participation:configure': method<ParticipationStatus>()(
    'Einstellungen der Teilnahme ändern.',
    settings,
  ),
  /** Refuses a device from now on (and new joins from its network address while open). */
  'participation:blockDevice': method<ParticipationStatus>()(
    'Ein Handy sperren.',
    z.object({ device: z.number().int().positive() }).strict(),
  ),
  /** Starts a dot vote on the phones over the board's projects, with the dot helper's rule. */
  'votes:open': method<ParticipationStatus>()(
    'Abstimmung mit Punkten auf den Handys starten.',
    z.object({}).strict(),
  ),
  /** Ends the vote; `apply` adds its dots to the projects' dots (one undoable action). */
  'votes:close': method<Mutation>()(
    'Abstimmung beenden.',
    z.object({ apply: z.boolean() }).strict(),
  ),
};
