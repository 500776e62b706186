import { z } from 'zod';
import { parseListQuery } from './list-query';
import { ZPagination } from './pagination';

const ZList = ZPagination.extend({ q: z.string().optional(), kind: z.enum(['a', 'b']).optional() });

describe('parseListQuery', () => {
  it('reads empty fields as not given and keeps what the URL set', () => {
    const r = parseListQuery(ZList, { q: '', kind: 'a', page: '2', other: ['x', 'y'] });
    expect(r).toEqual({ valid: true, query: { page: 2, pageSize: 25, kind: 'a' }, given: { kind: 'a', page: '2' } });
  });

  it('falls back to the defaults on a bad value, flagged invalid', () => {
    expect(parseListQuery(ZList, { kind: 'z', page: '3' })).toEqual({
      valid: false,
      query: { page: 1, pageSize: 25 },
      given: {},
    });
  });
});
