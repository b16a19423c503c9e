// Child processes for durability tests: workspaceChild.ts bundled with esbuild and run under plain node.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Bundles test/support/workspaceChild.ts into test-results/ (inside the project, so
 * better-sqlite3 resolves from node_modules); returns the .cjs path and a function removing it.
 */
export async function buildWorkspaceChild(): Promise<{ bundle: string; remove: () => void }> {
  const folder = path.join(root, 'test-results', 'children', randomUUID());
  mkdirSync(folder, { recursive: true });
  const bundle = path.join(folder, 'workspaceChild.cjs');
  await build({
    entryPoints: [path.join(root, 'test', 'support', 'workspaceChild.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    // Native modules load from node_modules, as in the app's own bundles (scripts/build.mjs).
    external: ['better-sqlite3', '@resvg/resvg-js'],
    logLevel: 'warning',
  });
  return { bundle, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Call at module level: builds the workspace child before the file's tests, removes it after. */
export function workspaceChildForTests(): () => string {
  let child: Awaited<ReturnType<typeof buildWorkspaceChild>> | undefined;
  beforeAll(async () => {
    child = await buildWorkspaceChild();
  });
  afterAll(() => child?.remove());
  return () => {
    if (!child) throw new Error('Der Kindprozess ist noch nicht gebaut.');
    return child.bundle;
  };
}

/** A running child; `lines` collects complete stdout lines as they arrive. */
export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  stderr: () => string;
  /** Resolves with the exit code (null) and signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Calls `listener` for each complete stdout line, including those already received. */
  onLine(listener: (line: string) => void): void;
}

export function startChild(bundle: string, args: string[]): RunningChild {
  const child = spawn(process.execPath, [bundle, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
  });
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    // A line cut off by the kill has no newline and is never counted.
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    lines,
    stderr: () => stderr,
    exited,
    onLine(listener) {
      for (const line of lines) listener(line);
      listeners.push(listener);
    },
  };
}

/** Runs a child to its end and returns its stdout lines; rejects when it exits non-zero. */
export async function runChild(bundle: string, args: string[]): Promise<string[]> {
  const child = startChild(bundle, args);
  const { code, signal } = await child.exited;
  if (code !== 0) {
    throw new Error(`Kindprozess endete mit ${code ?? signal}: ${child.stderr()}`);
  }
  return child.lines;
}
