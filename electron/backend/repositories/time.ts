// Timestamps as stored (ISO 8601 in UTC, sortable as text); days as the user's calendar shows them
// are in ../fileStamps.ts.
export const now = (): string => new Date().toISOString();
