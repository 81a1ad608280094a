/**
 * The one localization rule (src/lib/i18n/localize.ts), scenario by scenario, on fixtures:
 * English alone; English with a partial Arabic translation; five locales.
 */
import { describe, expect, it } from 'vitest';
import { fallbackAttributes, localize, localizeEach, type Translation } from '../../src/lib/i18n/localize';
import type { LocaleCode } from '../../src/lib/locales';

interface Term {
  id: string;
  term: string;
}

const english: Term[] = [
  { id: 'moment-of-truth', term: 'Moment of truth' },
  { id: 'front-line', term: 'Front line' },
  { id: 'internal-customer', term: 'Internal customer' },
];

function translations(entries: Array<[string, string, boolean?]>): Map<string, Translation<Term>> {
  return new Map(entries.map(([id, term, outOfDate = false]) => [id, { entry: { id, term }, outOfDate }]));
}

const byId = (term: Term) => term.id;

describe('localize: English alone', () => {
  it('shows every original as it is, never as a fallback', () => {
    const shown = localizeEach({ pageLocale: 'en', defaultLocale: 'en' }, english, new Map(), byId);
    expect(shown.map((item) => item.entry.term)).toEqual(['Moment of truth', 'Front line', 'Internal customer']);
    expect(shown.every((item) => !item.isFallback && item.locale === 'en' && item.lang === undefined && item.dir === undefined && item.reason === undefined)).toBe(true);
    expect(fallbackAttributes(shown[0]!)).toEqual({});
  });

  it('ignores a translation offered for the default locale itself', () => {
    const shown = localize({ pageLocale: 'en', defaultLocale: 'en' }, english[0]!, { entry: { id: 'moment-of-truth', term: 'x' }, outOfDate: false });
    expect(shown.entry.term).toBe('Moment of truth');
  });
});

describe('localize: English and a partial Arabic translation', () => {
  const arabic = translations([
    ['moment-of-truth', 'لحظة الصدق'],
    ['front-line', 'الخط الأمامي', true],
  ]);
  const shown = localizeEach({ pageLocale: 'ar', defaultLocale: 'en' }, english, arabic, byId);

  it('shows each translated item, item by item, in the originals order', () => {
    expect(shown.map((item) => item.entry.term)).toEqual(['لحظة الصدق', 'Front line', 'Internal customer']);
    expect(shown[0]).toMatchObject({ isFallback: false, locale: 'ar', lang: undefined, dir: undefined });
  });

  it('falls back to the original with its lang and dir when the translation is missing or out of date', () => {
    expect(shown[1]).toMatchObject({ isFallback: true, reason: 'outOfDate', locale: 'en', lang: 'en', dir: 'ltr' });
    expect(shown[2]).toMatchObject({ isFallback: true, reason: 'missing', locale: 'en', lang: 'en', dir: 'ltr' });
  });

  it('puts lang, dir and data-pagefind-ignore on fallback text only', () => {
    expect(fallbackAttributes(shown[0]!)).toEqual({});
    expect(fallbackAttributes(shown[2]!)).toEqual({ lang: 'en', dir: 'ltr', 'data-pagefind-ignore': '' });
  });

  it('shows a translation of 1 of 15 terms as 15 terms, 14 of them fallbacks', () => {
    const fifteen = Array.from({ length: 15 }, (_, index) => ({ id: `term-${index}`, term: `Term ${index}` }));
    const result = localizeEach({ pageLocale: 'ar', defaultLocale: 'en' }, fifteen, translations([['term-3', 'مصطلح']]), byId);
    expect(result).toHaveLength(15);
    expect(result.filter((item) => item.isFallback)).toHaveLength(14);
    expect(result[3]!.entry.term).toBe('مصطلح');
  });
});

describe('localize: five locales', () => {
  const locales: LocaleCode[] = ['en', 'ar', 'ru', 'hu', 'el'];
  const byLocale: Partial<Record<LocaleCode, Map<string, Translation<Term>>>> = {
    ar: translations([['moment-of-truth', 'لحظة الصدق'], ['front-line', 'الخط الأمامي'], ['internal-customer', 'العميل الداخلي']]),
    ru: translations([['moment-of-truth', 'Момент истины']]),
    hu: translations([['moment-of-truth', 'Az igazság pillanata', true]]),
  };

  it('decides each locale on its own: complete, partial, out of date, absent', () => {
    const fallbacks = Object.fromEntries(
      locales.map((locale) => [locale, localizeEach({ pageLocale: locale, defaultLocale: 'en' }, english, byLocale[locale] ?? new Map(), byId).filter((item) => item.isFallback).length]),
    );
    expect(fallbacks).toEqual({ en: 0, ar: 0, ru: 2, hu: 3, el: 3 });
  });

  it('gives a fallback the original\'s direction whatever the page\'s', () => {
    for (const locale of ['ar', 'ru', 'el'] as const) {
      const item = localize({ pageLocale: locale, defaultLocale: 'en' }, english[2]!, undefined);
      expect([item.lang, item.dir]).toEqual(['en', 'ltr']);
    }
    const arabicOriginal = localize({ pageLocale: 'ru', defaultLocale: 'ar' }, english[2]!, undefined);
    expect([arabicOriginal.lang, arabicOriginal.dir]).toEqual(['ar', 'rtl']);
  });
});
