// Participation from phones while the workshop runs: opens and closes the participants' listener,
// keeps what the facilitator decided, tells the phones what changed (the room to all, a device's
// own part to it) and the facilitator's windows how participation stands. One workspace only: when
// another is opened, participation closes, so no card lands in the wrong municipality's file.
import type { Mutation, PhaseTimer } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import type { WorkspaceChange } from '../../../shared/events';
import type {
  OpenParticipation,
  ParticipationSettings,
  ParticipationStatus,
} from '../../../shared/participation';
import type { EventBus } from '../events';
import { highestDevice, readOpenVote, tallyVote } from '../repositories/votes';
import { statement } from '../store/statements';
import type { WorkspaceService } from '../workspace/service';
import type { WorkspaceSession } from '../workspace/session';
import { createJoinCode, Devices } from './devices';
import { startParticipantsListener } from './listener';
import type { ParticipantsListener } from './listener';
import { loadPhonePage } from './page';
import { PhoneApi } from './phoneApi';
import { readOwn, readRoom } from './phoneState';
import { qrCodeSvg } from './qr';
import { checkedSettings, defaultSettings } from './settings';
import { PhoneStreams, sseEvent } from './streams';
import { endVote, startVote } from './voting';

interface Opened {
  /** The workspace the phones write into; another one opened means participation is over. */
  session: WorkspaceSession;
  address: string;
  port: number;
  joinCode: string;
  qrSvg: string;
  settings: ParticipationSettings;
  devices: Devices;
  streams: PhoneStreams;
  listener: ParticipantsListener;
  /** Card id → the device that sent it: a deleted card's phone is told, too. */
  owners: Map<number, number>;
}

/**
 * Changes within this time reach the phones (and the tally the projector) together: a burst of 600
 * cards makes a few pushes per phone, not one per commit. A phone's own card is confirmed by its
 * answer at once; its list follows within this time, well inside the half second a room notices.
 */
const pushDelayMs = 150;

/** Tables whose change may alter what every phone sees (title, vote options). */
const roomTables = ['projects', 'action_fields', 'workshops', 'workspace', 'votes'];

export class ParticipationService {
  private opened: Opened | undefined;
  private timer: PhaseTimer | null = null;
  private readonly dirtyDevices = new Set<number>();
  private roomDirty = false;
  private statusDirty = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private lastRoom = '';

  constructor(
    private readonly workspaces: WorkspaceService,
    private readonly events: EventBus,
    private readonly pageDir: string,
  ) {
    events.subscribe((event, payload) => {
      if (event === 'timer:changed') {
        this.timer = (payload as { timer: PhaseTimer | null }).timer;
        this.schedule({ room: true });
      } else if (event === 'workspace:changed') {
        this.followChange(payload as WorkspaceChange);
      } else if (event === 'workspace:switched') {
        void this.close();
      }
    });
  }

  async open(address: string, port: number, wanted: Partial<ParticipationSettings>) {
    await this.close();
    const session = this.workspaces.current();
    const settings = checkedSettings(session.db, { ...defaultSettings(session.db), ...wanted });
    // A vote left open by a crash: its dots were given, so they count.
    if (readOpenVote(session.db)) this.endVote(true);
    const joinCode = createJoinCode();
    const devices = new Devices(joinCode, highestDevice(session.db) + 1);
    const streams = new PhoneStreams();
    const page = loadPhonePage(this.pageDir);
    const api = new PhoneApi({
      session: () => this.sessionOf(session),
      settings: () => this.require().settings,
      timer: () => this.timer,
      devices,
      ownChanged: (device) => this.schedule({ device }),
      statusChanged: () => this.schedule({ status: true }),
    });
    let listener: ParticipantsListener;
    try {
      listener = await startParticipantsListener({
        address,
        port,
        page,
        api,
        devices,
        streams,
        streamStart: (device) => {
          const state = api.state(device);
          return `retry: 3000\n\n${sseEvent('room', state.room)}${sseEvent('own', state.own)}`;
        },
      });
    } catch (error) {
      streams.end();
      throw listenFailure(error);
    }
    const owners = new Map(
      (
        statement(session.db, 'SELECT id, device FROM ideas WHERE device IS NOT NULL').all() as {
          id: number;
          device: number;
        }[]
      ).map((row) => [row.id, row.device]),
    );
    this.opened = {
      session,
      address,
      port: listener.port,
      joinCode,
      qrSvg: '',
      settings,
      devices,
      streams,
      listener,
      owners,
    };
    this.opened.qrSvg = await qrCodeSvg(joinUrlOf(this.opened));
    this.lastRoom = '';
    this.schedule({ status: true });
    return this.status();
  }

  async close(): Promise<ParticipationStatus> {
    const opened = this.opened;
    if (!opened) return { open: false };
    this.opened = undefined;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.dirtyDevices.clear();
    // A vote running in a workspace that is still open ends with its dots counted; after a switch
    // to another workspace the old file is closed already and its vote stays as it was.
    if (this.isCurrent(opened.session) && readOpenVote(opened.session.db)) this.endVote(true);
    await opened.listener.close();
    this.events.emit('participation:changed', { status: { open: false } });
    return { open: false };
  }

  status(): { open: false } | OpenParticipation {
    const opened = this.opened;
    if (!opened) return { open: false };
    const { db } = this.sessionOf(opened.session);
    const vote = readOpenVote(db);
    const url = baseUrlOf(opened);
    return {
      open: true,
      address: opened.address,
      port: opened.port,
      url,
      joinUrl: joinUrlOf(opened),
      joinCode: opened.joinCode,
      qrSvg: opened.qrSvg,
      settings: opened.settings,
      devices: opened.devices.count,
      blockedDevices: opened.devices.blockedNumbers,
      vote: vote ? tallyVote(db, vote) : null,
    };
  }

  configure(changes: Partial<ParticipationSettings>): ParticipationStatus {
    const opened = this.require();
    const before = opened.settings;
    opened.settings = checkedSettings(opened.session.db, { ...before, ...changes });
    this.schedule({ room: true, status: true });
    if (before.cardsLocked !== opened.settings.cardsLocked) this.everyDeviceChanged();
    return this.status();
  }

  blockDevice(device: number): ParticipationStatus {
    const opened = this.require();
    opened.devices.block(device);
    opened.streams.end(device);
    this.schedule({ status: true });
    return this.status();
  }

  startVote(): ParticipationStatus {
    const opened = this.require();
    startVote(this.sessionOf(opened.session), opened.settings.workshopId, opened.devices.count);
    this.everyDeviceChanged();
    this.schedule({ room: true, status: true });
    return this.status();
  }

  /** Ends the running vote; with `apply` its dots go to the projects as one undoable action. */
  endVote(apply: boolean): Mutation {
    const result = endVote(this.workspaces.current(), apply);
    this.everyDeviceChanged();
    this.schedule({ room: true, status: true });
    return result;
  }

  private isCurrent(session: WorkspaceSession): boolean {
    try {
      return this.workspaces.current() === session;
    } catch {
      return false;
    }
  }

  /** The session phones write into, as long as it is still the open workspace. */
  private sessionOf(session: WorkspaceSession): WorkspaceSession {
    if (!this.isCurrent(session)) throw new AppFailure('PARTICIPATION_CLOSED');
    return session;
  }

  private require(): Opened {
    if (!this.opened) throw new AppFailure('PARTICIPATION_CLOSED');
    return this.opened;
  }

  /** Which phones a committed change concerns: the senders of the cards it touched. */
  private followChange(change: WorkspaceChange): void {
    const opened = this.opened;
    if (!opened) return;
    for (const idea of change.patch.ideas) {
      if (idea.device === null) continue;
      opened.owners.set(idea.id, idea.device);
      this.dirtyDevices.add(idea.device);
    }
    for (const id of change.patch.removedIdeaIds) {
      const device = opened.owners.get(id);
      if (device !== undefined) this.dirtyDevices.add(device);
      opened.owners.delete(id);
    }
    const room = change.tables.some((table) => roomTables.includes(table));
    const tally = change.tables.includes('vote_dots') || change.tables.includes('projects');
    this.schedule({ room, status: tally });
  }

  private everyDeviceChanged(): void {
    for (const device of this.opened?.streams.devices() ?? []) this.dirtyDevices.add(device);
    this.schedule({});
  }

  private schedule(what: { room?: boolean; status?: boolean; device?: number }): void {
    if (!this.opened) return;
    this.roomDirty ||= what.room ?? false;
    this.statusDirty ||= what.status ?? false;
    if (what.device !== undefined) this.dirtyDevices.add(what.device);
    this.flushTimer ??= setTimeout(() => this.flush(), pushDelayMs);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const opened = this.opened;
    if (!opened || !this.isCurrent(opened.session)) return;
    const { db } = opened.session;
    if (this.roomDirty) {
      this.roomDirty = false;
      const room = sseEvent('room', readRoom(db, opened.settings, this.timer, Date.now()));
      if (room !== this.lastRoom) opened.streams.broadcast(room);
      this.lastRoom = room;
    }
    const connected = new Set(opened.streams.devices());
    for (const device of this.dirtyDevices) {
      if (connected.has(device)) {
        opened.streams.sendTo(device, sseEvent('own', readOwn(db, device, opened.settings)));
      }
    }
    this.dirtyDevices.clear();
    if (this.statusDirty) {
      this.statusDirty = false;
      this.events.emit('participation:changed', { status: this.status() });
    }
  }
}

const baseUrlOf = (opened: Pick<Opened, 'address' | 'port'>) =>
  `http://${opened.address}${opened.port === 80 ? '' : `:${opened.port}`}`;

/** The code travels in the fragment: the page reads it, no server or log ever sees it. */
const joinUrlOf = (opened: Pick<Opened, 'address' | 'port' | 'joinCode'>) =>
  `${baseUrlOf(opened)}/#code=${opened.joinCode}`;

function listenFailure(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRNOTAVAIL' || code === 'EINVAL') return new AppFailure('ADDRESS_UNAVAILABLE');
  if (code === 'EADDRINUSE') return new AppFailure('PORT_IN_USE');
  if (code === 'EACCES') {
    return new AppFailure(
      'PORT_IN_USE',
      'Ports unter 1024 darf nur der Administrator öffnen. Bitte einen Port ab 1024 wählen oder das Feld leer lassen.',
    );
  }
  return error;
}
