// Timestamps as stored: ISO 8601 in UTC, sortable as text.
export const now = (): string => new Date().toISOString();
