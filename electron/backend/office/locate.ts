// Where LibreOffice is on this machine, and a Python that can speak UNO to it: its own bundled
// Python (Windows, macOS, most Linux builds) or the system's with the `uno` module (Debian's
// python3-uno). Looked for once per run; absent, the export goes on without it.
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';

export interface Office {
  /** The `soffice` program. */
  soffice: string;
  /** A Python that can `import uno`. */
  python: string;
}

/** The program folders LibreOffice installs into, for each platform. */
function programFolders(): string[] {
  if (process.platform === 'win32') {
    const roots = [
      process.env.ProgramFiles,
      process.env['ProgramFiles(x86)'],
      process.env.LOCALAPPDATA,
    ];
    return roots.filter(Boolean).map((root) => path.join(root as string, 'LibreOffice', 'program'));
  }
  if (process.platform === 'darwin') {
    return ['/Applications/LibreOffice.app/Contents/MacOS'];
  }
  return [
    '/usr/lib/libreoffice/program',
    '/usr/lib64/libreoffice/program',
    '/opt/libreoffice/program',
  ];
}

const executable = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first candidate that exists: beside the programs, then on PATH. */
async function firstFound(candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
  return undefined;
}

const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((folder) => path.join(folder, executable(name)));

/** True when `python` can import LibreOffice's `uno` module. */
function speaksUno(python: string, programFolder: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      python,
      ['-c', 'import uno'],
      { timeout: 10_000, env: { ...process.env, ...unoEnvironment(programFolder) } },
      (error) => resolve(!error),
    );
  });
}

/** What a Python outside LibreOffice's folder needs to find the `uno` module and its libraries. */
export function unoEnvironment(programFolder: string): Record<string, string> {
  return {
    PYTHONPATH: [programFolder, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
  };
}

async function find(): Promise<Office | undefined> {
  const folders = programFolders();
  const soffice = await firstFound([
    ...folders.map((folder) => path.join(folder, executable('soffice'))),
    ...onPath('soffice'),
    ...onPath('libreoffice'),
  ]);
  if (!soffice) return undefined;
  const programFolder = path.dirname(soffice);
  const bundled = [
    path.join(programFolder, executable('python')),
    // macOS keeps the bundled Python beside the resources.
    path.join(programFolder, '..', 'Resources', 'python'),
  ];
  const system = process.platform === 'win32' ? [] : ['/usr/bin/python3', ...onPath('python3')];
  for (const python of [...bundled, ...system]) {
    if ((await isExecutable(python)) && (await speaksUno(python, programFolder))) {
      return { soffice, python };
    }
  }
  return undefined;
}

let found: Promise<Office | undefined> | undefined;

/** LibreOffice with a UNO-capable Python, or undefined; looked for once (KW_NO_OFFICE turns it off). */
export function locateOffice(): Promise<Office | undefined> {
  if (process.env.KW_NO_OFFICE) return Promise.resolve(undefined);
  found ??= find();
  return found;
}
