// A statistics download as the import gets it: read from disk (Electron's dialog, the CLI) or
// decoded from the browser's base64, with its size capped before the parser sees a byte.
import path from 'node:path';
import { AppFailure, errorMessages } from '../../../shared/errors';
import { statisticsMaxBytes } from '../../../shared/statistics';
import { readCapped } from '../cappedRead';

export interface StatisticsSource {
  path?: string;
  contentBase64?: string;
  fileName?: string;
}

export interface Download {
  bytes: Uint8Array;
  /** The download's own name: it may carry the table code ("12411-01-01-4_flat.csv"). */
  fileName: string;
}

const tooLarge = () =>
  new AppFailure(
    'STATISTICS_TOO_LARGE',
    `Die Datei ist größer als ${statisticsMaxBytes / 1024 / 1024} MB. ${errorMessages.STATISTICS_TOO_LARGE}`,
  );

export async function readDownload(source: StatisticsSource): Promise<Download> {
  if (source.contentBase64 !== undefined) {
    // 4 base64 characters carry 3 bytes: the size is known before decoding.
    if ((source.contentBase64.length / 4) * 3 > statisticsMaxBytes + 3) throw tooLarge();
    return {
      bytes: new Uint8Array(Buffer.from(source.contentBase64, 'base64')),
      fileName: source.fileName ?? 'statistik.csv',
    };
  }
  const file = path.resolve(source.path ?? '');
  const bytes = await readCapped(file, {
    maxBytes: statisticsMaxBytes,
    tooLarge,
    notAFile: (name) =>
      new AppFailure(
        'STATISTICS_UNREADABLE',
        `${name} ist keine Datei. Es wurde nichts importiert.`,
      ),
  });
  return { bytes: new Uint8Array(bytes), fileName: source.fileName ?? path.basename(file) };
}
