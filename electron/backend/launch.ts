// What happens at start: open the file the OS or the command line named, or greet a new user with the demo.
import type { Backend } from './backend';

export interface LaunchRequest {
  file?: string;
  demoOnFirstStart: boolean;
}

export async function launch(backend: Backend, request: LaunchRequest): Promise<void> {
  const { workspaces } = backend;
  if (request.file) {
    // Named by the user himself: the recovery screen may list and restore its backups.
    backend.paths.grant(request.file);
    return workspaces.openAtLaunch(request.file);
  }
  if (request.demoOnFirstStart && (await workspaces.recent.list()).length === 0) {
    await workspaces.openDemo();
  }
}
