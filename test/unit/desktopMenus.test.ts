// The desktop conventions of the Electron shell under a mocked 'electron': the application menu
// (every accelerator once, recent workspaces, the macOS Window menu), kept current with the
// backend; the German context menu with spelling suggestions; spell-checking without downloads.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';

type Item = MenuItemConstructorOptions;

const electron = vi.hoisted(() => ({
  setApplicationMenu: vi.fn(),
  popup: vi.fn(),
  addRecentDocument: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { addRecentDocument: electron.addRecentDocument },
  // A built menu is its template here, so tests read what the shell would show.
  Menu: {
    buildFromTemplate: (template: Item[]) => ({ template, popup: electron.popup }),
    setApplicationMenu: electron.setApplicationMenu,
  },
}));

const { menuTemplate } = await import('../../electron/menu');
const { keepApplicationMenuCurrent } = await import('../../electron/applicationMenu');
const { attachContextMenu, contextMenuTemplate } = await import('../../electron/contextMenu');
const { configureSpellchecker, noDictionaryDownloads } = await import('../../electron/spellcheck');
const { mainWindowOptions } = await import('../../electron/window');

const freshDir = freshFolders('kw-menu-');
const backendIn = closedAfterEach();

beforeEach(() => vi.clearAllMocks());

const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const byLabel = (items: Item[], label: string) => items.find((item) => item.label === label);
const click = (item: Item | undefined) => item?.click?.({} as never, undefined, {} as never);

/**
 * Electron's own accelerators of the roles (lib/browser/api/menu-item-roles.ts), for items that
 * name a role and no accelerator, and the items it puts into a menu given by role alone.
 */
function roleDefaults(platform: NodeJS.Platform) {
  const isMac = platform === 'darwin';
  const accelerators: Record<string, string | undefined> = {
    undo: 'CmdOrCtrl+Z',
    redo: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
    cut: 'CmdOrCtrl+X',
    copy: 'CmdOrCtrl+C',
    paste: 'CmdOrCtrl+V',
    selectAll: 'CmdOrCtrl+A',
    resetZoom: 'CmdOrCtrl+0',
    zoomIn: 'CmdOrCtrl+Plus',
    zoomOut: 'CmdOrCtrl+-',
    togglefullscreen: isMac ? 'Ctrl+Cmd+F' : 'F11',
    close: 'CmdOrCtrl+W',
    quit: platform === 'win32' ? undefined : 'CmdOrCtrl+Q',
    minimize: 'CmdOrCtrl+M',
    hide: 'Cmd+H',
    hideOthers: 'Cmd+Alt+H',
  };
  const submenus: Record<string, Item[]> = {
    appMenu: ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'].map((role) => ({
      role: role as Item['role'],
    })),
    windowMenu: (isMac ? ['minimize', 'zoom', 'front'] : ['minimize', 'zoom', 'close']).map(
      (role) => ({ role: role as Item['role'] }),
    ),
  };
  return { accelerators, submenus };
}

/** "Shift+CmdOrCtrl+Z" on macOS → "cmd+shift+z": one spelling per key combination. */
function normalised(accelerator: string, platform: NodeJS.Platform): string {
  const names: Record<string, string> = {
    cmdorctrl: platform === 'darwin' ? 'cmd' : 'ctrl',
    commandorcontrol: platform === 'darwin' ? 'cmd' : 'ctrl',
    command: 'cmd',
    control: 'ctrl',
    option: 'alt',
  };
  const parts = accelerator.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.map((part) => names[part] ?? part).sort();
  return [...modifiers, key].join('+');
}

/** Every accelerator the menu bar answers to on `platform`, with the item it belongs to. */
function accelerators(template: Item[], platform: NodeJS.Platform): [string, string][] {
  const { accelerators: defaults, submenus } = roleDefaults(platform);
  const found: [string, string][] = [];
  const visit = (items: Item[]) => {
    for (const item of items) {
      const accelerator =
        (item.accelerator as string | undefined) ?? (item.role ? defaults[item.role] : undefined);
      if (accelerator) {
        found.push([normalised(accelerator, platform), item.label ?? item.role ?? '']);
      }
      visit(item.submenu ? submenu(item) : (submenus[item.role ?? ''] ?? []));
    }
  };
  visit(template);
  return found;
}

describe('application menu', () => {
  const recent = [
    { path: '/daten/Aue.werkstatt', name: 'Aue', openedAt: '2026-12-06T10:00:00Z', exists: true },
    { path: '/alt/Aue.werkstatt', name: 'Aue', openedAt: '2026-12-05T10:00:00Z', exists: true },
    {
      path: '/stick/Stadt & Land.werkstatt',
      name: 'Stadt & Land',
      openedAt: '2026-12-04T10:00:00Z',
      exists: false,
    },
  ];

  it.each(['darwin', 'win32', 'linux'] as const)(
    'assigns no accelerator twice on %s, counting those Electron gives its roles',
    (platform) => {
      const template = menuTemplate(vi.fn(), platform === 'darwin', {
        openProjector: vi.fn(),
        recent,
        openRecent: vi.fn(),
      });
      const found = accelerators(template, platform);
      const twice = found.filter(([key], index) =>
        found.some(([other], at) => other === key && at !== index),
      );
      expect(twice).toEqual([]);
      expect(found.length).toBeGreaterThan(12);
    },
  );

  it('exports the Werkstattplan from Datei, with the same key as the browser (Ctrl+P)', () => {
    const send = vi.fn();
    const file = submenu(menuTemplate(send, false)[0]);
    const item = byLabel(file, 'Werkstattplan exportieren …');
    expect(item?.accelerator).toBe('CmdOrCtrl+P');
    click(item);
    expect(send).toHaveBeenCalledWith('exportPlan');
  });

  it('greys out exporting and closing while no workspace is open', () => {
    const file = submenu(menuTemplate(vi.fn(), false, { workspaceOpen: false })[0]);
    expect(byLabel(file, 'Werkstattplan exportieren …')?.enabled).toBe(false);
    expect(byLabel(file, 'Werkstatt schließen')?.enabled).toBe(false);
    expect(byLabel(file, 'Werkstatt öffnen …')?.enabled).toBeUndefined();
  });

  it('lists recent workspaces by name, telling equal names apart by path, a missing one greyed', () => {
    const openRecent = vi.fn();
    const file = submenu(menuTemplate(vi.fn(), false, { recent, openRecent })[0]);
    const items = submenu(byLabel(file, 'Zuletzt geöffnet'));
    expect(items.map(({ label, enabled }) => ({ label, enabled }))).toEqual([
      { label: 'Aue (/daten/Aue.werkstatt)', enabled: true },
      { label: 'Aue (/alt/Aue.werkstatt)', enabled: true },
      // "&&" shows one "&" on Windows and Linux, where "&" marks the access key.
      { label: 'Stadt && Land – nicht gefunden', enabled: false },
    ]);
    click(items[1]);
    expect(openRecent).toHaveBeenCalledWith('/alt/Aue.werkstatt');
    const mac = submenu(
      byLabel(submenu(menuTemplate(vi.fn(), true, { recent })[1]), 'Zuletzt geöffnet'),
    );
    expect(mac[2]?.label).toBe('Stadt & Land – nicht gefunden');
  });

  it('says so when nothing was opened yet', () => {
    const file = submenu(menuTemplate(vi.fn(), false)[0]);
    expect(submenu(byLabel(file, 'Zuletzt geöffnet'))).toEqual([
      { label: 'Keine Werkstätten', enabled: false },
    ]);
  });

  it('has the Window menu on macOS only, before Hilfe', () => {
    expect(menuTemplate(vi.fn(), true).map((item) => item.label)).toEqual([
      'Kommunalwerkstatt',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
    expect(menuTemplate(vi.fn(), true)[4]?.role).toBe('windowMenu');
    expect(menuTemplate(vi.fn(), false).map((item) => item.label)).not.toContain('Fenster');
  });
});

describe('application menu kept current with the backend', () => {
  /** Resolves with the first menu set from now on whose template passes `test`. */
  function nextMenu(test: (template: Item[]) => boolean): Promise<Item[]> {
    return new Promise((resolve) => {
      electron.setApplicationMenu.mockImplementation(({ template }: { template: Item[] }) => {
        if (test(template)) resolve(template);
      });
    });
  }
  const recentLabels = (template: Item[]) =>
    submenu(byLabel(submenu(template[0]), 'Zuletzt geöffnet')).map((item) => item.label);

  it('lists an opened workspace under Zuletzt geöffnet and in the system’s recent documents', async () => {
    const backend = backendIn(freshDir());
    const openRecent = vi.fn();
    const empty = nextMenu((template) => recentLabels(template)[0] === 'Keine Werkstätten');
    keepApplicationMenuCurrent(backend, { platform: 'win32', openProjector: vi.fn(), openRecent });
    const closed = await empty;
    expect(byLabel(submenu(closed[0]), 'Werkstatt schließen')?.enabled).toBe(false);

    const listed = nextMenu((template) => recentLabels(template).includes('Aue'));
    const { path: file } = await call(backend, 'workspace:create', { name: 'Aue' });
    const menu = await listed;
    expect(electron.addRecentDocument).toHaveBeenCalledWith(file);
    expect(byLabel(submenu(menu[0]), 'Werkstatt schließen')?.enabled).toBe(true);
    click(byLabel(submenu(byLabel(submenu(menu[0]), 'Zuletzt geöffnet')), 'Aue'));
    expect(openRecent).toHaveBeenCalledWith(file);

    const undoable = nextMenu(
      (template) => byLabel(submenu(template[1]), 'Rückgängig: Idee anlegen') !== undefined,
    );
    await call(backend, 'ideas:create', { text: 'Dorfladen', phase: 'fantasie' });
    await undoable;

    const afterClose = nextMenu(
      (template) => byLabel(submenu(template[0]), 'Werkstatt schließen')?.enabled === false,
    );
    await call(backend, 'workspace:close', {});
    expect(recentLabels(await afterClose)).toEqual(['Aue']);
  });

  it('leaves the system’s recent documents alone on Linux, which has none', async () => {
    const backend = backendIn(freshDir());
    const listed = nextMenu((template) => recentLabels(template).includes('Zeitz'));
    keepApplicationMenuCurrent(backend, {
      platform: 'linux',
      openProjector: vi.fn(),
      openRecent: vi.fn(),
    });
    await call(backend, 'workspace:create', { name: 'Zeitz' });
    await listed;
    expect(electron.addRecentDocument).not.toHaveBeenCalled();
  });
});

describe('context menu', () => {
  const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const contents = () => ({
    replaceMisspelling: vi.fn(),
    session: { addWordToSpellCheckerDictionary: vi.fn() },
  });
  it('offers spelling suggestions and “Zum Wörterbuch hinzufügen” above the edit commands', () => {
    const target = contents();
    const template = contextMenuTemplate(
      {
        isEditable: true,
        selectionText: '',
        editFlags: { ...editFlags, canCut: false },
        misspelledWord: 'Bürgermeisster',
        dictionarySuggestions: ['Bürgermeister', 'Bürgermeisters'],
      } as never,
      target as never,
    );
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Bürgermeister',
      'Bürgermeisters',
      'Zum Wörterbuch hinzufügen',
      'separator',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'separator',
      'Alles auswählen',
    ]);
    expect(byLabel(template, 'Ausschneiden')).toMatchObject({ role: 'cut', enabled: false });
    click(template[0]);
    expect(target.replaceMisspelling).toHaveBeenCalledWith('Bürgermeister');
    click(byLabel(template, 'Zum Wörterbuch hinzufügen'));
    expect(target.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Bürgermeisster');
  });

  it('says when the checker has no suggestion', () => {
    const template = contextMenuTemplate(
      {
        isEditable: true,
        selectionText: '',
        editFlags,
        misspelledWord: 'Xqzt',
        dictionarySuggestions: [],
      } as never,
      contents() as never,
    );
    expect(template[0]).toEqual({ label: 'Keine Vorschläge', enabled: false });
  });

  it('offers only Kopieren for selected text outside a field, and nothing without a selection', () => {
    const params = { isEditable: false, editFlags, misspelledWord: '', dictionarySuggestions: [] };
    expect(
      contextMenuTemplate({ ...params, selectionText: 'Rufbus' } as never, contents() as never),
    ).toEqual([{ role: 'copy', label: 'Kopieren' }]);
    expect(
      contextMenuTemplate({ ...params, selectionText: ' ' } as never, contents() as never),
    ).toEqual([]);
  });

  it('pops up on a right click in any web contents, but not an empty one', () => {
    let onContextMenu: ((event: unknown, params: unknown) => void) | undefined;
    const target = {
      ...contents(),
      on: (name: string, listener: typeof onContextMenu) => {
        if (name === 'context-menu') onContextMenu = listener;
      },
    };
    attachContextMenu(target as never);
    const params = { editFlags, misspelledWord: '', dictionarySuggestions: [] };
    onContextMenu?.({}, { ...params, isEditable: false, selectionText: '' });
    expect(electron.popup).not.toHaveBeenCalled();
    onContextMenu?.({}, { ...params, isEditable: true, selectionText: '' });
    expect(electron.popup).toHaveBeenCalledOnce();
  });
});

describe('spell-checking without any download', () => {
  const session = () => ({
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  });

  it('is off on Linux, in the window and in the session (it would fetch dictionaries from Google)', () => {
    const linux = session();
    configureSpellchecker(linux as never, 'linux');
    expect(linux.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(mainWindowOptions('/app/preload.cjs', 'linux').webPreferences?.spellcheck).toBe(false);
  });

  it('checks German with the system’s checker on Windows and macOS', () => {
    const windows = session();
    configureSpellchecker(windows as never, 'win32');
    expect(windows.setSpellCheckerLanguages).toHaveBeenCalledWith(['de-DE']);
    expect(windows.setSpellCheckerEnabled).not.toHaveBeenCalled();
    const mac = session();
    configureSpellchecker(mac as never, 'darwin');
    expect(mac.setSpellCheckerEnabled).not.toHaveBeenCalled();
    for (const platform of ['win32', 'darwin'] as const) {
      expect(mainWindowOptions('/app/preload.cjs', platform).webPreferences?.spellcheck).toBe(true);
    }
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'points the dictionary download on %s at an address Chromium refuses to fetch',
    (platform) => {
      const target = session();
      configureSpellchecker(target as never, platform);
      expect(target.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
        noDictionaryDownloads,
      );
      expect(new URL(noDictionaryDownloads)).toMatchObject({ hostname: '127.0.0.1', port: '9' });
    },
  );
});
