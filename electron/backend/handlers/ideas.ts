// Handlers of the ideas:* methods: each is one undoable user action answered with its patch.
import type { Handler } from '../dispatch';
import {
  createIdea,
  createIdeas,
  deleteIdea,
  moveIdea,
  moveIdeas,
  revealConcealedIdeas,
  setIdeaDots,
  setIdeaHidden,
  updateIdea,
} from '../repositories/ideas';
import type { WorkspaceService } from '../workspace/service';

type IdeaHandlers = {
  [
    M in
      | 'ideas:create'
      | 'ideas:createMany'
      | 'ideas:update'
      | 'ideas:delete'
      | 'ideas:move'
      | 'ideas:moveMany'
      | 'ideas:setDots'
      | 'ideas:setHidden'
      | 'ideas:reveal'
  ]: Handler<M>;
};

export function ideaHandlers(workspaces: WorkspaceService): IdeaHandlers {
  const session = () => workspaces.current();
  return {
    'ideas:create': (input) =>
      session().mutate('Idee anlegen', (writer) => createIdea(writer, input)),
    'ideas:createMany': ({ texts, ...context }) =>
      session().mutate(
        texts.length === 1 ? 'Idee anlegen' : `${texts.length} Ideen anlegen`,
        (writer) => createIdeas(writer, texts, { ...context, author: '' }),
      ),
    'ideas:update': ({ id, ...changes }) =>
      session().mutate('Idee bearbeiten', (writer) => updateIdea(writer, id, changes)),
    'ideas:delete': ({ id }) =>
      session().mutate('Idee löschen', (writer) => deleteIdea(writer, id)),
    'ideas:move': ({ id, to }) =>
      session().mutate('Idee verschieben', (writer) => moveIdea(writer, id, to)),
    'ideas:moveMany': ({ ids, to }) =>
      session().mutate(`${ids.length} Ideen verschieben`, (writer) => moveIdeas(writer, ids, to)),
    'ideas:setDots': ({ id, dots }) =>
      session().mutate('Punkte ändern', (writer) => setIdeaDots(writer, id, dots)),
    'ideas:setHidden': ({ id, hidden }) =>
      session().mutate(hidden ? 'Idee ausblenden' : 'Idee wieder zeigen', (writer) =>
        setIdeaHidden(writer, id, hidden),
      ),
    'ideas:reveal': () =>
      session().mutate('Verdeckte Karten aufdecken', (writer) => void revealConcealedIdeas(writer)),
  };
}
