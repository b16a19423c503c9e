// Dot voting on the phone: − and + per project within the rule (dots per device, most per
// project); every change replaces the device's dots on the laptop, which checks the rule again.
import { dotsWord } from '../shared/dots';
import { phonePaths } from '../shared/participation';
import type { PhoneVote } from '../shared/participation';
import { post } from './api';
import { button, byId, element } from './dom';

let vote: PhoneVote | null = null;
/** What the laptop confirmed, and what this phone shows (ahead while a change is on its way). */
let confirmed: Record<number, number> = {};
let shown: Record<number, number> = {};
let inFlight = false;
let again = false;

export function showVote(next: PhoneVote | null, dots: Record<number, number>): void {
  const changedVote = next?.id !== vote?.id;
  vote = next;
  confirmed = dots;
  if (changedVote || !inFlight) shown = { ...dots };
  render();
}

const used = () => Object.values(shown).reduce((sum, count) => sum + count, 0);

function change(projectId: number, step: 1 | -1): void {
  if (!vote) return;
  const current = shown[projectId] ?? 0;
  const next = current + step;
  if (next < 0 || next > vote.maxPerOption || (step > 0 && used() >= vote.dotsPerDevice)) return;
  shown = { ...shown, [projectId]: next };
  render();
  void send();
}

/** One request at a time; taps meanwhile are sent together right after. */
async function send(): Promise<void> {
  if (inFlight) {
    again = true;
    return;
  }
  if (!vote) return;
  inFlight = true;
  const answer = await post<{ dots: Record<number, number> }>(phonePaths.vote, {
    voteId: vote.id,
    dots: shown,
  });
  inFlight = false;
  const error = byId('vote-error');
  if (answer.result.ok) {
    confirmed = answer.result.value.dots;
    error.textContent = '';
  } else {
    error.textContent = answer.result.error.message;
    shown = { ...confirmed };
    again = false;
  }
  if (again) {
    again = false;
    void send();
  }
  render();
}

function render(): void {
  const section = byId('vote');
  section.hidden = vote === null;
  if (!vote) return;
  const left = vote.dotsPerDevice - used();
  byId('vote-rule').textContent = `${dotsWord(vote.dotsPerDevice)} je Handy, ${
    vote.maxPerOption === 1
      ? 'jeder auf ein anderes Projekt'
      : `höchstens ${vote.maxPerOption} auf dasselbe Projekt`
  }. Ändern geht, bis die Abstimmung endet.`;
  byId('vote-left').textContent =
    left === 0 ? 'Alle Punkte vergeben.' : `Noch ${dotsWord(left)} zu vergeben.`;
  const list = byId('vote-options');
  list.textContent = '';
  for (const option of vote.options) {
    const count = shown[option.projectId] ?? 0;
    const minus = button(
      '−',
      () => change(option.projectId, -1),
      `Einen Punkt weniger für ${option.title}`,
    );
    minus.disabled = count === 0;
    const plus = button(
      '+',
      () => change(option.projectId, 1),
      `Einen Punkt mehr für ${option.title}`,
    );
    plus.disabled = count >= vote.maxPerOption || left === 0;
    const counter = element('span', { className: 'count', text: String(count) });
    counter.setAttribute('aria-label', `${dotsWord(count)} für ${option.title}`);
    list.appendChild(
      element(
        'li',
        {},
        element('span', { className: 'title', text: option.title }),
        minus,
        counter,
        plus,
      ),
    );
  }
}
