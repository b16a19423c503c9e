// A migration: one schema version, pure SQL, applied inside the runner's transaction.

export interface Migration {
  /** The user_version the file has after this migration. */
  version: number;
  /** Why it exists, in a few words. */
  name: string;
  sql: string;
}
