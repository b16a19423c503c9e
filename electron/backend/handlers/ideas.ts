// Handlers of the ideas:* methods.
import type { Handler } from '../dispatch';
import { createIdea } from '../repositories/ideas';
import type { WorkspaceService } from '../workspace/service';

type IdeaHandlers = { [M in 'ideas:create']: Handler<M> };

export function ideaHandlers(workspaces: WorkspaceService): IdeaHandlers {
  return {
    'ideas:create': (input) =>
      workspaces.current().act('Idee anlegen', (writer) => createIdea(writer, input)),
  };
}
