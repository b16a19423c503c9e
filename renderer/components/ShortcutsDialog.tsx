// Hilfe → Tastenkürzel: every shortcut the app knows, in one list.
import { useStore } from '../store';
import { Dialog } from './Dialog';

export const shortcuts: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Strg + Z', 'Rückgängig'],
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
