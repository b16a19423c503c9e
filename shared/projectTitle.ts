// The title a project gets from the card it was made of: short enough to read from the back of
// the room (the first words of the first line), and editable right after the drop.

const maxWords = 6;
const maxLength = 48;
/** The prompts of the phases that start many cards and say nothing about the project. */
const prompts = [
  /^es wäre schön,? wenn (es )?/iu,
  /^ich wünsche mir,? (dass )?/iu,
  /^was stört:?\s*/iu,
];

export function titleFromIdea(text: string): string {
  const firstLine =
    text
      .replace(/\p{Cc}/gu, (char) => (char === '\n' || char === '\r' ? '\n' : ' '))
      .trim()
      .split('\n', 1)[0] ?? '';
  let line = firstLine.replace(/\s+/gu, ' ').trim();
  for (const prompt of prompts) line = line.replace(prompt, '');
  line = line.replace(/[.!?…]+$/u, '').trim();
  if (!line) return firstLine.trim() || 'Neues Projekt';
  const words = line.split(' ');
  let title = '';
  for (const word of words.slice(0, maxWords)) {
    const next = title ? `${title} ${word}` : word;
    if ([...next].length > maxLength) break;
    title = next;
  }
  // A single word longer than the limit is cut inside it.
  if (!title) title = [...line].slice(0, maxLength - 1).join('');
  const capitalised = title.charAt(0).toLocaleUpperCase('de-DE') + title.slice(1);
  return title.length < line.length
    ? `${capitalised.replace(/[,;:–-]+$/u, '').trimEnd()} …`
    : capitalised;
}
