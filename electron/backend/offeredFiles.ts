// Files the app wrote for the user in this session (exports). Each gets an opaque handle: the
// browser mode downloads and Electron opens exactly these, by handle, never by a path the renderer names.
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export class OfferedFiles {
  private readonly byHandle = new Map<string, string>();
  private readonly byFile = new Map<string, string>();

  /** Offers `file` and answers its handle (the same one when it is offered again). */
  offer(file: string): string {
    const resolved = path.resolve(file);
    const known = this.byFile.get(resolved);
    if (known) return known;
    const handle = randomBytes(18).toString('base64url');
    this.byHandle.set(handle, resolved);
    this.byFile.set(resolved, handle);
    return handle;
  }

  has(file: string): boolean {
    return this.byFile.has(path.resolve(file));
  }

  /** The offered file behind a handle, or undefined for anything not handed out. */
  fileOf(handle: string): string | undefined {
    return this.byHandle.get(handle);
  }
}
