// The phone's cards: sending (queued, sent again after a lost connection or a "too fast", each
// under its own key so it lands once), and the list of its cards, editable until locked.
import { phaseLabels } from '../shared/domain';
import { phoneCardsPerRequest, phonePaths } from '../shared/participation';
import type { PhoneCard, PhoneCardState, SentCards } from '../shared/participation';
import { ok } from '../shared/result';
import { post } from './api';
import type { Answer } from './api';
import { button, byId, element, randomKey } from './dom';

interface Sending {
  key: string;
  text: string;
  name: string;
  error?: string;
}

const stateLabels: Record<PhoneCardState, string> = {
  concealed: 'verdeckt, wird später aufgedeckt',
  shown: 'auf der Pinnwand',
  placed: 'einem Projekt zugeordnet',
  hidden: 'von der Moderation ausgeblendet',
};

let cards: PhoneCard[] = [];
const sending: Sending[] = [];
let editing: number | undefined;
let sendingNow = false;

export function showCards(next: PhoneCard[]): void {
  cards = next;
  render();
}

export function setUpCardForm(): void {
  const form = byId<HTMLFormElement>('card-form');
  const text = byId<HTMLTextAreaElement>('card-text');
  const name = byId<HTMLInputElement>('card-name');
  const status = byId('card-status');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim() === '') {
      status.textContent = 'Bitte zuerst eine Idee schreiben.';
      text.focus();
      return;
    }
    sending.push({ key: randomKey(), text: text.value, name: name.value });
    text.value = '';
    status.textContent = 'Wird gesendet …';
    render();
    void sendQueued();
  });
}

/**
 * The cards in the order written. All that wait go in one request (on a phone network each
 * request is a round trip of its own); a lone card goes alone. Waits as long as the laptop asks.
 */
async function sendQueued(): Promise<void> {
  if (sendingNow) return;
  sendingNow = true;
  const status = byId('card-status');
  // After a refusal, the cards go one by one, so each gets its own reason.
  let most = phoneCardsPerRequest;
  for (let batch = waiting(most); batch.length > 0; batch = waiting(most)) {
    const answer = await send(batch);
    if (answer.result.ok) {
      const { ids, waitMs } = answer.result.value;
      for (const card of batch.slice(0, ids.length)) sending.splice(sending.indexOf(card), 1);
      status.textContent = 'Gesendet. Danke!';
      most = phoneCardsPerRequest;
      if (waitMs > 0) await pause(waitMs);
    } else if (answer.status === 0 || answer.status === 429 || answer.status >= 500) {
      // Not stored: the same cards (same keys) go again after a pause.
      status.textContent =
        answer.status === 429 ? answer.result.error.message : 'Keine Verbindung – neuer Versuch …';
      await pause(Math.max(answer.retryAfter * 1000, 2000));
    } else if (batch.length > 1) {
      most = 1;
    } else {
      (batch[0] as Sending).error = answer.result.error.message;
      status.textContent = '';
    }
    render();
  }
  sendingNow = false;
}

const waiting = (most: number) => sending.filter((entry) => !entry.error).slice(0, most);

async function send(batch: Sending[]): Promise<Answer<SentCards>> {
  const cards = batch.map(({ key, text, name }) => ({ key, text, name }));
  if (cards.length > 1) return post<SentCards>(phonePaths.sendCards, { cards });
  const answer = await post<{ id: number }>(phonePaths.sendCard, cards[0]);
  return answer.result.ok
    ? { ...answer, result: ok({ ids: [answer.result.value.id], waitMs: 0 }) }
    : { ...answer, result: answer.result };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function render(): void {
  const list = byId<HTMLUListElement>('mine');
  byId('mine-empty').hidden = cards.length + sending.length > 0;
  const editor = editing === undefined ? undefined : list.querySelector('.is-editing');
  list.textContent = '';
  for (const card of sending) list.appendChild(sendingItem(card));
  for (const card of cards) {
    list.appendChild(card.id === editing && editor ? editor : cardItem(card));
  }
}

function sendingItem(card: Sending): HTMLLIElement {
  const meta = element('div', { className: 'card-meta' });
  meta.appendChild(element('span', { className: 'state', text: card.error ?? 'wird gesendet …' }));
  if (card.error) {
    meta.appendChild(
      button('Verwerfen', () => {
        sending.splice(sending.indexOf(card), 1);
        render();
      }),
    );
  }
  return element('li', {}, element('p', { className: 'card-text', text: card.text }), meta);
}

function cardItem(card: PhoneCard): HTMLLIElement {
  const meta = element(
    'div',
    { className: 'card-meta' },
    element('span', {
      className: 'state',
      text: `${phaseLabels[card.phase]} · ${stateLabels[card.state]}`,
    }),
  );
  if (card.editable) {
    meta.appendChild(button('Ändern', () => edit(card), `Karte ändern: ${card.text}`));
    meta.appendChild(button('Löschen', () => void remove(card), `Karte löschen: ${card.text}`));
  }
  return element('li', {}, element('p', { className: 'card-text', text: card.text }), meta);
}

function edit(card: PhoneCard): void {
  editing = card.id;
  const field = element('textarea', { label: 'Text der Karte' });
  field.value = card.text;
  field.maxLength = 500;
  const error = element('p', { className: 'error' });
  error.setAttribute('role', 'alert');
  const item = element(
    'li',
    { className: 'is-editing' },
    field,
    element(
      'div',
      { className: 'card-meta' },
      button('Speichern', () => void save(card.id, field.value, error)),
      button('Abbrechen', () => {
        editing = undefined;
        render();
      }),
    ),
    error,
  );
  const list = byId('mine');
  const index = [...cards].findIndex((entry) => entry.id === card.id) + sending.length;
  list.replaceChild(item, list.children[index] as Node);
  field.focus();
}

async function save(id: number, text: string, error: HTMLElement): Promise<void> {
  const answer = await post(phonePaths.editCard, { id, text });
  if (!answer.result.ok) {
    error.textContent = answer.result.error.message;
    return;
  }
  editing = undefined;
  render();
}

async function remove(card: PhoneCard): Promise<void> {
  if (!window.confirm(`Karte „${card.text.slice(0, 60)}“ löschen?`)) return;
  const answer = await post(phonePaths.deleteCard, { id: card.id });
  byId('card-status').textContent = answer.result.ok
    ? 'Karte gelöscht.'
    : answer.result.error.message;
}
