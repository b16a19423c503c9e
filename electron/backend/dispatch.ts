// Validates a call against the contract, runs its handler and wraps the answer in the envelope.
import type { z } from 'zod';
import { contract, isMethodName } from '../../shared/contract';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import { AppFailure, errorMessages } from '../../shared/errors';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { runAs } from './caller';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** `caller` names the window that calls (see caller.ts); tests and the CLI leave it out. */
export type Dispatch = (
  method: string,
  input: unknown,
  caller?: string,
) => Promise<Result<unknown>>;

export interface DispatchLog {
  error(message: string, detail?: unknown): void;
}

export function createDispatcher(handlers: Handlers, log: DispatchLog): Dispatch {
  return async (method, rawInput, caller) => {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', errorMessages.UNKNOWN_METHOD);
    const parsed = contract[method].input.safeParse(rawInput);
    if (!parsed.success) return fail('INVALID_INPUT', describeInvalidInput(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return ok(await runAs(caller ?? null, () => handler(parsed.data)));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message);
      log.error(`Unerwarteter Fehler in ${method}`, error);
      return fail('INTERNAL', errorMessages.INTERNAL);
    }
  };
}

/** A German sentence naming the first few problems and where they are. */
export function describeInvalidInput(error: z.ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${issue.message} (Feld „${field}“)` : issue.message;
  });
  return `${errorMessages.INVALID_INPUT} ${problems.join('; ')}`;
}
