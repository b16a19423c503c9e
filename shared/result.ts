// The envelope every contract call answers with, over IPC and HTTP alike.
import type { ErrorCode } from './errors';

export interface AppError {
  /** Stable, for code: branch on this, never on the message. */
  code: ErrorCode;
  /** German, for a person: shown to the user as it is. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
