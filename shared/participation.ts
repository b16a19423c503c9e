// Participation from phones: the shapes and limits that the facilitator's windows, the backend and
// the participants' page share. Pure data: the page bundles it, so nothing here may pull in zod.
import type { Phase } from './domain';

/** Phones one listener accepts at once; more are refused with a message. */
export const maxDevices = 150;
/** A phone card is one thought; the laptop's own cards may be longer (transcripts). */
export const phoneCardMaxLength = 500;
export const phoneNameMaxLength = 40;
/**
 * Cards a phone sends in one request: those written while it had no connection, or while the
 * laptop answered the one before. On a phone network each request costs a round trip of its own.
 */
export const phoneCardsPerRequest = 10;
/** A photo of a pinboard as a phone sends it; phones shrink theirs to well below this first. */
export const photoMaxBytes = 15 * 1024 * 1024;
export const photoTypes = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof photoTypes)[number];

/** "Handy 7": how the board, the projector and the phone itself name a device. */
export const deviceLabel = (device: number): string => `Handy ${device}`;

/** "482913" → "482 913": read aloud and typed in two halves. */
export const formatJoinCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

/** One IPv4 address of the laptop, as the facilitator chooses among them. */
export interface NetworkAddress {
  /** The adapter's name as the system calls it ("WLAN", "wlp2s0", "Ethernet 2"). */
  adapter: string;
  address: string;
  /** German sentences on why phones may not reach it; empty when nothing speaks against it. */
  warnings: string[];
}

/** What the facilitator decides while participation is open. */
export interface ParticipationSettings {
  /** The phase new phone cards belong to, shown on the phones. */
  phase: Phase;
  /** The Zukunftswerkstatt that phone cards and photos go into. */
  workshopId: number | null;
  /** Brainwriting: new phone cards stay concealed (only counted) until revealed. */
  brainwriting: boolean;
  /** Phones may put a name on their cards; anonymous otherwise. */
  namesAllowed: boolean;
  /** Phones can no longer change or delete their cards. */
  cardsLocked: boolean;
  /** The projector shows the QR code, the address and the join code. */
  showOnProjector: boolean;
}

export interface VoteTally {
  id: number;
  dotsPerDevice: number;
  maxPerOption: number;
  /** Devices that have given at least one dot. */
  voters: number;
  /** Dots per project so far, largest first. */
  results: { projectId: number; dots: number }[];
}

export interface OpenParticipation {
  open: true;
  address: string;
  port: number;
  /** What people type: "http://192.168.8.100:8090". */
  url: string;
  /** The address with the join code, as the QR code carries it. */
  joinUrl: string;
  joinCode: string;
  /** The QR code of `joinUrl` as an SVG document, generated on the laptop. */
  qrSvg: string;
  settings: ParticipationSettings;
  /** Devices that joined since participation opened. */
  devices: number;
  blockedDevices: number[];
  vote: VoteTally | null;
}

export type ParticipationStatus = { open: false } | OpenParticipation;

/** What every phone sees alike. */
export interface PhoneRoom {
  /** "Zukunftswerkstatt Aue" */
  title: string;
  phase: Phase;
  brainwriting: boolean;
  namesAllowed: boolean;
  cardsLocked: boolean;
  /** Counted from the moment the phone receives it, so a phone's wrong clock does not matter. */
  timer: { label: string; secondsLeft: number } | null;
  vote: PhoneVote | null;
}

export interface PhoneVote {
  id: number;
  dotsPerDevice: number;
  maxPerOption: number;
  options: { projectId: number; title: string }[];
}

/** Where a phone's card is: concealed until revealed, on the board, placed in a project, hidden. */
export type PhoneCardState = 'concealed' | 'shown' | 'placed' | 'hidden';

export interface PhoneCard {
  id: number;
  text: string;
  phase: Phase;
  state: PhoneCardState;
  /** The phone may still change or delete it. */
  editable: boolean;
}

/** What only this phone sees. */
export interface PhoneOwn {
  device: number;
  cards: PhoneCard[];
  /** This device's dots in the open vote, by project id. */
  dots: Record<number, number>;
  photos: number;
}

export interface PhoneState {
  room: PhoneRoom;
  own: PhoneOwn;
}

/**
 * The answer to several cards: the ids of the first `ids.length` cards, in order, which are stored;
 * the others wait `waitMs` for the device's pace (rate limit) and go again.
 */
export interface SentCards {
  ids: number[];
  waitMs: number;
}

export interface JoinAnswer {
  /** The device token: kept in the phone's localStorage, sent as `Authorization: Bearer`. */
  token: string;
  state: PhoneState;
}

/**
 * Paths of the participants' listener; nothing else is answered there. The page is one response
 * (script and style inline): on a slow phone network every further request costs another round trip.
 */
export const phonePaths = {
  page: '/',
  join: '/api/join',
  state: '/api/state',
  events: '/api/events',
  sendCard: '/api/karte',
  sendCards: '/api/karten',
  editCard: '/api/karte/aendern',
  deleteCard: '/api/karte/loeschen',
  vote: '/api/punkte',
  photo: '/api/foto',
} as const;
