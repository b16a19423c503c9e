// The "Zuletzt geöffnet" list: an app setting, not workspace data, kept in the data folder.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecentWorkspace } from '../../../shared/contract';

const maxEntries = 10;

export class RecentList {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'zuletzt-geoeffnet.json');
  }

  async list(): Promise<RecentWorkspace[]> {
    const entries = await this.read();
    return entries.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  async add(file: string, name: string): Promise<void> {
    const resolved = path.resolve(file);
    const entries = (await this.read()).filter((entry) => entry.path !== resolved);
    entries.unshift({ path: resolved, name, openedAt: new Date().toISOString() });
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify(entries.slice(0, maxEntries), null, 2));
    await rename(temporary, this.file);
  }

  private async read(): Promise<Omit<RecentWorkspace, 'exists'>[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }
}

function isEntry(value: unknown): value is Omit<RecentWorkspace, 'exists'> {
  const entry = value as Record<string, unknown>;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.path === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.openedAt === 'string'
  );
}
