import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isLocaleCode,
  localeDir,
  localeLabel,
  localizePath,
  LOCALE_CODES,
  splitLocale,
  switchLocalePath,
  withBase,
} from '../../src/lib/locales';

const locales = ['en', 'ar'] as const;

describe('locales', () => {
  it('knows the direction and native name of each locale', () => {
    expect(localeDir('ar')).toBe('rtl');
    expect(localeDir('en')).toBe('ltr');
    expect(localeDir('el')).toBe('ltr');
    expect(localeLabel('ar')).toBe('العربية');
    expect(LOCALE_CODES).toEqual(['en', 'ar', 'ru', 'hu', 'el']);
  });

  it('recognises locale codes and nothing else', () => {
    expect(isLocaleCode('ar')).toBe(true);
    expect(isLocaleCode('xx')).toBe(false);
    expect(isLocaleCode('toString')).toBe(false);
    expect(isLocaleCode(3)).toBe(false);
  });

  it('puts the default locale at the root and others under their code', () => {
    expect(localizePath('/lessons/a/', 'en', 'en')).toBe('/lessons/a/');
    expect(localizePath('/lessons/a/', 'ar', 'en')).toBe('/ar/lessons/a/');
    expect(localizePath('lessons/a', 'ar', 'en')).toBe('/ar/lessons/a/');
    expect(localizePath('/', 'ar', 'en')).toBe('/ar/');
  });

  it('splits a localized path', () => {
    expect(splitLocale('/ar/lessons/a/', locales, 'en')).toEqual({ locale: 'ar', path: '/lessons/a/' });
    expect(splitLocale('/lessons/a/', locales, 'en')).toEqual({ locale: 'en', path: '/lessons/a/' });
    expect(splitLocale('/ar', locales, 'en')).toEqual({ locale: 'ar', path: '/' });
    // "/en/..." is not a prefix: English lives at the root.
    expect(splitLocale('/en/x/', locales, 'en')).toEqual({ locale: 'en', path: '/en/x/' });
    // A path that merely starts with the letters of a locale is not that locale.
    expect(splitLocale('/arabic/', locales, 'en')).toEqual({ locale: 'en', path: '/arabic/' });
  });

  it('switches language and stays on the same page', () => {
    expect(switchLocalePath('/lessons/moments-of-truth/', 'ar', locales, 'en')).toBe('/ar/lessons/moments-of-truth/');
    expect(switchLocalePath('/ar/lessons/moments-of-truth/', 'en', locales, 'en')).toBe('/lessons/moments-of-truth/');
    expect(switchLocalePath('/ar/progress/', 'ar', locales, 'en')).toBe('/ar/progress/');
  });

  it('round-trips any path through every locale', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.constantFrom(...locales), (segments, locale) => {
        const path = `/${segments.map((s) => `${s}/`).join('')}`;
        const here = localizePath(path, locale, 'en');
        const back = splitLocale(here, locales, 'en');
        // A default-locale path whose first segment is "ar" would be ambiguous; the site never makes one.
        fc.pre(segments[0] !== 'ar');
        expect(back).toEqual({ locale, path });
      }),
    );
  });

  it('adds the deployment base', () => {
    expect(withBase('/lessons/a/', '/')).toBe('/lessons/a/');
    expect(withBase('/lessons/a/', '/course/')).toBe('/course/lessons/a/');
    expect(withBase('/', '/course')).toBe('/course/');
  });
});
