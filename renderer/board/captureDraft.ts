// The capture field's text lives in the panel, not in the store: a store update per keystroke
// would run every card's selectors on a big board. A failed card comes back to the field here.
type Receiver = (text: string) => void;

let receiver: Receiver | undefined;

/** The capture panel listens while it is on screen. */
export function receiveReturnedText(listener: Receiver): () => void {
  receiver = listener;
  return () => {
    if (receiver === listener) receiver = undefined;
  };
}

export function returnToCapture(text: string): void {
  receiver?.(text);
}
