// `npm run web -- [FILE] [--port N] [--dir DIR] [--data-dir DIR] [--no-demo]
// [--participants ADDRESS [--participants-port N]]`: the browser mode.
import path from 'node:path';
import { ArgsError, parseLaunchArgs } from '../args';
import type { LaunchArgs } from '../args';
import type { OpenParticipation } from '../../shared/participation';
import { createBackend } from '../backend/backend';
import type { Backend } from '../backend/backend';
import { launch } from '../backend/launch';
import { startWebHost } from './server';

async function main() {
  const args = parseLaunchArgs(process.argv.slice(2));
  const backend = createBackend({ workspaceFolder: args.dir, dataDir: args.dataDir });
  await launch(backend, args);
  const participation = args.participants ? await openParticipation(backend, args) : undefined;
  const host = await startWebHost({
    backend,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: args.port,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    // Closing takes the final backup and releases the workspace lock.
    await backend.close();
    console.log('Kommunalwerkstatt beendet.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  if (participation) console.log(`Teilnahme: ${participation}`);
  // Printed last: whoever reads the address may signal us at once, so the handlers must already be there.
  console.log(`Kommunalwerkstatt läuft im Browser-Modus. Adresse öffnen: ${host.url}`);
}

/** Opens participation as the board's "Teilnahme öffnen" would; answers the join link. */
async function openParticipation(backend: Backend, args: LaunchArgs): Promise<string> {
  const result = await backend.dispatch('participation:open', {
    address: args.participants,
    port: args.participantsPort,
  });
  if (!result.ok) throw new ArgsError(`Teilnahme: ${result.error.message}`);
  return (result.value as OpenParticipation).joinUrl;
}

main().catch((error: unknown) => {
  if (error instanceof ArgsError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
    console.error('Der Port ist schon belegt. Bitte einen anderen mit --port wählen.');
  else console.error(error);
  process.exit(1);
});
