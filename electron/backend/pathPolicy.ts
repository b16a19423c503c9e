// Which files a request may name. Browser mode: only files inside the workspace and data folders
// (real paths: `..` and symlinks out are refused). Electron adds the files the user chose in main's
// own dialogs. Both add what the user named himself at launch and workspaces opened before.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { AppFailure } from '../../shared/errors';
import type { MethodName, ParsedInput } from '../../shared/contract';
import type { Handler, Handlers } from './dispatch';

/** `read`: an existing file is opened; `write`: a file is created or replaced there. */
export type PathUse = 'read' | 'write';

export interface PathPolicyOptions {
  /** The folders every path may lie in: the workspace folder and the data folder. */
  folders: () => string[];
  /** Files the app opened before at the user's request (the recent list): readable wherever they are. */
  known: () => Promise<string[]>;
}

export class PathPolicy {
  private readonly granted = new Set<string>();

  constructor(private readonly options: PathPolicyOptions) {}

  /** A file the user named himself: chosen in a system dialog or given on the command line. */
  grant(file: string): void {
    this.granted.add(path.resolve(file));
  }

  /** The path to use for `file`, or a PATH_NOT_ALLOWED failure saying why not. */
  async confine(file: string, use: PathUse): Promise<string> {
    if (file.includes('\0')) throw refused('Der Dateipfad enthält ein unzulässiges Zeichen.');
    if (!path.isAbsolute(file)) throw refused('Bitte einen vollständigen Dateipfad angeben.');
    if (file.split(/[\\/]/).includes('..'))
      throw refused('Der Dateipfad darf nicht mit „..“ aus einem Ordner herausführen.');
    const resolved = path.resolve(file);
    if (this.granted.has(resolved)) return resolved;
    if (use === 'read' && (await this.options.known()).some((known) => known === resolved))
      return resolved;
    const real = await realPathOf(resolved);
    for (const folder of this.options.folders()) {
      const root = await realPathOf(path.resolve(folder));
      if (real.startsWith(root + path.sep)) return real;
    }
    throw refused();
  }
}

/** The contract fields that name a file, and what the method does with it. */
export const pathFields = {
  'workspace:create': 'write',
  'workspace:open': 'read',
  'plan:export': 'write',
  'reviews:export': 'write',
  'library:exportCsv': 'write',
  'exchange:export': 'write',
  'exchange:preview': 'read',
  'exchange:import': 'read',
  'statistics:preview': 'read',
  'statistics:import': 'read',
  'backups:list': 'read',
  // `copy` writes beside the named file.
  'backups:restore': 'write',
} as const satisfies Partial<Record<MethodName, PathUse>>;

/** Wraps the handlers that take a `path` so each path passes the policy before the handler runs. */
export function confinePaths(handlers: Handlers, policy: PathPolicy): Handlers {
  const confined = { ...handlers };
  for (const [method, use] of Object.entries(pathFields) as [keyof typeof pathFields, PathUse][]) {
    const handler = handlers[method] as Handler<typeof method>;
    (confined as Record<string, unknown>)[method] = async (input: ParsedInput<typeof method>) =>
      handler(
        input.path === undefined
          ? input
          : { ...input, path: await policy.confine(input.path, use) },
      );
  }
  return confined;
}

const refused = (message?: string) => new AppFailure('PATH_NOT_ALLOWED', message);

/** The real path, following symlinks as far as the path exists (a new file's folder, say). */
async function realPathOf(file: string): Promise<string> {
  const missing: string[] = [];
  let existing = file;
  for (;;) {
    try {
      return path.join(await realpath(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return file;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}
