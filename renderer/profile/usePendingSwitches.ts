// Checkboxes that show a click at once: the new state is shown until the backend has answered
// (then the profile it answers with says what is stored; a refusal puts the box back).
import { useState } from 'react';

export function usePendingSwitches() {
  const [pending, setPending] = useState<Record<string, boolean>>({});
  return {
    /** What the box shows: the clicked state while it is being saved, else the stored one. */
    shown: (key: string, stored: boolean): boolean => pending[key] ?? stored,
    async flip(key: string, value: boolean, save: () => Promise<unknown>): Promise<void> {
      setPending((current) => ({ ...current, [key]: value }));
      try {
        await save();
      } finally {
        setPending(({ [key]: _done, ...rest }) => rest);
      }
    },
  };
}
