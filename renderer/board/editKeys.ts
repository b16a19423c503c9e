// Keys of in-place editing: Enter saves (Shift+Enter stays a new line in texts), Escape discards.
import type { KeyboardEvent } from 'react';

export const editKeys =
  (finish: (save: boolean) => unknown) =>
  (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false);
    }
  };
