// Token buckets: a burst allowed at once, then a steady pace. Used per device, per network address
// and for the whole listener; a refused request learns how long to wait (Retry-After).

export interface Pace {
  burst: number;
  perSecond: number;
}

/** The limits of the participants' listener (the issue's example, with a burst of ten cards). */
export const paces = {
  /** Cards a phone sends: ten at once (a paper's worth typed in), then one every two seconds. */
  cards: { burst: 10, perSecond: 0.5 },
  /** Changes to own cards and dots: tapping − and + quickly is normal. */
  changes: { burst: 30, perSecond: 3 },
  photos: { burst: 3, perSecond: 0.1 },
  /** Join attempts from one network address: a guessed join code gets ten tries a minute. */
  joins: { burst: 10, perSecond: 1 / 6 },
  /** Every request from one network address: one phone cannot starve the others. */
  address: { burst: 120, perSecond: 30 },
  /** Every request to the listener, from all phones together. */
  listener: { burst: 1000, perSecond: 500 },
} satisfies Record<string, Pace>;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly pace: Pace,
    now: number = Date.now(),
  ) {
    this.tokens = pace.burst;
    this.last = now;
  }

  /** Takes one token: 0 when granted, otherwise the milliseconds until one is there. */
  take(now: number = Date.now()): number {
    this.tokens = Math.min(
      this.pace.burst,
      this.tokens + ((now - this.last) / 1000) * this.pace.perSecond,
    );
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.pace.perSecond) * 1000);
  }
}

/** One bucket per key (a network address), made on first use. */
export class BucketsByKey {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly pace: Pace) {}

  take(key: string, now: number = Date.now()): number {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(this.pace, now)));
    return bucket.take(now);
  }
}
