// Small preferences in localStorage (per browser profile or Electron's app data). A damaged or
// missing entry, or storage switched off, only means the default applies.

export function readStored<T>(key: string, valid: (value: unknown) => boolean): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off: the preference lasts until the window closes.
  }
}
