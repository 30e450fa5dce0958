// Local time with its offset is what a French reader checks against the clock on the wall: DST must be right.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('capture time', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('writes Paris winter time as UTC+01:00 and summer time as UTC+02:00, with the same instant', async () => {
    const { captureTime, localIso } = await import('./environment');
    const winter = new Date('2026-11-26T09:42:46.123Z');
    const summer = new Date('2026-07-14T09:42:46.123Z');
    expect(localIso(winter)).toBe('2026-11-26T10:42:46.123+01:00');
    expect(localIso(summer)).toBe('2026-07-14T11:42:46.123+02:00');
    const t = captureTime(winter, new Date(winter.getTime() + 250));
    expect(t).toMatchObject({ startUtc: '2026-11-26T09:42:46.123Z', endUtc: '2026-11-26T09:42:46.373Z', timeZone: 'Europe/Paris', offset: '+01:00' });
  });

  it('gets the night of the DST change right (03:00 local does not exist on 29 March 2026)', async () => {
    const { localIso } = await import('./environment');
    expect(localIso(new Date('2026-03-29T00:59:59.000Z'))).toBe('2026-03-29T01:59:59.000+01:00');
    expect(localIso(new Date('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T03:00:00.000+02:00');
  });
});
