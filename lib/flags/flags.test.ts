import { FEATURE_FLAGS, FLAG_NAMES, resolveFlags } from './flags';

describe('resolveFlags', () => {
  it('uses defaults when the tenant has no rows', () => {
    const flags = resolveFlags([]);
    for (const f of FLAG_NAMES) expect(flags[f]).toBe(FEATURE_FLAGS[f].default);
  });
  it('lets stored rows override defaults and ignores unknown flags', () => {
    const flags = resolveFlags([
      { flag: 'audit_log', enabled: false },
      { flag: 'from_the_future', enabled: true },
    ]);
    expect(flags.audit_log).toBe(false);
    expect(flags).not.toHaveProperty('from_the_future');
  });
});
