// The participants' page: join with the code from the projector (or the QR code's link), then
// write cards, give dots, follow the phase and its timer, send a photo of the pinboard.
import { phaseLabels, phaseQuestions } from '../shared/domain';
import { deviceLabel, phonePaths } from '../shared/participation';
import type { JoinAnswer, PhoneOwn, PhoneRoom, PhoneState } from '../shared/participation';
import { deviceToken, get, openEvents, post, rememberToken } from './api';
import { setUpCardForm, showCards } from './cards';
import { byId } from './dom';
import { setUpPhoto } from './photo';
import { showVote } from './vote';

let room: PhoneRoom | undefined;
let own: PhoneOwn | undefined;
let stopEvents: (() => void) | undefined;

/** The join code from the QR code's link (`#code=…`), taken out of the address bar. */
function codeFromAddress(): string | null {
  const code = new URLSearchParams(location.hash.slice(1)).get('code');
  if (code !== null) history.replaceState(null, '', location.pathname);
  return code;
}

async function start(): Promise<void> {
  setUpCardForm();
  setUpPhoto((photos) => own && showOwn({ ...own, photos }));
  byId<HTMLFormElement>('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void join(byId<HTMLInputElement>('join-code').value);
  });
  const code = codeFromAddress();
  if (deviceToken.get()) {
    const answer = await get<PhoneState>(phonePaths.state);
    if (answer.result.ok) return enter(answer.result.value);
    if (answer.status === 0) return showConnection(false);
    deviceToken.clear();
  }
  if (code) await join(code);
  else showJoin('');
}

async function join(code: string): Promise<void> {
  const answer = await post<JoinAnswer>(phonePaths.join, { code });
  if (!answer.result.ok) return showJoin(answer.result.error.message);
  rememberToken(answer.result.value.token);
  enter(answer.result.value.state);
}

function showJoin(message: string): void {
  byId('app').hidden = true;
  byId('join').hidden = false;
  byId('join-error').textContent = message;
  if (message) byId('join-code').focus();
}

function enter(state: PhoneState): void {
  byId('join').hidden = true;
  byId('app').hidden = false;
  showRoom(state.room);
  showOwn(state.own);
  stopEvents?.();
  stopEvents = openEvents(
    (event, data) => (event === 'room' ? showRoom(JSON.parse(data)) : showOwn(JSON.parse(data))),
    (connected) => {
      showConnection(connected);
      if (!connected) void checkStillJoined();
    },
  );
}

/** A refused stream may mean a closed participation, a reopened one (new code) or a block. */
async function checkStillJoined(): Promise<void> {
  const answer = await get<PhoneState>(phonePaths.state);
  if (answer.result.ok || answer.status === 0) return;
  stopEvents?.();
  if (answer.result.error.code === 'DEVICE_UNKNOWN') deviceToken.clear();
  showJoin(answer.result.error.message);
}

function showRoom(next: PhoneRoom): void {
  room = next;
  byId('room').textContent = next.title;
  const phase = byId('phase');
  phase.hidden = false;
  phase.textContent = `Phase: ${phaseLabels[next.phase]} – ${phaseQuestions[next.phase]}`;
  byId('brainwriting').hidden = !next.brainwriting;
  byId('name-field').hidden = !next.namesAllowed;
  startTimer(next.timer);
  showVote(next.vote, own?.dots ?? {});
}

function showOwn(next: PhoneOwn): void {
  own = next;
  document.title = `Mitmachen – ${deviceLabel(next.device)}`;
  showCards(next.cards);
  showVote(room?.vote ?? null, next.dots);
}

let tick: ReturnType<typeof setInterval> | undefined;

/** Counted on the phone from the seconds left when the room was sent (the phone's clock may be wrong). */
function startTimer(timer: PhoneRoom['timer']): void {
  clearInterval(tick);
  const element = byId('timer');
  element.hidden = timer === null;
  if (!timer) return;
  const endsAt = Date.now() + timer.secondsLeft * 1000;
  const show = () => {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    const minutes = Math.floor(left / 60);
    const seconds = String(left % 60).padStart(2, '0');
    element.textContent =
      left === 0 ? `${timer.label}: Zeit ist um` : `${timer.label} · noch ${minutes}:${seconds}`;
    element.classList.toggle('is-over', left === 0);
    if (left === 0) clearInterval(tick);
  };
  show();
  tick = setInterval(show, 1000);
}

function showConnection(connected: boolean): void {
  const line = byId('connection');
  line.textContent = connected
    ? `Verbunden${own ? ` als ${deviceLabel(own.device)}` : ''}.`
    : 'Verbindung unterbrochen – wird wieder aufgebaut …';
  line.classList.toggle('is-lost', !connected);
}

void start();
