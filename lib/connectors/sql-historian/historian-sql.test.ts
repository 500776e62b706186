import { batchQuery, distinctTagsQuery, quoteIdentifier, quoteTable } from './historian-sql';
import { readingQuality } from './historian-quality';
import { decodeCursor, encodeCursor } from './historian-cursor';

const columns = {
  table: 'plant.Readings',
  tagColumn: 'tag',
  timeColumn: 'ts',
  valueColumn: 'v',
  qualityColumn: undefined,
};

describe('historian SQL', () => {
  it('quotes identifiers and refuses anything the config would refuse', () => {
    expect(quoteIdentifier('Wert_$1')).toBe('"Wert_$1"');
    expect(quoteTable('plant.Readings')).toBe('"plant"."Readings"');
    for (const bad of ['a"b', 'a b', '1a', 'x;DROP', '']) expect(() => quoteIdentifier(bad)).toThrow();
    expect(() => quoteTable('a.b.c')).toThrow();
  });

  it('reads after the (time, tag) cursor in order, values bound as parameters', () => {
    expect(batchQuery(columns, true)).toBe(
      'SELECT "ts"::text AS cursor_time, "tag"::text AS cursor_tag, (extract(epoch FROM "ts") * 1000)::float8 AS ms, ' +
        '"v"::float8 AS value, NULL::text AS quality FROM "plant"."Readings" ' +
        'WHERE "ts" IS NOT NULL AND "tag" IS NOT NULL AND ("ts", "tag") > ($1, $2) ORDER BY "ts", "tag" LIMIT $3',
    );
    expect(batchQuery(columns, false)).toMatch(
      /WHERE "ts" IS NOT NULL AND "tag" IS NOT NULL ORDER BY "ts", "tag" LIMIT \$1$/,
    );
    expect(distinctTagsQuery(columns)).toMatch(
      /^SELECT DISTINCT "tag"::text AS tag FROM "plant"."Readings" .* LIMIT \$1$/,
    );
  });

  it('maps quality text, booleans and OPC codes', () => {
    expect(['good', 'GOOD', 'true', '192', '255', null].map(readingQuality)).toEqual(Array(6).fill('good'));
    expect(['uncertain', '64', '191', 'constructor', '', 'n/a'].map(readingQuality)).toEqual(
      Array(6).fill('uncertain'),
    );
    expect(['bad', 'false', '0', '63'].map(readingQuality)).toEqual(Array(4).fill('bad'));
  });

  it('round-trips the cursor and ignores one that is not ours', () => {
    const cursor = { time: '2026-11-01 00:00:00.000001+00', tag: 'T1' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const other of [null, '', 'garbage', '{"time":1}', 'null']) expect(decodeCursor(other)).toBeNull();
  });
});
