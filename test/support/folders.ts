// Fresh folders for tests, all inside one temporary folder per test file. tempDir() registers its
// cleanup with afterAll, which vitest never runs when it is called inside a running test, so tests
// take their folders from here and only the module-level call reaches tempDir().
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

/** Call at module level; returns a function that makes a new empty folder on each call. */
export function freshFolders(prefix = 'kw-'): () => string {
  const root = tempDir(prefix);
  return () => mkdtempSync(path.join(root, 'test-'));
}
