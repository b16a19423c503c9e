// Pasted text as cards: one per line, list markers from Word, mail or a chat removed
// ("- ", "• ", "* ", "1.", "3)", "a)"), blank lines dropped. A letter counts only with ")":
// "B. Müller meint …" keeps its initial.
const listMarker = /^(?:[-–—•·*▪◦‣○●]\s+|\(?(?:\d{1,3}[.)]|[a-zA-Z]\))\s+)/u;

export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map((line) => line.trim().replace(listMarker, '').trim())
    .filter(Boolean);
}
