// A real backend on temporary folders, and typed calls that fail loudly when the envelope is not ok.
import path from 'node:path';
import { afterEach, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Backend, BackendOptions } from '../../electron/backend/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';

export function testBackend(dir: string, options: BackendOptions = {}): Backend {
  return createBackend({
    dataDir: path.join(dir, 'data'),
    workspaceFolder: path.join(dir, 'werkstaetten'),
    log: { error: vi.fn() },
    // The folder around the backend's (a test file's temp folder, holding every folder its tests
    // make) stands for the user's folders: files the tests name lie there.
    extraFolders: [path.dirname(dir)],
    // LibreOffice's pass takes seconds an export; the tests that look at it switch it on.
    office: false,
    ...options,
  });
}

export async function call<M extends MethodName>(
  backend: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = (await backend.dispatch(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function callFailing(backend: Backend, method: MethodName, input: unknown) {
  const result = await backend.dispatch(method, input);
  if (result.ok)
    throw new Error(`${method} sollte scheitern, lieferte aber ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A factory of test backends that are all closed after each test (releasing their files). */
export function closedAfterEach(): (dir: string, options?: BackendOptions) => Backend {
  const open: Backend[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()?.close();
  });
  return (dir, options) => {
    const backend = testBackend(dir, options);
    open.push(backend);
    return backend;
  };
}
