// Maps SQLite and file-system failures to the contract's typed errors with a German message.
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';

const quoted = (file: string) => `„${path.basename(file)}“`;

/** The typed failure for a known error, or undefined for one that is a bug (logged as INTERNAL). */
export function failureFor(error: unknown, file: string): AppFailure | undefined {
  if (error instanceof AppFailure) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const name = quoted(file);
  if (
    code === 'SQLITE_BUSY' ||
    code.startsWith('SQLITE_LOCKED') ||
    code.startsWith('SQLITE_BUSY_')
  ) {
    return new AppFailure(
      'WORKSPACE_LOCKED',
      `Diese Werkstatt ist bereits geöffnet (${name}, in einem anderen Fenster oder auf einem anderen Rechner). Bitte schließen Sie sie dort und versuchen Sie es erneut.`,
    );
  }
  // Handlers check every reference first; this is the net under a check that was forgotten.
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppFailure(
      'NOT_FOUND',
      'Einen Eintrag, auf den sich die Änderung bezieht, gibt es nicht mehr. Es wurde nichts geändert.',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return damaged(file);
  }
  if (code === 'ENAMETOOLONG') {
    return new AppFailure(
      'NAME_TOO_LONG',
      `Der Name oder Pfad von ${name} ist für das Dateisystem zu lang (höchstens 255 Bytes je Name, 4.095 Bytes für den ganzen Pfad). Bitte wählen Sie einen kürzeren Namen.`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppFailure(
      'DISK_FULL',
      'Der Speicherplatz ist voll. Die letzte Änderung wurde nicht gespeichert, alles davor ist sicher. Bitte schaffen Sie Platz und versuchen Sie es erneut.',
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EACCES' ||
    code === 'EROFS' ||
    code === 'EPERM'
  ) {
    return readOnly(file);
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') {
    return new AppFailure(
      'IO_ERROR',
      `${name} konnte nicht gelesen oder geschrieben werden. Ist der Datenträger (z. B. USB-Stick oder Netzlaufwerk) noch verbunden?`,
    );
  }
  return undefined;
}

export function rethrowAsFailure(error: unknown, file: string): never {
  throw failureFor(error, file) ?? error;
}

export const damaged = (file: string) =>
  new AppFailure(
    'WORKSPACE_DAMAGED',
    `Die Werkstatt ${quoted(file)} ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert. Sie können eine Sicherung wiederherstellen.`,
  );

export const readOnly = (file: string) =>
  new AppFailure(
    'WORKSPACE_READ_ONLY',
    `Die Werkstatt ${quoted(file)} liegt an einem schreibgeschützten Ort und kann nicht bearbeitet werden. Bitte kopieren Sie sie in einen Ordner, in dem Sie speichern dürfen.`,
  );

export const missing = (file: string) =>
  new AppFailure('WORKSPACE_MISSING', `Die Datei ${quoted(file)} wurde nicht gefunden.`);

export const notAWorkspace = (file: string, detail: string) =>
  new AppFailure(
    'NOT_A_WORKSPACE',
    `${quoted(file)} ist keine Kommunalwerkstatt-Datei (${detail}).`,
  );

export const tooNew = (file: string, fileVersion: number, appVersion: number) =>
  new AppFailure(
    'WORKSPACE_TOO_NEW',
    `Die Werkstatt ${quoted(file)} wurde mit einer neueren Version von Kommunalwerkstatt gespeichert (Dateiformat ${fileVersion}, diese Version kennt bis ${appVersion}). Bitte aktualisieren Sie Kommunalwerkstatt; die Datei bleibt unverändert.`,
  );

export const alreadyExists = (file: string) =>
  new AppFailure(
    'WORKSPACE_EXISTS',
    `Die Datei ${quoted(file)} gibt es dort bereits. Bitte wählen Sie einen anderen Namen.`,
  );

export const openHere = (file: string) =>
  new AppFailure(
    'WORKSPACE_LOCKED',
    `Diese Werkstatt ist bereits geöffnet (${quoted(file)}, in diesem Fenster).`,
  );
