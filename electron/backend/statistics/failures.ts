// How the statistics parser refuses a file: one of its error codes, the reason and, where known,
// the line, followed by the code's general advice.
import { AppFailure, errorMessages } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';

export type StatisticsErrorCode = Extract<ErrorCode, `STATISTICS_${string}`>;

export function refuse(code: StatisticsErrorCode, reason: string, line?: number): never {
  const where = line === undefined ? '' : `Zeile ${line.toLocaleString('de-DE')}: `;
  throw new AppFailure(code, `${where}${reason} ${errorMessages[code]}`);
}

/** A cell as quoted in a message: on one line, trimmed, cut after 40 characters. */
export function quoted(cell: string): string {
  const text = cleanText(cell, { multiLine: false }).trim();
  return `„${text.length > 40 ? `${text.slice(0, 40)}…` : text}“`;
}
