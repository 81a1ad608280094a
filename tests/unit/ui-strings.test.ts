import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolateParts, makePartsTranslator } from '../../src/lib/ui-string-parts';
import { checkUiKeys, choosePluralForm, interpolate, LOCALE_KEY, makeTranslator, pickStrings, type UiStrings } from '../../src/lib/ui-strings';
import { UiSchema } from '../../src/schemas/ui';

describe('interface strings', () => {
  it('reports missing and unknown keys with file and key', () => {
    const reference = { file: 'content/ui/en.json', strings: { 'a.one': '1', 'a.two': '2' } };
    const arabic = { file: 'content/ui/ar.json', strings: { 'a.one': '١', 'a.three': '٣' } };
    expect(checkUiKeys(reference, [arabic])).toEqual([
      'content/ui/ar.json: missing key "a.two" (present in content/ui/en.json)',
      'content/ui/ar.json: unknown key "a.three" (not in content/ui/en.json)',
    ]);
    expect(checkUiKeys(reference, [{ file: 'x', strings: { 'a.two': '', 'a.one': '' } }])).toEqual([]);
  });

  const read = (locale: string) => ({
    file: `content/ui/${locale}.json`,
    strings: JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as UiStrings,
  });

  it('keeps the shipped locale files in step', () => {
    expect(checkUiKeys(read('en'), [read('ar')])).toEqual([]);
  });

  it('has every shipped file name its own locale, which its plural forms follow', () => {
    for (const locale of ['en', 'ar']) {
      const { strings } = read(locale);
      expect(strings[LOCALE_KEY]).toBe(locale);
      expect(UiSchema.safeParse(strings).success).toBe(true);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
    expect(interpolate('{a} and {missing}', { a: 'x' })).toBe('x and {missing}');
    expect(interpolate('plain')).toBe('plain');
  });

  it('keeps each filled placeholder apart from the text around it', () => {
    expect(interpolateParts('{a} of {b}', { a: 1, b: 'two' })).toEqual([{ name: 'a', value: '1' }, ' of ', { name: 'b', value: 'two' }]);
    expect(interpolateParts('Handout: {title}.', { title: 'X' })).toEqual(['Handout: ', { name: 'title', value: 'X' }, '.']);
    expect(interpolateParts('{a} and {missing}', { a: 'x' })).toEqual([{ name: 'a', value: 'x' }, ' and {missing}']);
    expect(interpolateParts('plain')).toEqual(['plain']);
    expect(interpolateParts('')).toEqual([]);
    const parts = makePartsTranslator({ 'x.hello': 'Hello {name}' }, 'content/ui/en.json');
    expect(parts('x.hello', { name: 'Fatima' })).toEqual(['Hello ', { name: 'name', value: 'Fatima' }]);
    expect(() => parts('x.nope')).toThrow('content/ui/en.json: no string for key "x.nope"');
  });

  it('gives in parts exactly what it gives as one string', () => {
    const text = fc.stringMatching(/^[^{}]*$/);
    const names = ['a', 'b', 'c', 'missing'];
    const template = fc.array(fc.oneof(text, fc.constantFrom(...names.map((name) => `{${name}}`))), { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(template, fc.record({ a: text, b: fc.integer(), c: text }), (source, values) => {
        const joined = interpolateParts(source, values)
          .map((part) => (typeof part === 'string' ? part : part.value))
          .join('');
        expect(joined).toBe(interpolate(source, values));
      }),
    );
  });

  it('translates by key and refuses an unknown key', () => {
    const t = makeTranslator({ 'x.hello': 'Hello {name}' }, 'content/ui/en.json');
    expect(t('x.hello', { name: 'Fatima' })).toBe('Hello Fatima');
    expect(() => t('x.nope')).toThrow('content/ui/en.json: no string for key "x.nope"');
  });

  it('picks the strings an island needs, with the locale for plural forms', () => {
    expect(pickStrings({ 'a.x': '1', 'b.y': '2', 'c.z': '3' }, ['a.', 'c.'])).toEqual({ 'a.x': '1', 'c.z': '3' });
    const forms = { one: '{n} file', other: '{n} files' };
    expect(pickStrings({ 'meta.locale': 'en', 'a.x': forms, 'b.y': '2' }, ['a.'])).toEqual({ 'meta.locale': 'en', 'a.x': forms });
  });

  it('chooses a plural form by the first numeric placeholder, with the rules of the locale', () => {
    const minutes = { zero: 'z {m}', one: 'o', two: 't', few: '{m} f', many: '{m} m', other: '{m} x' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((m) => choosePluralForm(minutes, 'ar', { m }))).toEqual(['z {m}', 'o', 't', '{m} f', '{m} f', '{m} m', '{m} m', '{m} x', '{m} x']);
    expect([0, 1, 2, 5].map((m) => choosePluralForm(minutes, 'en', { m }))).toEqual(['{m} x', 'o', '{m} x', '{m} x']);
    // The first placeholder that has a number counts: a title before it does not.
    const titled = { one: '{title}: {m} minute', other: '{title}: {m} minutes' };
    expect(choosePluralForm(titled, 'en', { title: 'A', m: 1 })).toBe('{title}: {m} minute');
    // No numeric value (or none at all), or a category the forms leave out: `other`.
    expect(choosePluralForm(titled, 'en', { title: 'A', m: '1' })).toBe('{title}: {m} minutes');
    expect(choosePluralForm(titled, 'en')).toBe('{title}: {m} minutes');
    expect(choosePluralForm({ other: '{m} دقيقة' }, 'ar', { m: 3 })).toBe('{m} دقيقة');
  });

  it('translates plural forms in the locale the strings name, English when they name none', () => {
    const files = { one: 'قُرئ ملف واحد.', two: 'قُرئ ملفان.', few: 'قُرئت {files} ملفات.', many: 'قُرئ {files} ملفًا.', other: 'قُرئ {files} ملف.' };
    const t = makeTranslator({ [LOCALE_KEY]: 'ar', 'hr.loaded': files }, 'content/ui/ar.json');
    expect([1, 2, 3, 12, 100].map((count) => t('hr.loaded', { files: count }))).toEqual(['قُرئ ملف واحد.', 'قُرئ ملفان.', 'قُرئت 3 ملفات.', 'قُرئ 12 ملفًا.', 'قُرئ 100 ملف.']);
    const en = makeTranslator({ 'file.done': { one: 'mark {count} lesson', other: 'mark {count} lessons' } }, 'x');
    expect([en('file.done', { count: 1 }), en('file.done', { count: 12 })]).toEqual(['mark 1 lesson', 'mark 12 lessons']);
    const parts = makePartsTranslator({ [LOCALE_KEY]: 'en', 'a.b': { one: '{n} file', other: '{n} files' } }, 'x');
    expect(parts('a.b', { n: 1 })).toEqual([{ name: 'n', value: '1' }, ' file']);
  });

  it('uses the shipped plural forms in both locales', () => {
    const en = makeTranslator(read('en').strings, 'content/ui/en.json');
    const ar = makeTranslator(read('ar').strings, 'content/ui/ar.json');
    expect(en('file.newlyCompleted', { count: 1 })).toBe('mark 1 lesson as completed');
    expect(en('file.newlyCompleted', { count: 12 })).toBe('mark 12 lessons as completed');
    expect(en('facilitator.timing', { minutes: 35 })).toBe('Timing in a workshop: 35 minutes');
    expect([1, 2, 5, 35, 100].map((minutes) => ar('trainer.minutes', { minutes }))).toEqual(['دقيقة واحدة', 'دقيقتان', '5 دقائق', '35 دقيقة', '100 دقيقة']);
    expect(ar('facilitator.timing', { minutes: 10 })).toBe('التوقيت في الورشة: 10 دقائق');
    expect(ar('hr.loaded', { files: 3, learners: 2, rejected: 0 })).toBe('قُرئت 3 ملفات. مجموع المتعلّمين: 2. الملفات التي تعذّرت قراءتها: 0.');
  });

  it('accepts plural forms with `other` and refuses unknown categories or a missing locale', () => {
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { one: 'x', other: 'y' } }).success).toBe(true);
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { one: 'x' } }).success).toBe(false);
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { other: 'y', several: 'z' } }).success).toBe(false);
    expect(UiSchema.safeParse({ 'a.b': 'x' }).success).toBe(false);
    expect(UiSchema.safeParse({ 'meta.locale': { other: 'en' }, 'a.b': 'x' }).success).toBe(false);
  });
});
