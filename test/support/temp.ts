// Temporary folders for tests, removed when the test (or, at file level, the file) is done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

export function tempDir(prefix = 'kw-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  // Inside a running test afterAll would never fire; there the test's own end cleans up.
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return dir;
}
