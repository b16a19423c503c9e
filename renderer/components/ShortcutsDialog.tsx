// Hilfe → Tastenkürzel: every shortcut the app knows, in one list.
import { useStore } from '../store';
import { Dialog } from './Dialog';

export const shortcuts: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Eingabetaste', 'Idee im Feld „Neue Idee“ speichern (das Feld bleibt bereit)'],
  ['Umschalt + Eingabetaste', 'Neue Zeile in einer Idee'],
  ['Einfügen mehrerer Zeilen', 'Je Zeile eine Idee, mit Vorschau'],
  ['Tab', 'Zur nächsten Karte oder Schaltfläche; der Griff ⠿ einer Karte nimmt sie auf'],
  ['Leertaste / Eingabetaste', 'Karte oder Projekt am Griff ⠿ aufnehmen und wieder ablegen'],
  ['Pfeil links / rechts', 'Aufgenommene Karte zum Ideenspeicher oder nächsten Handlungsfeld'],
  ['Pfeil oben / unten', 'Aufgenommene Karte zum Projekt darüber oder darunter in der Spalte'],
  ['Strg + Klick', 'Karte zur Auswahl hinzufügen oder aus ihr nehmen (⌘ + Klick am Mac)'],
  ['Umschalt + Klick', 'Alle Karten bis hierher auswählen; eine gewählte Karte zieht alle mit'],
  ['Escape', 'Verschieben abbrechen, Bearbeiten abbrechen, Auswahl aufheben, Präsentation beenden'],
  ['Eingabetaste / F3 in der Suche', 'Zum nächsten Treffer (mit Umschalt: zum vorherigen)'],
  [
    'Tab am Seitenanfang',
    'Sprungmarken: zur Ideenerfassung, zum Ideenspeicher, zu den Handlungsfeldern',
  ],
  ['Doppelklick auf Projekttitel', 'Projekt umbenennen'],
  ['Klick auf die Punkte eines Projekts', 'Punkte zählen: eintippen oder − / +'],
  ['Strg + Z', 'Rückgängig (auch nach dem Neuladen)'],
  ['Strg + Y', 'Wiederholen'],
  ['Strg + F', 'Suche der Pinnwand oder der Projektbibliothek'],
  ['Strg + S', 'Zeigt, dass alles gespeichert ist (jede Änderung wird sofort gesichert)'],
  ['Strg + P', 'Werkstattplan exportieren'],
  ['Strg + N', 'Neue Werkstatt'],
  ['Strg + O', 'Werkstatt öffnen'],
  ['Strg + W', 'Werkstatt schließen (Desktop-App)'],
  ['F1', 'Tastenkürzel anzeigen'],
  ['Strg + Umschalt + P', 'Projektorfenster öffnen (Desktop-App)'],
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
