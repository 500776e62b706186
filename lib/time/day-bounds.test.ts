import { dayIn, endOfDayIn, startOfDayIn } from './day-bounds';

const iso = (d: Date) => d.toISOString();

describe('startOfDayIn / endOfDayIn', () => {
  it('Asia/Riyadh (UTC+3, no daylight saving): a day starts at 21:00 UTC the evening before', () => {
    expect(iso(startOfDayIn('2026-12-01', 'Asia/Riyadh'))).toBe('2026-11-30T21:00:00.000Z');
    expect(iso(endOfDayIn('2026-12-01', 'Asia/Riyadh'))).toBe('2026-12-01T21:00:00.000Z');
    // Summer is the same offset: no DST.
    expect(iso(startOfDayIn('2026-07-01', 'Asia/Riyadh'))).toBe('2026-06-30T21:00:00.000Z');
  });

  it('UTC: the day is the UTC day', () => {
    expect(iso(startOfDayIn('2026-12-01', 'UTC'))).toBe('2026-12-01T00:00:00.000Z');
    expect(iso(endOfDayIn('2026-12-31', 'UTC'))).toBe('2027-01-01T00:00:00.000Z');
  });

  it('Europe/Berlin follows daylight saving: winter +01:00, summer +02:00', () => {
    expect(iso(startOfDayIn('2026-01-15', 'Europe/Berlin'))).toBe('2026-01-14T23:00:00.000Z');
    expect(iso(startOfDayIn('2026-07-15', 'Europe/Berlin'))).toBe('2026-07-14T22:00:00.000Z');
  });

  it('Europe/Berlin: the spring-forward day has 23 hours, the fall-back day 25', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST.
    const springStart = startOfDayIn('2026-03-29', 'Europe/Berlin');
    const springEnd = endOfDayIn('2026-03-29', 'Europe/Berlin');
    expect(iso(springStart)).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(springEnd)).toBe('2026-03-29T22:00:00.000Z');
    expect((springEnd.getTime() - springStart.getTime()) / 3_600_000).toBe(23);
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET.
    const fallStart = startOfDayIn('2026-10-25', 'Europe/Berlin');
    const fallEnd = endOfDayIn('2026-10-25', 'Europe/Berlin');
    expect(iso(fallStart)).toBe('2026-10-24T22:00:00.000Z');
    expect((fallEnd.getTime() - fallStart.getTime()) / 3_600_000).toBe(25);
  });

  it('America/Los_Angeles (behind UTC): the day starts the same UTC morning', () => {
    expect(iso(startOfDayIn('2026-12-01', 'America/Los_Angeles'))).toBe('2026-12-01T08:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(iso(endOfDayIn('2026-02-28', 'Asia/Riyadh'))).toBe('2026-02-28T21:00:00.000Z');
    expect(iso(endOfDayIn('2026-12-31', 'Asia/Riyadh'))).toBe('2026-12-31T21:00:00.000Z');
  });

  it('refuses what is not a day', () => {
    expect(() => startOfDayIn('2026-12-01T00:00', 'UTC')).toThrow(RangeError);
  });
});

describe('dayIn', () => {
  it('names the day an instant falls on in the zone, not in UTC or the machine zone', () => {
    const lateUtc = new Date('2026-11-30T21:30:00Z');
    expect(dayIn(lateUtc, 'Asia/Riyadh')).toBe('2026-12-01');
    expect(dayIn(lateUtc, 'UTC')).toBe('2026-11-30');
    expect(dayIn(lateUtc, 'America/Los_Angeles')).toBe('2026-11-30');
  });

  it('agrees with startOfDayIn at the boundary', () => {
    const start = startOfDayIn('2026-12-01', 'Europe/Berlin');
    expect(dayIn(start, 'Europe/Berlin')).toBe('2026-12-01');
    expect(dayIn(new Date(start.getTime() - 1), 'Europe/Berlin')).toBe('2026-11-30');
  });
});
