// The files an electron-builder configuration names, looked up the way electron-builder looks them
// up, so a test finds a missing icon before a packaging machine does (after minutes of download).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

type Options = Record<string, unknown>;

/** Option keys that name one file, in whichever section they appear (win, nsis, mac, dmg …). */
const fileKeys = new Set([
  'icon',
  'installerIcon',
  'uninstallerIcon',
  'installerHeader',
  'installerHeaderIcon',
  'installerSidebar',
  'uninstallerSidebar',
  'license',
  'include',
  'script',
  'background',
  'entitlements',
  'entitlementsInherit',
  'provisioningProfile',
]);

/** Option keys holding file patterns: strings, or `{ from, filter }` with patterns in `filter`. */
export const patternKeys = ['files', 'extraResources', 'extraFiles', 'asarUnpack'] as const;

export interface NamedFile {
  /** Where the configuration names it, e.g. "win.icon" or "fileAssociations[0].icon (macOS)". */
  option: string;
  /** As named there (for a file association's icon, with the extension electron-builder adds). */
  name: string;
  /** The paths electron-builder tries, in its order; the file is there when one exists. */
  candidates: string[];
}

/**
 * A resource as electron-builder's `getResource` finds it: in the build resources folder, else
 * relative to the project.
 */
const resource = (root: string, resources: string, name: string) => ({
  name,
  candidates: [path.resolve(resources, name), path.resolve(root, name)],
});

/** Every single file the configuration names (not the patterns). */
export function namedFiles(config: Options, root: string): NamedFile[] {
  const directories = (config.directories ?? {}) as Options;
  const resources = path.resolve(root, (directories.buildResources as string) ?? 'build');
  const named: NamedFile[] = [
    { option: 'directories.buildResources', name: resources, candidates: [resources] },
  ];
  const visit = (options: unknown, where: string) => {
    if (typeof options !== 'object' || options === null) return;
    for (const [key, value] of Object.entries(options)) {
      const option = where ? `${where}.${key}` : key;
      if (fileKeys.has(key) && typeof value === 'string') {
        named.push({ option, ...resource(root, resources, value) });
      } else if (typeof value === 'object') {
        visit(value, option);
      }
    }
  };
  for (const [key, value] of Object.entries(config)) {
    if (key !== 'fileAssociations' && key !== 'directories') visit({ [key]: value }, '');
  }
  // A file association's icon is named without extension: .icns on macOS, .ico on Windows
  // (builder-util's getPlatformIconFileName); Linux uses none.
  ((config.fileAssociations ?? []) as Options[]).forEach((association, index) => {
    const icon = (association.icon as string | undefined) ?? String(association.ext);
    for (const [system, extension] of [
      ['macOS', '.icns'],
      ['Windows', '.ico'],
    ] as const) {
      const name = path.extname(icon) ? icon.replace(/\.(ico|icns)$/, extension) : icon + extension;
      named.push({
        option: `fileAssociations[${index}].icon (${system})`,
        ...resource(root, resources, name),
      });
    }
  });
  return named;
}

/** "win.icon: assets/icon.ico" for each named file that is in neither place. */
export function missingFiles(config: Options, root: string): string[] {
  return namedFiles(config, root)
    .filter(({ candidates }) => !candidates.some((candidate) => existsSync(candidate)))
    .map(({ option, name }) => `${option}: ${name}`);
}

/** The patterns (not the exclusions) of `key` that match no file under the project. */
export function unmatchedPatterns(
  config: Options,
  root: string,
  key: (typeof patternKeys)[number],
): string[] {
  const entries = (config[key] ?? []) as (string | { from?: string; filter?: string | string[] })[];
  const unmatched: string[] = [];
  for (const entry of entries) {
    const from = typeof entry === 'string' ? '.' : (entry.from ?? '.');
    const filters = typeof entry === 'string' ? [entry] : [entry.filter ?? '**/*'].flat();
    for (const pattern of filters.filter((filter) => !filter.startsWith('!'))) {
      const cwd = path.resolve(root, from);
      const found = existsSync(cwd)
        ? globSync(pattern, { cwd, onlyFiles: true, followSymbolicLinks: true })
        : [];
      if (found.length === 0) unmatched.push(`${key}: ${path.join(from, pattern)}`);
    }
  }
  return unmatched;
}
