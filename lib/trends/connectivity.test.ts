import { bestConnectivity, connectivityOf, staleAfterSeconds } from './connectivity';

const now = new Date('2026-12-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('connectivityOf', () => {
  it('is none without a sample', () => {
    expect(connectivityOf(null, 10, now)).toBe('none');
    expect(connectivityOf(undefined, null, now)).toBe('none');
  });

  it('is the source of a recent sample', () => {
    expect(connectivityOf({ ts: ago(5), source: 'live' }, 10, now)).toBe('live');
    expect(connectivityOf({ ts: ago(5), source: 'demo' }, 10, now)).toBe('demo');
  });

  it('is stale once the sample is older than three expected intervals (and at least a minute)', () => {
    expect(connectivityOf({ ts: ago(300), source: 'live' }, 100, now)).toBe('live');
    expect(connectivityOf({ ts: ago(301), source: 'live' }, 100, now)).toBe('stale');
    // a 1-second signal is not stale after 4 s: the floor is a minute
    expect(connectivityOf({ ts: ago(4), source: 'demo' }, 1, now)).toBe('demo');
    expect(connectivityOf({ ts: ago(61), source: 'demo' }, 1, now)).toBe('stale');
  });

  it('assumes one sample a minute when the signal states no interval', () => {
    expect(staleAfterSeconds(null)).toBe(180);
    expect(connectivityOf({ ts: ago(179), source: 'live' }, null, now)).toBe('live');
    expect(connectivityOf({ ts: ago(181), source: 'live' }, null, now)).toBe('stale');
  });

  it('reads ISO strings (JSON answers) and counts a slightly future sample as fresh', () => {
    expect(connectivityOf({ ts: ago(10).toISOString(), source: 'live' }, 10, now)).toBe('live');
    expect(connectivityOf({ ts: new Date(now.getTime() + 30_000), source: 'live' }, 10, now)).toBe('live');
  });

  it('treats an unreadable time as stale, never as fresh', () => {
    expect(connectivityOf({ ts: 'not a date', source: 'live' }, 10, now)).toBe('stale');
  });
});

describe('connectivityOf with mappings (issue 10)', () => {
  it('is stale for a signal mapped to a real source that has delivered nothing, none when nothing is mapped', () => {
    expect(connectivityOf(null, 10, now, true)).toBe('stale');
    expect(connectivityOf(null, 10, now, false)).toBe('none');
  });

  it('is live only when a real source delivered within the window; demo only from the demo replay', () => {
    expect(connectivityOf({ ts: ago(5), source: 'live' }, 10, now, true)).toBe('live');
    expect(connectivityOf({ ts: ago(5), source: 'demo' }, 10, now, false)).toBe('demo');
    expect(connectivityOf({ ts: ago(600), source: 'live' }, 10, now, true)).toBe('stale');
  });
});

describe('bestConnectivity', () => {
  it('is the best of the signals: live > demo > stale > none', () => {
    expect(bestConnectivity([])).toBe('none');
    expect(bestConnectivity(['stale', 'none'])).toBe('stale');
    expect(bestConnectivity(['stale', 'demo', 'none'])).toBe('demo');
    expect(bestConnectivity(['demo', 'live', 'stale'])).toBe('live');
  });
});
