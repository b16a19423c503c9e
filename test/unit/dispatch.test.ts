import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { AppFailure } from '../../shared/errors';
import { createDispatcher } from '../../electron/backend/dispatch';
import type { Handlers } from '../../electron/backend/dispatch';
import { createBackend } from '../../electron/backend/backend';
import packageJson from '../../package.json';

const silent = { error: vi.fn() };
/** A dispatcher over just the handlers a test names; the others are absent on purpose. */
const only = (handlers: Partial<Handlers>) => handlers as unknown as Handlers;

describe('the contract', () => {
  it('documents every method with a doc line and a zod schema', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
      expect(spec.doc.length).toBeGreaterThan(5);
      expect(spec.input).toBeInstanceOf(z.ZodType);
    }
  });
});

describe('dispatch', () => {
  const backend = createBackend({ log: silent });

  it('answers app:info with the name and the version from package.json', async () => {
    expect(await backend.dispatch('app:info', {})).toEqual({
      ok: true,
      value: { name: 'Kommunalwerkstatt', version: packageJson.version },
    });
  });

  it('refuses an unknown method with UNKNOWN_METHOD and a German message', async () => {
    const result = await backend.dispatch('app:selfDestruct', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Diese Funktion gibt es nicht.' },
    });
  });

  it.each([
    ['an unexpected field', { extra: 1 }, 'Unbekannter Schlüssel'],
    ['a string instead of an object', 'hallo', 'Ungültige Eingabe'],
    ['null', null, 'Ungültige Eingabe'],
  ])('refuses %s with INVALID_INPUT naming the problem in German', async (_, input, words) => {
    const result = await backend.dispatch('app:info', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('Die Eingabe ist ungültig.');
    expect(result.error.message).toContain(words);
  });

  it('never runs the handler when the input is invalid', async () => {
    const handler = vi.fn(() => ({ name: 'x', version: '0' }));
    const dispatch = createDispatcher(only({ 'app:info': handler }), silent);
    await dispatch('app:info', { unexpected: true });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a handler’s AppFailure on with its code and message', async () => {
    const dispatch = createDispatcher(
      only({
        'app:info': () => {
          throw new AppFailure('NOT_FOUND', 'Die Werkstatt wurde nicht gefunden.');
        },
      }),
      silent,
    );
    expect(await dispatch('app:info', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Die Werkstatt wurde nicht gefunden.' },
    });
  });

  it('turns an unexpected exception into INTERNAL without leaking its text, and logs it', async () => {
    const log = { error: vi.fn() };
    const dispatch = createDispatcher(
      only({
        'app:info': () => {
          throw new Error('SQLITE_INTERNAL secret path /home/x');
        },
      }),
      log,
    );
    const result = await dispatch('app:info', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('secret');
    expect(log.error).toHaveBeenCalledOnce();
  });
});
