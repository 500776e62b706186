import { DEFAULT_TIME_ZONE, isSupportedTimeZone, supportedTimeZones, ZTimeZone } from './time-zones';

describe('time zones', () => {
  it('accepts IANA names the runtime knows, and UTC', () => {
    for (const zone of [DEFAULT_TIME_ZONE, 'Europe/Berlin', 'America/Los_Angeles', 'UTC']) {
      expect(isSupportedTimeZone(zone)).toBe(true);
    }
    expect(supportedTimeZones()).toEqual(expect.arrayContaining(['Asia/Riyadh', 'UTC']));
  });

  it('refuses offsets, abbreviations, wrong case and made-up names with a message key', () => {
    for (const bad of ['+03:00', 'AST', 'asia/riyadh', 'Mars/Olympus_Mons', '', 42]) {
      const parsed = ZTimeZone.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toBe('timeZone.errors.invalid');
    }
  });

  it('trims', () => {
    expect(ZTimeZone.parse(' Europe/Berlin ')).toBe('Europe/Berlin');
  });
});
