import { GULF_TIME_ZONES, timeZoneGroups, timeZoneLabel } from './time-zone-options';
import { supportedTimeZones } from './time-zones';

const NOW = new Date('2026-12-01T08:00:00Z');

describe('time-zone picker options', () => {
  it('lists the Gulf first, then regions, then UTC and the like; every supported zone exactly once', () => {
    const zones = supportedTimeZones();
    const groups = timeZoneGroups(zones, 'en', NOW);
    expect(groups[0]!.region).toBe('gulf');
    expect(groups[0]!.zones.map((z) => z.id)).toEqual([...GULF_TIME_ZONES]);
    expect(groups.at(-1)!.region).toBe('other');
    expect(groups.at(-1)!.zones.map((z) => z.id)).toContain('UTC');
    const ids = groups.flatMap((g) => g.zones.map((z) => z.id));
    expect(ids.sort()).toEqual([...zones].sort());
  });

  it('labels a zone with its city, its generic name in the reader’s language and its offset now', () => {
    const en = timeZoneLabel('Asia/Riyadh', 'en', NOW);
    expect(en).toMatch(/^Riyadh — .+ \(GMT\+03:00\)$/);
    const ar = timeZoneLabel('Asia/Riyadh', 'ar', NOW);
    expect(ar).toMatch(/[\u0600-\u06FF]/); // the generic name in Arabic
    expect(timeZoneLabel('America/New_York', 'en', NOW)).toMatch(/^New York — .+\(GMT-05:00\)$/);
    expect(timeZoneLabel('America/New_York', 'en', new Date('2026-07-01T12:00:00Z'))).toMatch(/\(GMT-04:00\)$/);
  });
});
