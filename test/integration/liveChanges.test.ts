// Every committed change is pushed to every window: counted in order, named with the window that
// made it, carrying the board's rows as they now are. Real files, a real web host and its stream.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { startWebHost } from '../../electron/web/server';
import type { WorkspaceChange } from '../../shared/events';
import { call, closedAfterEach } from '../support/backend';
import { freshFolders } from '../support/folders';
import { rawRequest } from '../support/http';

const freshDir = freshFolders('kw-live-');
const backendIn = closedAfterEach();

function listen(backend: Backend): WorkspaceChange[] {
  const heard: WorkspaceChange[] = [];
  backend.events.subscribe((event, payload) => {
    if (event === 'workspace:changed') heard.push(payload as WorkspaceChange);
  });
  return heard;
}

async function withWorkspace() {
  const backend = backendIn(freshDir());
  await call(backend, 'workspace:create', { name: 'Aue' });
  return backend;
}

describe('workspace:changed', () => {
  it('counts every commit, undo and redo included, from where board:load stands', async () => {
    const backend = await withWorkspace();
    const heard = listen(backend);
    const start = (await call(backend, 'board:load', {})).sync;
    const created = await call(backend, 'ideas:create', { text: 'Bänke', phase: 'kritik' });
    await call(backend, 'history:undo', {});
    await call(backend, 'history:redo', {});
    expect(heard.map((change) => change.revision)).toEqual([
      start.revision + 1,
      start.revision + 2,
      start.revision + 3,
    ]);
    expect(heard.every((change) => change.epoch === start.epoch)).toBe(true);
    expect(heard.map((change) => change.label)).toEqual([
      'Idee anlegen',
      'Idee anlegen',
      'Idee anlegen',
    ]);
    // The pushed rows are the rows the caller got back.
    expect(heard[0]?.patch).toEqual(created.patch);
    expect(heard[1]?.patch.removedIdeaIds).toEqual([created.patch.ideas[0]?.id]);
    expect((await call(backend, 'board:load', {})).sync.revision).toBe(start.revision + 3);
  });

  it('names the calling window, and no window for calls from elsewhere', async () => {
    const backend = await withWorkspace();
    const heard = listen(backend);
    await backend.dispatch('ideas:create', { text: 'Aus Tab A', phase: 'kritik' }, 'tab-a');
    await backend.dispatch('history:undo', {}, 'window-7');
    await call(backend, 'ideas:create', { text: 'Von der Kommandozeile', phase: 'kritik' });
    expect(heard.map((change) => change.origin)).toEqual(['tab-a', 'window-7', null]);
    expect(await backend.dispatch('app:client', {}, 'window-7')).toEqual({
      ok: true,
      value: { clientId: 'window-7' },
    });
  });

  it('lists the tables a change touched, so screens other than the board know to read again', async () => {
    const backend = await withWorkspace();
    const board = await call(backend, 'board:load', {});
    const field = board.actionFields[0];
    const heard = listen(backend);
    const moved = await call(backend, 'ideas:create', { text: 'Radweg', phase: 'kritik' });
    const ideaId = moved.patch.ideas[0]?.id as number;
    const made = await call(backend, 'ideas:move', {
      id: ideaId,
      to: { kind: 'newProject', actionFieldId: field?.id as number, beforeProjectId: null },
    });
    const projectId = made.patch.projects[0]?.id as number;
    await call(backend, 'projects:update', { id: projectId, changes: { lead: 'Bauamt' } });
    expect(heard[1]?.tables.sort()).toEqual(['ideas', 'projects']);
    expect(heard[2]?.tables).toEqual(['projects']);
    // A fact-sheet edit still carries the project's board row, e.g. for a title edited there.
    expect(heard[2]?.patch.projects.map((project) => project.id)).toEqual([projectId]);
  });

  it('announces nothing for an action that changed nothing', async () => {
    const backend = await withWorkspace();
    const created = await call(backend, 'ideas:create', { text: 'Bänke', phase: 'kritik' });
    const heard = listen(backend);
    const id = created.patch.ideas[0]?.id as number;
    await call(backend, 'ideas:move', { id, to: { kind: 'inbox' } });
    expect(heard).toEqual([]);
  });

  it('reaches a second tab over the event stream, naming the tab that made it', async () => {
    const dir = freshDir();
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>KW</title>');
    const backend = await withWorkspace();
    const host = await startWebHost({ backend, rendererDir, port: 0 });
    try {
      const stream = openStream(host.port, host.token);
      await stream.connected;
      const created = await rawRequest({
        port: host.port,
        path: '/api/ideas:create',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${host.port}`,
          Authorization: `Bearer ${host.token}`,
          'Content-Type': 'application/json',
          'X-Kw-Client': 'a1b2c3d4e5f6',
        },
        body: JSON.stringify({ text: 'Über den Stream', phase: 'fantasie' }),
      });
      expect(created.status).toBe(200);
      const change = await stream.next('workspace:changed');
      expect(change.origin).toBe('tab-a1b2c3d4e5f6');
      expect(change.patch.ideas[0]?.text).toBe('Über den Stream');
      stream.close();
    } finally {
      await host.close();
    }
  });
});

/** Reads the host's event stream as the page does (Bearer token, text/event-stream). */
function openStream(port: number, token: string) {
  const waiting: { event: string; resolve: (payload: WorkspaceChange) => void }[] = [];
  let buffer = '';
  let connectedResolve: () => void = () => {};
  const connected = new Promise<void>((resolve) => (connectedResolve = resolve));
  const req = request(
    {
      host: '127.0.0.1',
      port,
      path: '/api/events',
      headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` },
    },
    (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': verbunden')) connectedResolve();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          const index = waiting.findIndex((entry) => entry.event === event);
          if (data && index >= 0) waiting.splice(index, 1)[0]?.resolve(JSON.parse(data));
        }
      });
    },
  );
  req.end();
  return {
    connected,
    next: (event: string) =>
      new Promise<WorkspaceChange>((resolve) => waiting.push({ event, resolve })),
    close: () => req.destroy(),
  };
}
