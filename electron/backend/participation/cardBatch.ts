// Cards from many phones at once are committed together: whatever arrives within a few
// milliseconds of the first waiting card goes into one transaction (one fsync for dozens of cards,
// one push to every window), instead of a commit for each card or two.
// Each card carries a key its phone made, so one sent again after a lost answer lands only once.
import type { SendCard } from './requests';

export interface IncomingCard extends SendCard {
  device: number;
}

/** How long the first waiting card waits for others; short against the ≈ 10 ms of a commit. */
const gatherMs = 15;

interface Waiting {
  card: IncomingCard;
  resolve(id: number): void;
  reject(error: unknown): void;
}

export class CardBatch {
  private waiting: Waiting[] = [];
  private scheduled = false;
  /** Device and key → the card's id (or the commit still under way). */
  private readonly byKey = new Map<string, Promise<number>>();

  constructor(private readonly commit: (cards: IncomingCard[]) => number[]) {}

  /** The id a card with this device and key already has (or is about to get). */
  known(device: number, key: string): Promise<number> | undefined {
    return this.byKey.get(`${device}:${key}`);
  }

  send(card: IncomingCard): Promise<number> {
    const key = `${card.device}:${card.key}`;
    const promise = new Promise<number>((resolve, reject) => {
      this.waiting.push({ card, resolve, reject });
    });
    this.byKey.set(key, promise);
    // A card that was not stored may be sent again under its key.
    promise.catch(() => this.byKey.delete(key));
    if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.flush(), gatherMs);
    }
    return promise;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    try {
      const ids = this.commit(batch.map((entry) => entry.card));
      batch.forEach((entry, index) => entry.resolve(ids[index] as number));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}
