import { describe, expect, it } from 'vitest';
import { intlLocale, localText, localeDir, localeLabel, localizePath, LOCALE_CODES, withBase } from '../../src/lib/locales';

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

describe('intlLocale', () => {
  it('gives Arabic Western digits explicitly, and leaves other locales as they are', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('ar-EG')).toBe('ar-EG-u-nu-latn');
    expect(new Intl.NumberFormat(intlLocale('ar-EG')).format(96)).toBe('96');
    expect(new Intl.DateTimeFormat(intlLocale('ar'), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 2))).toMatch(/^2 .+ 2026$/);
    expect(intlLocale('hu')).toBe('hu');
    expect(intlLocale('en')).toBe('en');
  });
});

describe('localText', () => {
  it('reads a setting written once or per locale, falling back to the default locale', () => {
    expect(localText('Course Coordinator', 'ar', 'en')).toBe('Course Coordinator');
    expect(localText({ en: 'Course Coordinator', ar: 'منسّق الدورة' }, 'ar', 'en')).toBe('منسّق الدورة');
    expect(localText({ en: 'Course Coordinator' }, 'ru', 'en')).toBe('Course Coordinator');
    expect(localText({}, 'ru', 'en')).toBe('');
  });
});
