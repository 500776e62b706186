import { dateRange, ZAuditFilters } from './audit-filters';

const iso = (r: { gte?: Date; lt?: Date }) => ({ gte: r.gte?.toISOString(), lt: r.lt?.toISOString() });

describe('dateRange: days are read in the given time zone', () => {
  it('Asia/Riyadh: "from 2026-12-01 to 2026-12-01" is 21:00 UTC the evening before to 21:00 UTC that day', () => {
    expect(iso(dateRange({ from: '2026-12-01', to: '2026-12-01' }, 'Asia/Riyadh'))).toEqual({
      gte: '2026-11-30T21:00:00.000Z',
      lt: '2026-12-01T21:00:00.000Z',
    });
  });

  it('Europe/Berlin follows daylight saving (the 23-hour day of 2026-03-29)', () => {
    expect(iso(dateRange({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Berlin'))).toEqual({
      gte: '2026-03-28T23:00:00.000Z',
      lt: '2026-03-29T22:00:00.000Z',
    });
  });

  it('UTC and a zone behind UTC', () => {
    expect(iso(dateRange({ from: '2026-12-01' }, 'UTC'))).toEqual({ gte: '2026-12-01T00:00:00.000Z', lt: undefined });
    expect(iso(dateRange({ to: '2026-12-01' }, 'America/Los_Angeles'))).toEqual({
      gte: undefined,
      lt: '2026-12-02T08:00:00.000Z',
    });
  });

  it('an ISO date-time with offset is taken as it is, whatever the zone (`to` inclusive)', () => {
    expect(
      iso(dateRange({ from: '2026-12-01T10:00:00+03:00', to: '2026-12-01T12:00:00Z' }, 'America/Los_Angeles')),
    ).toEqual({ gte: '2026-12-01T07:00:00.000Z', lt: '2026-12-01T12:00:00.001Z' });
  });
});

describe('ZAuditFilters: the date order', () => {
  it('refuses `to` before `from` (days)', () => {
    const parsed = ZAuditFilters.safeParse({ from: '2026-12-02', to: '2026-12-01' });
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['to'], message: 'auditLog.errors.dateOrder' });
    expect(ZAuditFilters.safeParse({ from: '2026-12-01', to: '2026-12-01' }).success).toBe(true);
  });

  it('accepts a day and an instant that are in order in some zone (the tenant zone decides the window)', () => {
    // 22:00 UTC on 30 Nov is already 1 Dec in Riyadh.
    expect(ZAuditFilters.safeParse({ from: '2026-12-01', to: '2026-11-30T22:00:00Z' }).success).toBe(true);
  });

  it('refuses a day and an instant that are out of order in every zone', () => {
    // 1 Dec starts at the earliest at 10:00 UTC on 30 Nov (UTC+14).
    expect(ZAuditFilters.safeParse({ from: '2026-12-01', to: '2026-11-30T09:00:00Z' }).success).toBe(false);
  });
});
