// Timestamps as stored (ISO 8601 in UTC, sortable as text) and days as the user's calendar shows them.
export const now = (): string => new Date().toISOString();

/** "YYYY-MM-DD" of a moment in local time, as the user's calendar shows it. */
export function localDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
