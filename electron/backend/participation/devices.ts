// The phones that joined while participation is open: each has a random token (kept by the phone,
// here only as its hash), an anonymous number and its own rate limits. Nothing of it is stored.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { AppFailure } from '../../../shared/errors';
import { maxDevices } from '../../../shared/participation';
import { BucketsByKey, paces, TokenBucket } from './rateLimit';

export interface Device {
  number: number;
  /** The network address it joined from (for blocking new joins from there). */
  address: string;
  cards: TokenBucket;
  changes: TokenBucket;
  photos: TokenBucket;
}

/** More devices from one address than this are no phones in a room (or the same one resetting). */
const maxDevicesPerAddress = 10;

/** Thrown when a bucket is empty; the listener answers 429 with Retry-After. */
export class TooFast extends AppFailure {
  constructor(readonly waitMs: number) {
    super('RATE_LIMITED');
  }
}

export function takeOrThrow(bucket: { take(): number }): void {
  const wait = bucket.take();
  if (wait > 0) throw new TooFast(wait);
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Six digits: typed on any phone's number pad; ten wrong tries a minute per address. */
export const createJoinCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

export class Devices {
  private readonly byTokenHash = new Map<string, Device>();
  private readonly blocked = new Set<number>();
  private readonly blockedAddresses = new Set<string>();
  private readonly joinAttempts = new BucketsByKey(paces.joins);

  constructor(
    private readonly joinCode: string,
    private nextNumber: number,
  ) {}

  get count(): number {
    return this.byTokenHash.size;
  }

  get blockedNumbers(): number[] {
    return [...this.blocked].sort((a, b) => a - b);
  }

  /** A new device for a phone that knows the join code; answers its token (given out once). */
  join(code: string, address: string): { token: string; device: Device } {
    takeOrThrow({ take: () => this.joinAttempts.take(address) });
    const given = Buffer.from(code.replace(/\s/g, ''));
    const expected = Buffer.from(this.joinCode);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppFailure('JOIN_CODE_WRONG');
    }
    if (this.blockedAddresses.has(address)) throw new AppFailure('DEVICE_BLOCKED');
    const fromAddress = [...this.byTokenHash.values()].filter((d) => d.address === address).length;
    if (this.byTokenHash.size >= maxDevices || fromAddress >= maxDevicesPerAddress) {
      throw new AppFailure('TOO_MANY_DEVICES');
    }
    const token = randomBytes(24).toString('base64url');
    const device: Device = {
      number: this.nextNumber++,
      address,
      cards: new TokenBucket(paces.cards),
      changes: new TokenBucket(paces.changes),
      photos: new TokenBucket(paces.photos),
    };
    this.byTokenHash.set(hashOf(token), device);
    return { token, device };
  }

  /** The device a token names; unknown and blocked ones are refused. */
  authenticate(token: string | undefined): Device {
    const device = token === undefined ? undefined : this.byTokenHash.get(hashOf(token));
    if (!device) throw new AppFailure('DEVICE_UNKNOWN');
    if (this.blocked.has(device.number)) throw new AppFailure('DEVICE_BLOCKED');
    return device;
  }

  block(number: number): void {
    this.blocked.add(number);
    for (const device of this.byTokenHash.values()) {
      if (device.number === number) this.blockedAddresses.add(device.address);
    }
  }

  isBlocked(number: number): boolean {
    return this.blocked.has(number);
  }
}
