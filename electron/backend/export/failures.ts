// Why a file for the user (Werkstattplan, project file, CSV) could not be written, in words a
// person can act on.
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';

const quoted = (file: string) => `„${path.basename(file)}“`;

/**
 * The typed failure for writing `target`; unknown errors become EXPORT_FAILED with the target
 * named. `what` names the document in a sentence: "Der Werkstattplan", "Die Projektdatei".
 */
export function writeFailure(error: unknown, target: string, what: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const name = quoted(target);
  const folder = `„${path.dirname(target)}“`;
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      return new AppFailure(
        'EXPORT_READ_ONLY',
        `${what} kann nicht als ${name} gespeichert werden: Der Ordner ${folder} ist schreibgeschützt. Bitte wählen Sie einen anderen Ordner. Es wurde nichts geschrieben.`,
      );
    case 'EBUSY':
    case 'EPERM':
      // Windows answers a rename over a file Word holds open with EPERM or EBUSY.
      return new AppFailure(
        'EXPORT_LOCKED',
        `${name} ist gesperrt, vermutlich noch in Word, Excel oder einem anderen Programm geöffnet. Bitte schließen Sie die Datei dort oder wählen Sie einen anderen Namen. Es wurde nichts geschrieben.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppFailure(
        'EXPORT_FAILED',
        `Den Ordner ${folder} gibt es nicht (mehr). Ist der Datenträger (z. B. USB-Stick oder Netzlaufwerk) noch verbunden? Es wurde nichts geschrieben.`,
      );
    case 'EISDIR':
      return new AppFailure(
        'EXPORT_FAILED',
        `${name} ist ein Ordner. Bitte wählen Sie einen Dateinamen. Es wurde nichts geschrieben.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure(
        'EXPORT_FAILED',
        `Auf dem Datenträger ist nicht genug Platz für ${name}. Es wurde nichts geschrieben.`,
      );
    case 'ENAMETOOLONG':
      return new AppFailure('EXPORT_FAILED', `Der Dateiname ${name} ist zu lang.`);
    default:
      return new AppFailure(
        'EXPORT_FAILED',
        `${what} konnte nicht als ${name} gespeichert werden. Es wurde nichts geschrieben.`,
      );
  }
}

export const exportFailure = (error: unknown, target: string): AppFailure =>
  writeFailure(error, target, 'Der Werkstattplan');
