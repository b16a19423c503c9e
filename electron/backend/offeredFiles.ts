// Files the app wrote for the user in this session (exported Werkstattpläne). The browser mode
// may hand out exactly these as downloads, nothing else from the disk.
import path from 'node:path';

export class OfferedFiles {
  private readonly files = new Set<string>();

  offer(file: string): void {
    this.files.add(path.resolve(file));
  }

  has(file: string): boolean {
    return this.files.has(path.resolve(file));
  }
}
