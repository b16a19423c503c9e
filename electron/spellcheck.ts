// Spell-checking without any download. Windows and macOS check with the system's own checker
// (German on a German system, nothing fetched). Linux has no system checker Electron can use: it
// would download Hunspell dictionaries from a Google server at the first text field — unannounced
// traffic on a municipal network, and nothing at all offline — so there spell-checking is off.
import type { Session } from 'electron';

/** Whether the window checks spelling on `platform` (the system's checker is there). */
export const checksSpelling = (platform: NodeJS.Platform): boolean =>
  platform === 'win32' || platform === 'darwin';

/**
 * Where Chromium would fetch a Hunspell dictionary from: a port it refuses by itself (9 is on its
 * list of unsafe ports), so the request fails before leaving the machine. Windows falls back to
 * Hunspell for a language its checker lacks, say German on an English Windows without the
 * language pack; that fallback then stays without dictionary instead of downloading one.
 */
export const noDictionaryDownloads = 'http://127.0.0.1:9/';

export function configureSpellchecker(
  session: Pick<
    Session,
    'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
  >,
  platform: NodeJS.Platform,
): void {
  if (!checksSpelling(platform)) {
    session.setSpellCheckerEnabled(false);
  } else if (platform === 'win32') {
    // macOS's checker picks the language itself (these calls do nothing there).
    session.setSpellCheckerLanguages(['de-DE']);
  }
  session.setSpellCheckerDictionaryDownloadURL(noDictionaryDownloads);
}
