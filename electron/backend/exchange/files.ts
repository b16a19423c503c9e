// Project files read with their size checked before anything is parsed.
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';
import { exchangeMaxBytes } from '../../../shared/library';
import { readCapped } from '../cappedRead';

export const tooLarge = () =>
  new AppFailure(
    'EXCHANGE_TOO_LARGE',
    `Die Projektdatei ist größer als ${exchangeMaxBytes / 1000 / 1000} MB und wird nicht gelesen. Es wurde nichts importiert.`,
  );

/**
 * The text of a project file: given as `content` (the browser's upload) or read from `path`. The
 * size is checked before anything is read or parsed; the bytes must be UTF-8.
 */
export async function readExchangeText(source: {
  path?: string;
  content?: string;
}): Promise<string> {
  if (source.content !== undefined) {
    if (Buffer.byteLength(source.content, 'utf8') > exchangeMaxBytes) throw tooLarge();
    return source.content;
  }
  const file = path.resolve(source.path ?? '');
  const bytes = await readCapped(file, {
    maxBytes: exchangeMaxBytes,
    tooLarge,
    notAFile: (name) =>
      new AppFailure('EXCHANGE_INVALID', `${name} ist keine Datei. Es wurde nichts importiert.`),
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppFailure(
      'EXCHANGE_INVALID',
      `„${path.basename(file)}“ ist keine Textdatei in UTF-8 und damit keine Projektdatei. Es wurde nichts importiert.`,
    );
  }
}
