// Synthetic workspaces for benchmarks: N ideas in P projects over the 16 default Handlungsfelder.
import { seedDefaultCatalogues } from '../electron/backend/repositories/catalogues';
import { createIdea } from '../electron/backend/repositories/ideas';
import { insertWorkspace } from '../electron/backend/repositories/workspace';
import { Writer } from '../electron/backend/store/changes';
import { createWorkspaceFile } from '../electron/backend/store/connection';
import { phases } from '../shared/domain';

export interface SeedOptions {
  ideas: number;
  projects: number;
  /** Share of ideas left in the Ideenspeicher. */
  inboxShare: number;
}

export async function seedWorkspace(file: string, options: SeedOptions): Promise<void> {
  await createWorkspaceFile(file, (db) => {
    const writer = new Writer(db);
    insertWorkspace(writer, {
      name: 'Benchstadt',
      officialKey: '',
      state: 'Sachsen',
      district: '',
      inhabitants: 20000,
      consultant: '',
    });
    seedDefaultCatalogues(writer);
    const fields = (db.prepare('SELECT id FROM action_fields').all() as { id: number }[]).map(
      (row) => row.id,
    );
    const projects: number[] = [];
    for (let i = 0; i < options.projects; i++) {
      const stamp = new Date().toISOString();
      projects.push(
        writer.insert('projects', {
          action_field_id: fields[i % fields.length],
          position: i,
          title: `Projekt ${i + 1}: Treffpunkt für Jung und Alt`,
          created_at: stamp,
          updated_at: stamp,
        }),
      );
    }
    const inboxEvery = Math.round(1 / options.inboxShare);
    for (let i = 0; i < options.ideas; i++) {
      createIdea(writer, {
        text: `Idee ${i + 1}: Es wäre schön, wenn der Bus auch abends nach Benchstadt fährt.`,
        phase: phases[i % 3] as (typeof phases)[number],
        workshopId: null,
        groupId: null,
        author: '',
        dots: i % 5,
        projectId: i % inboxEvery === 0 ? null : (projects[i % options.projects] as number),
      });
    }
  });
}
