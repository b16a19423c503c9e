// File names carry the minute they were written in: what a test may expect of a name made during
// an action, whichever side of a minute's turn the action fell on.
import { fileStamp } from '../../electron/backend/fileStamps';

/** The action's value and the stamps ("2026-12-06 14-05") a name made during it may carry. */
export async function stampedDuring<T>(action: () => Promise<T>): Promise<[T, string[]]> {
  const before = fileStamp(new Date());
  const value = await action();
  return [value, [...new Set([before, fileStamp(new Date())])]];
}
