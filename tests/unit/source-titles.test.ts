import type { LocaleCode } from '../../src/lib/locales';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceTitle, SOURCE_TITLE_LOCALE } from '../../src/lib/source-title';
import { SourcesSchema, SourceSchema } from '../../src/schemas/source';

const russian = { title: 'What customer care is', titles: { ar: 'ما العناية بالعميل' }, originalTitle: 'Что такое забота о клиенте', language: 'ru' } as const;
const arabic = { title: 'Care and attention for the customer', originalTitle: 'الاهتمام والعناية بالعميل', language: 'ar' } as const;

describe('source titles per locale', () => {
  it('shows the English rendering on English pages, not marked', () => {
    expect(sourceTitle(russian, 'en')).toEqual({ text: 'What customer care is', lang: 'en', dir: 'ltr', fallback: false, original: false });
    expect(SOURCE_TITLE_LOCALE).toBe('en');
  });

  it("shows the locale's own title where it has one", () => {
    expect(sourceTitle(russian, 'ar')).toEqual({ text: 'ما العناية بالعميل', lang: 'ar', dir: 'rtl', fallback: false, original: false });
  });

  it("shows the document's own title to a page in the document's language, once", () => {
    expect(sourceTitle(russian, 'ru')).toEqual({ text: 'Что такое забота о клиенте', lang: 'ru', dir: 'ltr', fallback: false, original: true });
    expect(sourceTitle(arabic, 'ar')).toEqual({ text: 'الاهتمام والعناية بالعميل', lang: 'ar', dir: 'rtl', fallback: false, original: true });
  });

  it('falls back to English per title, marked with its language and direction', () => {
    expect(sourceTitle(russian, 'el')).toEqual({ text: 'What customer care is', lang: 'en', dir: 'ltr', fallback: true, original: false });
    expect(sourceTitle(arabic, 'hu')).toEqual({ text: 'Care and attention for the customer', lang: 'en', dir: 'ltr', fallback: true, original: false });
  });

  it('takes titles for known locales only, and the English one as `title`', () => {
    const base = { id: '003_307329248a910464.txt', title: 'T', originalTitle: 'O', kind: 'K', language: 'ru' };
    expect(SourceSchema.safeParse({ ...base, titles: { ar: 'ع' } }).success).toBe(true);
    expect(SourceSchema.safeParse(base).success).toBe(true);
    expect(SourceSchema.safeParse({ ...base, titles: { xx: 'x' } }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, titles: { en: 'T' } }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, titles: { ar: '' } }).success).toBe(false);
  });

  it('gives every shipped source a title in Arabic: its own, or the document is Arabic', () => {
    const sources = SourcesSchema.parse(parse(readFileSync('content/sources.yaml', 'utf-8')));
    for (const source of sources) {
      const shown = sourceTitle(source, 'ar');
      expect(shown.fallback, source.id).toBe(false);
      expect(shown.text, source.id).toMatch(/^[\u0600-\u06ff\s]+$/);
    }
  });
});

describe('content/sources.yaml in every locale of the course', () => {
  const course = parse(readFileSync('content/course.yaml', 'utf-8')) as { locales: LocaleCode[] };
  const sources = SourcesSchema.parse(parse(readFileSync('content/sources.yaml', 'utf-8')));
  it.each(course.locales.filter((locale) => locale !== 'en'))('gives every source a title, a kind and its author’s name in %s, none falling back to English', (locale) => {
    for (const source of sources) {
      expect(sourceTitle(source, locale).fallback, `${source.id} title in ${locale}`).toBe(false);
      expect(source.kinds?.[locale], `${source.id} kind in ${locale}`).toBeDefined();
      if (source.author) expect(source.authors?.[locale], `${source.id} author in ${locale}`).toBeDefined();
    }
  });
});
