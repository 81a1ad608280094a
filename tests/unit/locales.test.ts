import { describe, expect, it } from 'vitest';
import { localeDir, localeLabel, localizePath, LOCALE_CODES, withBase } from '../../src/lib/locales';

describe('locales', () => {
  it('knows the direction and native name of each locale', () => {
    expect(localeDir('ar')).toBe('rtl');
    expect(localeDir('en')).toBe('ltr');
    expect(localeDir('el')).toBe('ltr');
    expect(localeLabel('ar')).toBe('العربية');
    expect(LOCALE_CODES).toEqual(['en', 'ar', 'ru', 'hu', 'el']);
  });

  it('puts the default locale at the root and others under their code', () => {
    expect(localizePath('/lessons/a/', 'en', 'en')).toBe('/lessons/a/');
    expect(localizePath('/lessons/a/', 'ar', 'en')).toBe('/ar/lessons/a/');
    expect(localizePath('lessons/a', 'ar', 'en')).toBe('/ar/lessons/a/');
    expect(localizePath('/', 'ar', 'en')).toBe('/ar/');
  });

  it('adds the deployment base', () => {
    expect(withBase('/lessons/a/', '/')).toBe('/lessons/a/');
    expect(withBase('/lessons/a/', '/course/')).toBe('/course/lessons/a/');
    expect(withBase('/', '/course')).toBe('/course/');
  });
});
