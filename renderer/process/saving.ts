// Saving from the process screens: one call per field, its answer applied, its failure as the
// German sentence shown beside the field.
import type { AppError, Result } from '../../shared/result';
import { errorMessages } from '../../shared/errors';

/**
 * A failure as shown beside its field: the field is plain there, so the general opening ("Die
 * Eingabe ist ungültig.") and the pointer to the contract's field name go.
 */
export function fieldMessage(error: AppError): string {
  if (error.code !== 'INVALID_INPUT') return error.message;
  const message = error.message
    .replace(errorMessages.INVALID_INPUT, '')
    .replace(/ \(Feld „[^“]*“\)/g, '')
    .trim();
  return message || error.message;
}

/** Runs a call and hands its value on; resolves to the message for the field, or undefined. */
export async function saveWith<T>(
  call: Promise<Result<T>>,
  apply: (value: T) => void,
): Promise<string | undefined> {
  const result = await call;
  if (!result.ok) return fieldMessage(result.error);
  apply(result.value);
  return undefined;
}
