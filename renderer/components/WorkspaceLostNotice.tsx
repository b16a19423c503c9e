// Shown while the open workspace's file is deleted, moved or replaced: says so and offers to save
// everything that is open under a new name.
import { useStore } from '../store';

export function WorkspaceLostNotice() {
  const message = useStore((state) => state.fileLost);
  const busy = useStore((state) => state.busy);
  const saveAsNewFile = useStore((state) => state.saveAsNewFile);
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert">
      <span>{message}</span>
      <button
        type="button"
        className="button primary"
        disabled={busy}
        onClick={() => void saveAsNewFile()}
      >
        Speichern unter …
      </button>
    </div>
  );
}
