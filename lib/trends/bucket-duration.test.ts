import { durationParts, formatDuration } from './bucket-duration';

const intl = (locale: string) => (value: number, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value);

describe('bucket duration', () => {
  it('picks the largest whole unit', () => {
    expect(durationParts(3600)).toEqual({ value: 1, unit: 'hour' });
    expect(durationParts(300)).toEqual({ value: 5, unit: 'minute' });
    expect(durationParts(86_400 * 2)).toEqual({ value: 2, unit: 'day' });
    expect(durationParts(90)).toEqual({ value: 90, unit: 'second' });
    expect(durationParts(5400)).toEqual({ value: 90, unit: 'minute' });
  });

  it('says it in words of the language, never as raw seconds', () => {
    expect(formatDuration(3600, intl('en'))).toBe('1 hour');
    expect(formatDuration(300, intl('en'))).toBe('5 minutes');
    expect(formatDuration(3600, intl('ar'))).toBe('ساعة');
    expect(formatDuration(300, intl('ar'))).toMatch(/دقائق/);
  });
});
