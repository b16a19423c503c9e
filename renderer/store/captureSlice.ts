// Cards typed but not yet committed. Enter hands the text to this queue at once, so the field is
// free for the next idea however slow the disk; the queue sends one card after the other in the
// order they were typed, shows each as "wird gespeichert …" until the backend has committed it,
// and keeps a card that failed, with the reason, until it is sent again or taken back.
import type { StateCreator } from 'zustand';
import { api } from '../api/client';
import type { Store } from './index';
import type { CaptureContext } from './boardUiSlice';

export interface PendingIdea {
  /** Local key, never a database id. */
  key: number;
  text: string;
  context: CaptureContext;
  /** The workspace it was typed into; never sent into another one opened meanwhile. */
  workspaceUuid: string;
  state: 'waiting' | 'saving' | 'failed';
  /** Why the save failed (German), for a failed card. */
  problem?: string;
}

export interface CaptureSlice {
  pendingIdeas: PendingIdea[];
  /** Queues a typed card; it is sent after every card typed before it. */
  enqueueIdea(text: string, context: CaptureContext): void;
  /** Sends a failed card again (after the cards still waiting). */
  retryIdea(key: number): void;
  /** Takes a failed card out of the queue and answers its text (for the capture field). */
  takeBackIdea(key: number): string | undefined;
}

let nextKey = 1;
let sending = false;

export const createCaptureSlice: StateCreator<Store, [], [], CaptureSlice> = (set, get) => {
  const update = (key: number, changes: Partial<PendingIdea>) =>
    set((state) => ({
      pendingIdeas: state.pendingIdeas.map((idea) =>
        idea.key === key ? { ...idea, ...changes } : idea,
      ),
    }));

  /** One card at a time, oldest first: the order of the Ideenspeicher is the order of typing. */
  async function sendWaiting() {
    if (sending) return;
    sending = true;
    try {
      for (;;) {
        const next = get().pendingIdeas.find((idea) => idea.state === 'waiting');
        if (!next) return;
        if (next.workspaceUuid !== get().workspace?.uuid) {
          update(next.key, {
            state: 'failed',
            problem: 'Inzwischen ist eine andere Werkstatt geöffnet.',
          });
          continue;
        }
        update(next.key, { state: 'saving' });
        const result = await api.call('ideas:create', { text: next.text, ...next.context });
        if (result.ok) {
          get().applyPatch(result.value.patch);
          set((state) => ({
            pendingIdeas: state.pendingIdeas.filter((idea) => idea.key !== next.key),
            history: result.value.history,
          }));
        } else {
          update(next.key, { state: 'failed', problem: result.error.message });
        }
      }
    } finally {
      sending = false;
    }
  }

  return {
    pendingIdeas: [],
    enqueueIdea(text, context) {
      const workspaceUuid = get().workspace?.uuid;
      if (!workspaceUuid) return;
      const idea: PendingIdea = { key: nextKey++, text, context, workspaceUuid, state: 'waiting' };
      set((state) => ({ pendingIdeas: [...state.pendingIdeas, idea] }));
      void sendWaiting();
    },
    retryIdea(key) {
      // To the end of the queue, so it does not overtake cards typed after it.
      set((state) => {
        const idea = state.pendingIdeas.find((entry) => entry.key === key);
        if (!idea) return {};
        return {
          pendingIdeas: [
            ...state.pendingIdeas.filter((entry) => entry.key !== key),
            { ...idea, state: 'waiting', problem: undefined },
          ],
        };
      });
      void sendWaiting();
    },
    takeBackIdea(key) {
      const idea = get().pendingIdeas.find((entry) => entry.key === key);
      if (!idea || idea.state !== 'failed') return undefined;
      set((state) => ({ pendingIdeas: state.pendingIdeas.filter((entry) => entry.key !== key) }));
      return idea.text;
    },
  };
};
