import { ZAssetMetadata } from './asset-schemas';
import { ZCreateSignal } from './signal-schemas';
import { jsonInput, jsonText, numberInput } from './form-input';
import { assetHref, siteHref, unitHref } from './plant-paths';
import { limitBands } from './limit-bands';

describe('numberInput', () => {
  it('reads blank as not given and numbers as numbers', () => {
    expect(numberInput('')).toBeNull();
    expect(numberInput('  ')).toBeNull();
    expect(numberInput(' 12.5 ')).toBe(12.5);
    expect(numberInput('-3e2')).toBe(-300);
  });
  it('leaves text that is not a number for the schema to refuse with its own message', () => {
    expect(numberInput('12kPa')).toBe('12kPa');
    const parsed = ZCreateSignal.safeParse({
      assetId: '00000000-0000-4000-8000-000000000000',
      tag: 'FI-1',
      kind: 'measurement',
      normalLow: numberInput('abc'),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['normalLow'], message: 'plant.validation.limit' });
  });
});

describe('jsonInput / jsonText', () => {
  it('reads blank as an empty object and JSON as its value', () => {
    expect(jsonInput('')).toEqual({});
    expect(jsonInput('{"ratedKw": 75}')).toEqual({ ratedKw: 75 });
  });
  it('passes text that is not JSON, and JSON that is not an object, to the schema which refuses them', () => {
    expect(ZAssetMetadata.safeParse(jsonInput('{ratedKw: 75')).error?.issues[0]?.message).toBe(
      'plant.validation.metadata',
    );
    expect(ZAssetMetadata.safeParse(jsonInput('[1, 2]')).error?.issues[0]?.message).toBe('plant.validation.metadata');
  });
  it('refuses metadata over the size limit', () => {
    const big = JSON.stringify({ notes: 'x'.repeat(17 * 1024) });
    expect(ZAssetMetadata.safeParse(jsonInput(big)).error?.issues[0]?.message).toBe(
      'plant.validation.metadataTooLarge',
    );
  });
  it('shows an empty object as blank and others as indented JSON that reads back the same', () => {
    expect(jsonText({})).toBe('');
    expect(jsonText(null)).toBe('');
    expect(jsonInput(jsonText({ a: [1, 'ب'] }))).toEqual({ a: [1, 'ب'] });
  });
});

describe('plant paths', () => {
  it('links sites, units and an asset (in its unit) with encoded ids', () => {
    expect(siteHref('s1')).toBe('/sites/s1');
    expect(unitHref('u/1')).toBe('/units/u%2F1');
    expect(assetHref({ id: 'a1' })).toBe('/assets/a1');
  });
});

describe('limitBands', () => {
  it('groups the six limits into the bands that have any, open where an end is missing', () => {
    expect(limitBands({ normalLow: 10, normalHigh: 50, criticalHigh: 80, warningLow: null })).toEqual([
      { band: 'normal', low: 10, high: 50 },
      { band: 'critical', low: null, high: 80 },
    ]);
    expect(limitBands({})).toEqual([]);
  });
});
