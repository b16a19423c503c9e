// Dates in file names follow the user's local time: checked in Berlin around midnight and on the
// nights summer time begins and ends.
import { afterAll, describe, expect, it } from 'vitest';
import {
  fileStamp,
  localDay,
  parsePreciseFileStamp,
  preciseFileStamp,
} from '../../electron/backend/fileStamps';

// Node applies a changed TZ at once; this file runs in a process of its own.
const originalZone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  process.env.TZ = originalZone;
});

describe('file stamps in local time', () => {
  it('name half past midnight in Berlin with the new day, though UTC is still on the old one', () => {
    const moment = new Date('2026-12-05T23:30:00Z');
    expect(localDay(moment)).toBe('2026-12-06');
    expect(fileStamp(moment)).toBe('2026-12-06 00-30');
    expect(preciseFileStamp(moment)).toBe('2026-12-06 00-30-00-000 +0100');
  });

  it('keep the evening before midnight on its own day', () => {
    const moment = new Date('2026-12-05T22:59:59.999Z');
    expect(localDay(moment)).toBe('2026-12-05');
    expect(fileStamp(moment)).toBe('2026-12-05 23-59');
  });

  it('tell the two 02:30 of the night summer time ends apart by their offset', () => {
    const summer = new Date('2026-10-25T00:30:00Z');
    const winter = new Date('2026-10-25T01:30:00Z');
    expect(fileStamp(summer)).toBe(fileStamp(winter));
    expect(preciseFileStamp(summer)).toBe('2026-10-25 02-30-00-000 +0200');
    expect(preciseFileStamp(winter)).toBe('2026-10-25 02-30-00-000 +0100');
  });

  it('read a precise stamp back as the exact moment, every 37 minutes of a year', () => {
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 37 * 60_000 + 123) {
      const moment = new Date(time);
      expect(parsePreciseFileStamp(preciseFileStamp(moment))?.getTime()).toBe(time);
    }
  });

  it('read a stamp with another offset as written elsewhere (a laptop that travelled)', () => {
    expect(parsePreciseFileStamp('2026-12-06 09-05-00-000 -0500')?.toISOString()).toBe(
      '2026-12-06T14:05:00.000Z',
    );
  });

  it.each(['2026-12-06 14-05', '2026-12-06T13-05-33-123Z', '2026-12-06 14-05-33-123'])(
    'refuse %s as a precise stamp',
    (text) => {
      expect(parsePreciseFileStamp(text)).toBeUndefined();
    },
  );
});
