// Dates in file names and the days of backup rotation: always the user's local time, one format
// ("2026-12-06 14-05"), so a file made at 00:30 carries the day the user's calendar shows.

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "2026-12-06": the local calendar day of a moment. */
export function localDay(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "2026-12-06 14-05": the local minute, in the names of files written for the user. */
export function fileStamp(moment: Date): string {
  return `${localDay(moment)} ${pad(moment.getHours())}-${pad(moment.getMinutes())}`;
}

/**
 * "2026-12-06 14-05-33-123 +0100": the same stamp to the millisecond with the UTC offset, for
 * names that must sort and say the exact moment (backups). Without the offset the hour repeated
 * when summer time ends would be ambiguous.
 */
export function preciseFileStamp(moment: Date): string {
  const offset = -moment.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${fileStamp(moment)}-${pad(moment.getSeconds())}-${pad(moment.getMilliseconds(), 3)} ${sign}${hours}${minutes}`;
}

/** The moment a `preciseFileStamp` names, or undefined when `text` is none. */
export function parsePreciseFileStamp(text: string): Date | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d) (\d\d)-(\d\d)-(\d\d)-(\d{3}) ([+-])(\d\d)(\d\d)$/.exec(
    text,
  );
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds, millis, sign, offsetHours, offsetMinutes] =
    match.slice(1);
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(millis),
  );
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return new Date(local - offset * 60_000);
}
