// What the participants' endpoints do with the open workspace: join, read the phone's state, send,
// change and delete cards, give dots, upload a photo. Every write is checked against the device
// that sends it and committed like any action, but kept out of the facilitator's undo history.
import type { z } from 'zod';
import { AppFailure } from '../../../shared/errors';
import type { PhaseTimer } from '../../../shared/contract';
import type {
  JoinAnswer,
  ParticipationSettings,
  PhoneState,
  SentCards,
} from '../../../shared/participation';
import { formatDate } from '../../../shared/plan';
import { localDay } from '../fileStamps';
import { createPhoneIdeas, deleteIdea, updateIdea } from '../repositories/ideas';
import { insertPhoto } from '../repositories/photos';
import { readOpenVote, setDeviceDots, voteOptions } from '../repositories/votes';
import { describeInvalidInput } from '../dispatch';
import { statement } from '../store/statements';
import type { WorkspaceSession } from '../workspace/session';
import { stripPhoto } from '../photos/metadata';
import { CardBatch } from './cardBatch';
import type { Device, Devices } from './devices';
import { takeOrThrow, TooFast } from './devices';
import { isEditable, readOwn, readRoom } from './phoneState';
import { phoneRequests } from './requests';
import type { SendCard } from './requests';

export interface PhoneContext {
  session(): WorkspaceSession;
  settings(): ParticipationSettings;
  timer(): PhaseTimer | null;
  devices: Devices;
  /** A device's own part changed in a way the workspace's change does not show (dots, photos). */
  ownChanged(device: number): void;
  /** The facilitator's windows should hear of it (a device joined, the tally moved). */
  statusChanged(): void;
}

const keptOutOfUndo = { undoable: false };

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeInvalidInput(parsed.error));
  return parsed.data;
}

export class PhoneApi {
  private readonly cards: CardBatch;

  constructor(private readonly context: PhoneContext) {
    this.cards = new CardBatch((cards) => {
      const { phase, workshopId, brainwriting, namesAllowed } = context.settings();
      return context.session().act(
        cards.length === 1 ? 'Karte vom Handy' : `${cards.length} Karten vom Handy`,
        (writer) =>
          createPhoneIdeas(
            writer,
            cards.map((card) => ({
              text: card.text,
              phase,
              workshopId,
              groupId: null,
              author: namesAllowed ? card.name : '',
              device: card.device,
              visibility: brainwriting ? 'concealed' : 'shown',
            })),
          ),
        keptOutOfUndo,
      );
    });
  }

  join(body: unknown, address: string): JoinAnswer {
    const { code } = parse(phoneRequests.join, body);
    const { token, device } = this.context.devices.join(code, address);
    this.context.statusChanged();
    return { token, state: this.state(device) };
  }

  state(device: Device): PhoneState {
    const { db } = this.context.session();
    const settings = this.context.settings();
    return {
      room: readRoom(db, settings, this.context.timer(), Date.now()),
      own: readOwn(db, device.number, settings),
    };
  }

  async sendCard(device: Device, body: unknown): Promise<{ id: number }> {
    const { ids, waitMs } = this.take(device, [parse(phoneRequests.sendCard, body)]);
    if (ids.length === 0) throw new TooFast(waitMs);
    return { id: await (ids[0] as Promise<number>) };
  }

  /** Several cards in order, as many as the device's pace allows; the others wait `waitMs`. */
  async sendCards(device: Device, body: unknown): Promise<SentCards> {
    const { ids, waitMs } = this.take(device, parse(phoneRequests.sendCards, body).cards);
    if (ids.length === 0) throw new TooFast(waitMs);
    return { ids: await Promise.all(ids), waitMs };
  }

  /**
   * Hands the cards to the batch up to the first one the pace refuses. A card whose key is known
   * (sent again after a lost answer) gets its id again and costs nothing.
   */
  private take(device: Device, cards: SendCard[]): { ids: Promise<number>[]; waitMs: number } {
    const ids: Promise<number>[] = [];
    for (const card of cards) {
      const known = this.cards.known(device.number, card.key);
      if (known) {
        ids.push(known);
        continue;
      }
      const waitMs = device.cards.take();
      if (waitMs > 0) return { ids, waitMs };
      ids.push(this.cards.send({ ...card, device: device.number }));
    }
    return { ids, waitMs: 0 };
  }

  editCard(device: Device, body: unknown): { id: number } {
    const { id, text } = parse(phoneRequests.editCard, body);
    takeOrThrow(device.changes);
    this.context.session().act(
      'Karte vom Handy ändern',
      (writer) => {
        this.requireOwnEditable(writer.db, device, id);
        updateIdea(writer, id, { text });
      },
      keptOutOfUndo,
    );
    return { id };
  }

  deleteCard(device: Device, body: unknown): { id: number } {
    const { id } = parse(phoneRequests.deleteCard, body);
    takeOrThrow(device.changes);
    this.context.session().act(
      'Karte vom Handy löschen',
      (writer) => {
        this.requireOwnEditable(writer.db, device, id);
        deleteIdea(writer, id);
      },
      keptOutOfUndo,
    );
    return { id };
  }

  /** Replaces the device's dots in the running vote, within its rule. */
  vote(device: Device, body: unknown): { dots: Record<number, number> } {
    const request = parse(phoneRequests.vote, body);
    takeOrThrow(device.changes);
    const session = this.context.session();
    const vote = readOpenVote(session.db);
    if (!vote || vote.id !== request.voteId) throw new AppFailure('VOTE_CLOSED');
    const options = new Set(voteOptions(session.db).map((option) => option.projectId));
    const dots: Record<number, number> = {};
    let total = 0;
    for (const [key, count] of Object.entries(request.dots)) {
      if (count === 0) continue;
      const projectId = Number(key);
      if (!options.has(projectId)) {
        throw new AppFailure('INVALID_INPUT', 'Dieses Projekt steht nicht zur Abstimmung.');
      }
      if (count > vote.maxPerOption) {
        throw new AppFailure(
          'INVALID_INPUT',
          `Höchstens ${vote.maxPerOption} ${vote.maxPerOption === 1 ? 'Punkt' : 'Punkte'} auf dasselbe Projekt.`,
        );
      }
      dots[projectId] = count;
      total += count;
    }
    if (total > vote.dotsPerDevice) {
      throw new AppFailure('INVALID_INPUT', `Sie haben nur ${vote.dotsPerDevice} Punkte.`);
    }
    session.act(
      'Punkte vom Handy',
      (writer) => setDeviceDots(writer, vote.id, device.number, dots),
      keptOutOfUndo,
    );
    this.context.ownChanged(device.number);
    this.context.statusChanged();
    return { dots };
  }

  photo(device: Device, bytes: Buffer, type: string): { photos: number } {
    takeOrThrow(device.photos);
    const photo = stripPhoto(bytes, type);
    const { workshopId } = this.context.settings();
    const session = this.context.session();
    session.act(
      'Foto vom Handy',
      (writer) =>
        insertPhoto(writer, {
          workshopId,
          device: device.number,
          mime: photo.mime,
          width: photo.width,
          height: photo.height,
          altText: defaultAltText(session, workshopId),
          bytes: photo.bytes,
        }),
      keptOutOfUndo,
    );
    this.context.ownChanged(device.number);
    return { photos: readOwn(session.db, device.number, this.context.settings()).photos };
  }

  private requireOwnEditable(db: WorkspaceSession['db'], device: Device, id: number): void {
    const card = statement(
      db,
      'SELECT device, visibility, project_id AS projectId FROM ideas WHERE id = ?',
    ).get(id) as
      { device: number | null; visibility: 'shown'; projectId: number | null } | undefined;
    if (!card || card.device !== device.number) {
      throw new AppFailure('NOT_FOUND', 'Diese Karte gibt es nicht (mehr).');
    }
    if (!isEditable(card, this.context.settings().cardsLocked)) throw new AppFailure('CARD_LOCKED');
  }
}

/** Until the facilitator describes it: where and when the photo was taken, in words. */
function defaultAltText(session: WorkspaceSession, workshopId: number | null): string {
  const workshop =
    workshopId === null
      ? undefined
      : (statement(session.db, 'SELECT title FROM workshops WHERE id = ?').get(workshopId) as
          { title: string } | undefined);
  const moment = new Date();
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  const day = formatDate(localDay(moment));
  return `Foto einer Pinnwand${workshop ? ` aus „${workshop.title}“` : ''}, ${day}, ${time} Uhr`;
}
