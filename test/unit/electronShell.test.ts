// The Electron shell's logic under a mocked 'electron' (its binary cannot be had on these machines).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  openExternal: vi.fn(),
  exposeInMainWorld: vi.fn(),
  ipcInvoke: vi.fn(),
  ipcOn: vi.fn(),
  ipcRemoveListener: vi.fn(),
  showSaveDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  // No window is open: the dialogs come without a parent.
  BrowserWindow: Object.assign(vi.fn(), { getFocusedWindow: () => null, getAllWindows: () => [] }),
  dialog: { showSaveDialog: electron.showSaveDialog },
  shell: { openExternal: electron.openExternal },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.ipcInvoke,
    on: electron.ipcOn,
    removeListener: electron.ipcRemoveListener,
  },
}));

const { mainWindowOptions, hardenWebContents, isSafeExternalUrl } =
  await import('../../electron/window');
const { bindContract, isTrustedSender } = await import('../../electron/ipc');
const { menuTemplate } = await import('../../electron/menu');
const { electronPlatform } = await import('../../electron/dialogs');
const { createBackend } = await import('../../electron/backend/backend');
const { methodNames } = await import('../../shared/contract');

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  let permissionHandler:
    ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((c: unknown, p: string, origin: string) => boolean) | undefined;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    session: {
      setPermissionRequestHandler: (handler: typeof permissionHandler) =>
        (permissionHandler = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
    },
    navigate(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
    askPermission(permission: string) {
      let granted: boolean | undefined;
      permissionHandler?.(null, permission, (value) => (granted = value));
      return granted;
    },
    checkPermission: (permission: string) =>
      permissionCheck?.(null, permission, 'app://kommunalwerkstatt'),
  };
}

beforeEach(() => vi.clearAllMocks());

describe('main window options', () => {
  const { webPreferences } = mainWindowOptions('/app/preload.cjs');

  it('isolates the renderer from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('navigation guard', () => {
  const contents = fakeWebContents();
  hardenWebContents(contents as never);

  it('lets the app move within its own origin', () => {
    expect(contents.navigate('will-navigate', 'app://kommunalwerkstatt/index.html')).toBe(false);
  });

  it.each([
    'https://example.org/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    expect(contents.navigate('will-navigate', url)).toBe(true);
    expect(contents.navigate('will-redirect', url)).toBe(true);
  });

  it('denies window.open and hands https links to the system browser', () => {
    expect(contents.open('https://www.demografie-portal.de/')).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.demografie-portal.de/');
  });

  it.each(['http://example.org/', 'file:///C:/Windows', 'smb://server/share', 'nonsense'])(
    'never opens %s anywhere',
    (url) => {
      expect(contents.open(url)).toEqual({ action: 'deny' });
      expect(electron.openExternal).not.toHaveBeenCalled();
    },
  );

  it('grants no permission (camera, geolocation, notifications …)', () => {
    expect(contents.askPermission('media')).toBe(false);
    expect(contents.askPermission('geolocation')).toBe(false);
  });

  it('allows full screen, for the presentation, and nothing else', () => {
    expect(contents.askPermission('fullscreen')).toBe(true);
    expect(contents.checkPermission('fullscreen')).toBe(true);
  });

  it.each(['clipboard-read', 'media', 'hid', 'usb', 'serial', 'notifications', 'geolocation'])(
    'answers a permission check for %s with no',
    (permission) => {
      expect(contents.checkPermission(permission)).toBe(false);
    },
  );

  it('treats only https as a safe external URL', () => {
    expect(isSafeExternalUrl('https://a.de')).toBe(true);
    expect(isSafeExternalUrl('http://a.de')).toBe(false);
  });
});

describe('IPC binding', () => {
  function bind() {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
    const ipcMain = { handle: (channel: string, handler: never) => handlers.set(channel, handler) };
    const backend = createBackend({ log: { error: vi.fn() } });
    const sent: unknown[][] = [];
    bindContract(
      ipcMain as never,
      backend,
      () => [{ send: (...args: unknown[]) => sent.push(args) }] as never,
    );
    return { handlers, backend, sent };
  }

  it('binds exactly the contract methods', () => {
    expect([...bind().handlers.keys()].sort()).toEqual([...methodNames].sort());
  });

  it('answers calls from the app’s own frame', async () => {
    const { handlers } = bind();
    const result = await handlers.get('app:info')?.(
      { senderFrame: { url: 'app://kommunalwerkstatt/index.html' }, sender: { id: 3 } },
      {},
    );
    expect(result).toMatchObject({ ok: true, value: { name: 'Kommunalwerkstatt' } });
  });

  it('knows each window by its own name, so it tells its changes from other windows’', async () => {
    const { handlers } = bind();
    const frame = { url: 'app://kommunalwerkstatt/index.html' };
    const ask = (id: number) =>
      handlers.get('app:client')?.({ senderFrame: frame, sender: { id } }, {});
    expect(await ask(3)).toEqual({ ok: true, value: { clientId: 'window-3' } });
    expect(await ask(4)).toEqual({ ok: true, value: { clientId: 'window-4' } });
  });

  it.each([
    null,
    { url: 'https://evil.example/' },
    { url: 'file:///x.html' },
    { url: 'not a url' },
  ])('refuses a call from a foreign sender frame (%j)', async (frame) => {
    const { handlers } = bind();
    const result = await handlers.get('app:info')?.({ senderFrame: frame }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('validates the input before the handler runs, like the web host', async () => {
    const { handlers } = bind();
    const result = await handlers.get('app:info')?.(
      { senderFrame: { url: 'app://kommunalwerkstatt/' }, sender: { id: 3 } },
      { injected: true },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('forwards backend events on prefixed channels', () => {
    const { backend, sent } = bind();
    backend.events.emit('menu:command', { command: 'about' });
    expect(sent).toEqual([['event:menu:command', { command: 'about' }]]);
  });

  it('recognises the app origin only', () => {
    expect(isTrustedSender({ url: 'app://kommunalwerkstatt/index.html' } as never)).toBe(true);
    expect(isTrustedSender({ url: 'app://kommunalwerkstatt.evil/index.html' } as never)).toBe(
      false,
    );
  });
});

describe('menu', () => {
  it('is German, with Datei, Bearbeiten, Ansicht, Hilfe and the usual shortcuts', () => {
    const send = vi.fn();
    const template = menuTemplate(send, false);
    expect(template.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    const edit = template[1]?.submenu as {
      label?: string;
      accelerator?: string;
      click?: () => void;
    }[];
    expect(edit.find((item) => item.label === 'Rückgängig')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(edit.find((item) => item.label === 'Wiederholen')?.accelerator).toBe('Ctrl+Y');
    const help = template[3]?.submenu as { label?: string; click?: () => void }[];
    help.find((item) => item.label === 'Über Kommunalwerkstatt')?.click?.();
    expect(send).toHaveBeenCalledWith('about');
  });

  it('names what undo and redo would do, and greys them out when there is nothing', () => {
    const edit = (history: { undoLabel: string | null; redoLabel: string | null }) =>
      menuTemplate(vi.fn(), false, { history })[1]?.submenu as {
        label?: string;
        enabled?: boolean;
      }[];
    const some = edit({ undoLabel: 'Idee anlegen', redoLabel: null });
    expect(some[0]).toMatchObject({ label: 'Rückgängig: Idee anlegen', enabled: true });
    expect(some[1]).toMatchObject({ label: 'Wiederholen', enabled: false });
  });

  it('opens the projector window from Ansicht', () => {
    const openProjector = vi.fn();
    const view = menuTemplate(vi.fn(), false, { openProjector })[2]?.submenu as {
      label?: string;
      click?: () => void;
    }[];
    view.find((item) => item.label === 'Projektorfenster')?.click?.();
    expect(openProjector).toHaveBeenCalledOnce();
  });

  it('adds the app menu on macOS', () => {
    expect(menuTemplate(vi.fn(), true)[0]?.role).toBe('appMenu');
  });
});

describe('native dialogs', () => {
  const platform = electronPlatform(() => '/home/berater/Dokumente/Kommunalwerkstatt', vi.fn());

  it('asks where the CSV table goes, in the workspace folder, as a CSV file', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/Aue.csv' });
    expect(await platform.pickPath?.('saveTable', 'Aue – Projektbibliothek.csv')).toBe(
      '/tmp/Aue.csv',
    );
    expect(electron.showSaveDialog).toHaveBeenCalledWith({
      title: 'Tabelle speichern',
      defaultPath: '/home/berater/Dokumente/Kommunalwerkstatt/Aue – Projektbibliothek.csv',
      filters: [{ name: 'CSV-Tabelle (Excel)', extensions: ['csv'] }],
    });
  });

  it('answers null when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await platform.pickPath?.('saveTable')).toBeNull();
  });
});

describe('preload', () => {
  it('exposes exactly invoke and on under window.kommunalwerkstatt', async () => {
    await import('../../electron/preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, bridge] = electron.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(key).toBe('kommunalwerkstatt');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('shell:exec', () => {})).toThrow();
    const off = on('menu:command', () => {});
    expect(electron.ipcOn).toHaveBeenCalledWith('event:menu:command', expect.any(Function));
    off();
    expect(electron.ipcRemoveListener).toHaveBeenCalledWith(
      'event:menu:command',
      expect.any(Function),
    );
  });
});
