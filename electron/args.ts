// Command-line arguments shared by `npm start` (Electron), `npm run web` and the OS's double-click.

export interface LaunchArgs {
  /** A workspace file to open at start, as the OS passes it on double-click. */
  file?: string;
  /** Web host port; 0 or absent picks a free one. */
  port: number;
  /** Folder for new and listed workspaces in browser mode. */
  dir?: string;
  /** App data folder (backups, recent list); tests and portable set-ups point it elsewhere. */
  dataDir?: string;
  /** On a first start (nothing opened before) the demo Musterstadt opens; `--no-demo` prevents it. */
  demoOnFirstStart: boolean;
  /** `--participants ADDRESS`: participation from phones opens at start on this address. */
  participants?: string;
  /** `--participants-port N`: its port; 0 or absent picks a free one. */
  participantsPort: number;
}

export class ArgsError extends Error {}

export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const args: LaunchArgs = { port: 0, demoOnFirstStart: true, participantsPort: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--port' || arg === '--participants-port') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0 || value > 65535) {
        throw new ArgsError(`${arg} erwartet eine Portnummer zwischen 0 und 65535.`);
      }
      if (arg === '--port') args.port = value;
      else args.participantsPort = value;
    } else if (arg === '--participants') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) {
        throw new ArgsError('--participants erwartet eine IPv4-Adresse dieses Rechners.');
      }
      args.participants = value;
    } else if (arg === '--dir' || arg === '--data-dir') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new ArgsError(`${arg} erwartet einen Ordner.`);
      if (arg === '--dir') args.dir = value;
      else args.dataDir = value;
    } else if (arg === '--no-demo') {
      args.demoOnFirstStart = false;
    } else if (arg.startsWith('--')) {
      // Chromium and Electron add switches of their own (e.g. --no-sandbox); they are not ours.
      continue;
    } else if (!args.file && arg.endsWith('.werkstatt')) {
      args.file = arg;
    }
  }
  return args;
}
