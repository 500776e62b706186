import { localePath, splitLocale } from './locale-path';

describe('locale paths', () => {
  it('treats unprefixed paths as Arabic', () => {
    expect(splitLocale('/dashboard')).toEqual({ locale: 'ar', path: '/dashboard' });
    expect(splitLocale('/')).toEqual({ locale: 'ar', path: '/' });
  });
  it('reads the English prefix', () => {
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/en/login')).toEqual({ locale: 'en', path: '/login' });
    expect(splitLocale('/english')).toEqual({ locale: 'ar', path: '/english' });
  });
  it('builds paths in each locale', () => {
    expect(localePath('ar', '/login')).toBe('/login');
    expect(localePath('en', '/login')).toBe('/en/login');
    expect(localePath('en', '/')).toBe('/en');
  });
});
