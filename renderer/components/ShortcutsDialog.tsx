// Hilfe → Tastenkürzel: every shortcut the app knows, in one list.
import { useStore } from '../store';
import { Dialog } from './Dialog';

export const shortcuts: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Eingabetaste', 'Idee im Feld „Neue Idee“ speichern (das Feld bleibt bereit)'],
  ['Umschalt + Eingabetaste', 'Neue Zeile in einer Idee'],
  ['Einfügen mehrerer Zeilen', 'Je Zeile eine Idee, mit Vorschau'],
  ['Tab', 'Zur nächsten Karte oder Schaltfläche; der Griff ⠿ einer Karte nimmt sie auf'],
  ['Leertaste / Eingabetaste', 'Karte oder Projekt am Griff ⠿ aufnehmen und wieder ablegen'],
  [
    'Pfeiltasten',
    'Aufgenommene Karte zum nächsten Projekt, Handlungsfeld oder Ideenspeicher bewegen',
  ],
  ['Escape', 'Verschieben abbrechen, Bearbeiten abbrechen, Präsentation beenden'],
  ['Doppelklick auf Projekttitel', 'Projekt umbenennen'],
  ['Strg + Z', 'Rückgängig (auch nach dem Neuladen)'],
  ['Strg + Y', 'Wiederholen'],
  ['F1', 'Tastenkürzel anzeigen'],
];

export function ShortcutsDialog() {
  const close = useStore((state) => state.closeDialog);
  return (
    <Dialog title="Tastenkürzel" onClose={close}>
      <table className="shortcuts">
        <tbody>
          {shortcuts.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
