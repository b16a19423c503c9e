// The idea an `ideas:create` answer carries, whichever shape the answer has: a Mutation (its patch
// holds the new row) or, as before the board contract, the Idea itself.
export interface CreatedIdea {
  id: number;
  text: string;
}

export function createdIdea(value: unknown): CreatedIdea {
  const answer = value as { patch?: { ideas?: CreatedIdea[] } } & Partial<CreatedIdea>;
  const idea = answer.patch ? answer.patch.ideas?.[0] : answer;
  if (typeof idea?.id !== 'number' || typeof idea.text !== 'string') {
    throw new Error(`ideas:create lieferte keine Idee: ${JSON.stringify(value)}`);
  }
  return { id: idea.id, text: idea.text };
}
