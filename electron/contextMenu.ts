// The German context menu of the app's text: spelling suggestions (where the system checks
// spelling), cut, copy, paste and select all in a text field, copy for selected text elsewhere.
import { Menu } from 'electron';
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

/** At most this many suggestions, as word processors show them. */
const maxSuggestions = 6;

export function contextMenuTemplate(
  params: Pick<
    ContextMenuParams,
    'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'
  >,
  contents: Pick<WebContents, 'replaceMisspelling' | 'session'>,
): MenuItemConstructorOptions[] {
  const { isEditable, selectionText, editFlags, misspelledWord } = params;
  const spelling: MenuItemConstructorOptions[] = [];
  if (isEditable && misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, maxSuggestions);
    spelling.push(
      ...suggestions.map((suggestion) => ({
        label: suggestion,
        click: () => contents.replaceMisspelling(suggestion),
      })),
      ...(suggestions.length === 0 ? [{ label: 'Keine Vorschläge', enabled: false }] : []),
      {
        label: 'Zum Wörterbuch hinzufügen',
        click: () => contents.session.addWordToSpellCheckerDictionary(misspelledWord),
      },
      { type: 'separator' },
    );
  }
  if (isEditable) {
    return [
      ...spelling,
      { role: 'cut', label: 'Ausschneiden', enabled: editFlags.canCut },
      { role: 'copy', label: 'Kopieren', enabled: editFlags.canCopy },
      { role: 'paste', label: 'Einfügen', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Alles auswählen', enabled: editFlags.canSelectAll },
    ];
  }
  return selectionText.trim() ? [{ role: 'copy', label: 'Kopieren' }] : [];
}

/** Shows the menu on a right click (or the menu key) in `contents`; nothing where it would be empty. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
