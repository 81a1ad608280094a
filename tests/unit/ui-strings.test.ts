import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { interpolateParts, makePartsTranslator } from '../../src/lib/ui-string-parts';
import {
  anyKey,
  checkUiKeys,
  choosePluralForm,
  holdsOneNumber,
  interpolate,
  LOCALE_KEY,
  lookup,
  makeTranslator,
  pickStrings,
  placeholders,
  pluralCategories,
  sameAsReference,
  type SameAllowed,
  type UiFile,
  type UiStrings,
} from '../../src/lib/ui-strings';
import { CourseSchema } from '../../src/schemas/course';
import { UiSchema } from '../../src/schemas/ui';

const read = (locale: string): UiFile => ({
  file: `content/ui/${locale}.json`,
  strings: JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as UiStrings,
});
const course = CourseSchema.parse(parse(readFileSync('content/course.yaml', 'utf-8')));
const allowed = JSON.parse(readFileSync('content/ui/same-as-english.json', 'utf-8')) as SameAllowed;

describe('interface strings: keys', () => {
  it('reports missing and unknown keys with file and key', () => {
    const reference = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.one': '1', 'a.two': '2' } };
    const arabic = { file: 'content/ui/ar.json', strings: { [LOCALE_KEY]: 'ar', 'a.one': '١', 'a.three': '٣' } };
    expect(checkUiKeys(reference, [arabic])).toEqual([
      'content/ui/ar.json: missing key "a.two" (present in content/ui/en.json)',
      'content/ui/ar.json: unknown key "a.three" (not in content/ui/en.json)',
    ]);
    expect(checkUiKeys(reference, [{ file: 'x', strings: { 'a.two': '', [LOCALE_KEY]: 'fr', 'a.one': '' } }])).toEqual([]);
  });

  it('refuses a file whose meta.locale is not the locale of its name (plural forms follow meta.locale)', () => {
    const en = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.b': 'x' } };
    expect(checkUiKeys(en, [{ file: 'content/ui/ru.json', strings: { [LOCALE_KEY]: 'en', 'a.b': 'y' } }])).toEqual([
      'content/ui/ru.json: "meta.locale" is "en", but the file is for "ru" (its plural forms follow "meta.locale")',
    ]);
    expect(checkUiKeys(en, [{ file: 'content/ui/pt-BR.json', strings: { [LOCALE_KEY]: 'pt-BR', 'a.b': 'y' } }])).toEqual([]);
  });
});

describe('interface strings: the shipped files, every locale of content/course.yaml', () => {
  const reference = read(course.defaultLocale);
  const others = course.locales.filter((locale) => locale !== course.defaultLocale).map(read);

  it('lists more than the default locale, so the comparison below compares something', () => {
    expect(course.locales).toContain(course.defaultLocale);
    expect(others.length).toBe(course.locales.length - 1);
    expect(others.length).toBeGreaterThan(0);
  });

  it('agree in keys, plural categories and placeholders', () => {
    expect(checkUiKeys(reference, others)).toEqual([]);
  });

  it('each name their own locale and pass the schema', () => {
    for (const { file, strings } of [reference, ...others]) {
      expect(strings[LOCALE_KEY], file).toBe(file.match(/(\w+)\.json$/)![1]);
      expect(UiSchema.safeParse(strings).success, file).toBe(true);
    }
  });

  it('leave nothing identical to the default locale outside the allow-list, and allow only keys that exist', () => {
    for (const other of others) expect(sameAsReference(reference, other, allowed), other.file).toEqual([]);
    for (const keys of Object.values(allowed)) for (const key of keys) expect(Object.keys(reference.strings)).toContain(key);
  });

  it('use their plural forms', () => {
    const en = makeTranslator(reference.strings, reference.file);
    const ar = makeTranslator(read('ar').strings, 'content/ui/ar.json');
    expect(en('file.newlyCompleted', { count: 1 })).toBe('mark 1 lesson as completed');
    expect(en('file.newlyCompleted', { count: 12 })).toBe('mark 12 lessons as completed');
    expect(en('final.confirm', { count: 1 })).toBe('1 question has no answer yet and will count as wrong. Submit anyway?');
    expect(en('progress.summary', { completed: 0, count: 1, percent: 0 })).toBe('0 of 1 lesson completed (0%)');
    expect(en('facilitator.timing', { count: 35 })).toBe('Timing in a workshop: 35 minutes');
    expect([1, 2, 5, 35, 100].map((count) => ar('trainer.minutes', { count }))).toEqual(['دقيقة واحدة', 'دقيقتان', '5 دقائق', '35 دقيقة', '100 دقيقة']);
    expect(ar('facilitator.timing', { count: 10 })).toBe('التوقيت في الورشة: 10 دقائق');
    expect(ar('hr.loaded', { count: 3, learners: 2, rejected: 0 })).toBe('قُرئت 3 ملفات. مجموع المتعلّمين: 2. الملفات التي تعذّرت قراءتها: 0.');
    expect([1, 2, 3, 12, 100].map((count) => ar('file.newlyCompleted', { count }))).toEqual([
      'يسجّل اكتمال درس واحد',
      'يسجّل اكتمال درسين',
      'يسجّل اكتمال 3 دروس',
      'يسجّل اكتمال 12 درسًا',
      'يسجّل اكتمال 100 درس',
    ]);
  });
});

describe('interface strings: plural categories', () => {
  it('knows the categories of each language, and which hold a single number', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('ar').toSorted()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('ru').toSorted()).toEqual(['few', 'many', 'one', 'other']);
    expect(['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => holdsOneNumber('ar', category as never))).toEqual([true, true, true, false, false, false]);
    expect(holdsOneNumber('en', 'one')).toBe(true);
    expect(holdsOneNumber('ru', 'one')).toBe(false); // 1, 21, 31…
    expect(holdsOneNumber('fr', 'one')).toBe(false); // 0 and 1
    expect(holdsOneNumber('en', 'few')).toBe(false); // none
  });

  const en: UiFile = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.files': { one: '{count} file', other: '{count} files' } } };
  const file = (locale: string, value: UiStrings[string]): UiFile => ({ file: `content/ui/${locale}.json`, strings: { [LOCALE_KEY]: locale, 'a.files': value } });

  it('needs every category the locale uses, for every plural key', () => {
    const full = { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: '{count} ملفات', many: '{count} ملفًا', other: '{count} ملف' };
    expect(checkUiKeys(en, [file('ar', full)])).toEqual([]);
    const { few: _few, many: _many, ...partial } = full;
    expect(checkUiKeys(en, [file('ar', partial)])).toEqual([
      'content/ui/ar.json: "a.files" has no "few", "many" form (plural forms in "ar": few, many, one, two, zero, other)'.replace('few, many, one, two, zero, other', pluralCategories('ar').join(', ')),
    ]);
    // A plain string is the `other` form only: wrong in Arabic, right in a language with one form.
    expect(checkUiKeys(en, [file('ar', '{count} ملف')])).toEqual([expect.stringContaining('content/ui/ar.json: "a.files" has no "zero", "one"')]);
    expect(checkUiKeys(en, [file('ja', '{count} ファイル')])).toEqual([]);
  });

  it('refuses a category the locale never uses, in the reference too', () => {
    expect(checkUiKeys(en, [file('ru', { one: '{count} файл', few: '{count} файла', many: '{count} файлов', other: '{count} файла', two: '{count} файла' })])).toEqual([
      `content/ui/ru.json: "a.files" has a "two" form, never chosen in "ru" (plural forms: ${pluralCategories('ru').join(', ')})`,
    ]);
    const english = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.files': { zero: 'no files', one: '{count} file', other: '{count} files' } } };
    expect(checkUiKeys(english, [])).toEqual(['content/ui/en.json: "a.files" has a "zero" form, never chosen in "en" (plural forms: one, other)']);
  });

  it('needs {count} in the reference to choose a form by, whichever file has the forms', () => {
    const noCount = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.files': { one: '{n} file', other: '{n} files' } } };
    expect(checkUiKeys(noCount, [])).toEqual(['content/ui/en.json: "a.files" has plural forms, but content/ui/en.json gives no {count} to choose them by']);
    const plain = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.files': '{n} min' } };
    expect(checkUiKeys(plain, [file('ja', '{n} 分')])).toEqual([]);
    expect(checkUiKeys(plain, [file('ja', { other: '{n} 分' })])).toEqual(['content/ui/ja.json: "a.files" has plural forms, but content/ui/en.json gives no {count} to choose them by']);
    expect(checkUiKeys(plain, [file('ar', { zero: '{n}', one: '{n}', two: '{n}', few: '{n}', many: '{n}', other: '{n}' })])).toEqual([
      'content/ui/ar.json: "a.files" has plural forms, but content/ui/en.json gives no {count} to choose them by',
    ]);
  });
});

describe('interface strings: placeholders', () => {
  const en: UiFile = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.score': 'You scored {percent}%', 'a.files': { one: '{count} file', other: '{count} files' } } };
  const ru = (score: string, files: Record<string, string>): UiFile => ({ file: 'content/ui/ru.json', strings: { [LOCALE_KEY]: 'ru', 'a.score': score, 'a.files': files as never } });
  const files = { one: '{count} файл', few: '{count} файла', many: '{count} файлов', other: '{count} файла' };

  it('lists the placeholders of a template once each, in order', () => {
    expect(placeholders('{a} of {b}, {a} again')).toEqual(['a', 'b']);
    expect(placeholders('none')).toEqual([]);
  });

  it('fails a dropped or unknown placeholder, naming file, key and form', () => {
    expect(checkUiKeys(en, [ru('Ваш результат {percent}%', files)])).toEqual([]);
    expect(checkUiKeys(en, [ru('Ваш результат', files)])).toEqual(['content/ui/ru.json: "a.score" leaves out {percent} (content/ui/en.json has it)']);
    expect(checkUiKeys(en, [ru('Ваш результат {pct}%', files)])).toEqual([
      'content/ui/ru.json: "a.score" leaves out {percent} (content/ui/en.json has it)',
      'content/ui/ru.json: "a.score" has {pct}, which content/ui/en.json does not fill',
    ]);
    // Russian `one` is 1, 21, 31…: it must show the number.
    expect(checkUiKeys(en, [ru('{percent}%', { ...files, one: 'один файл' })])).toEqual(['content/ui/ru.json: "a.files" (form "one") leaves out {count} (content/ui/en.json has it)']);
  });

  it('lets a form leave out {count} only where its category holds one number', () => {
    const ar = { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: 'ملفات', many: '{count} ملفًا', other: '{count} ملف' };
    expect(checkUiKeys(en, [{ file: 'content/ui/ar.json', strings: { [LOCALE_KEY]: 'ar', 'a.score': '{percent}%', 'a.files': ar } }])).toEqual([
      'content/ui/ar.json: "a.files" (form "few") leaves out {count} (content/ui/en.json has it)',
    ]);
    // Only {count}: a form of a single number still needs every other placeholder.
    const withName = { file: 'content/ui/en.json', strings: { [LOCALE_KEY]: 'en', 'a.b': { one: '{name}: one file', other: '{name}: {count} files' } } };
    expect(checkUiKeys(withName, [])).toEqual([]);
    expect(checkUiKeys({ ...withName, strings: { ...withName.strings, 'a.b': { one: 'one file', other: '{name}: {count} files' } } }, [])).toEqual([
      'content/ui/en.json: "a.b" (form "one") leaves out {name} (content/ui/en.json has it)',
    ]);
  });
});

describe('interface strings: what is only reported', () => {
  const reference = read('en');

  it('reports a ru.json copied from en.json, and fails it on plural forms and its locale', () => {
    const copied = { file: 'content/ui/ru.json', strings: reference.strings };
    const same = sameAsReference(reference, { ...copied, strings: { ...reference.strings, [LOCALE_KEY]: 'ru' } }, allowed);
    expect(same.length).toBe(Object.keys(reference.strings).length - 1 - allowed['*']!.length);
    expect(same).toContain('nav.skip');
    expect(same).toContain('file.newlyCompleted');
    expect(same).not.toContain('hr.oneCertificate');
    const problems = checkUiKeys(reference, [copied]);
    expect(problems[0]).toBe('content/ui/ru.json: "meta.locale" is "en", but the file is for "ru" (its plural forms follow "meta.locale")');
    const relabelled = checkUiKeys(reference, [{ ...copied, strings: { ...reference.strings, [LOCALE_KEY]: 'ru' } }]);
    expect(relabelled).toContain('content/ui/ru.json: "file.newlyCompleted" has no "few", "many" form (plural forms in "ru": few, many, one, other)'.replace('few, many, one, other', pluralCategories('ru').join(', ')));
  });

  it('compares plural forms by their texts, and honours the allow-list per locale and for all', () => {
    const en = { file: 'en.json', strings: { [LOCALE_KEY]: 'en', 'a.b': { one: 'x', other: 'y' }, 'a.c': 'PDF', 'a.d': 'z', 'a.e': 'w' } };
    const ru = { file: 'ru.json', strings: { [LOCALE_KEY]: 'ru', 'a.b': { other: 'y', one: 'x' }, 'a.c': 'PDF', 'a.d': 'z', 'a.e': 'в', 'a.f': 'extra' } };
    expect(sameAsReference(en, ru)).toEqual(['a.b', 'a.c', 'a.d']);
    expect(sameAsReference(en, ru, { '*': ['a.c'], ru: ['a.d'], ar: ['a.b'] })).toEqual(['a.b']);
    // Forms added for the language's categories, each still an English text: a copy.
    expect(sameAsReference(en, { file: 'ru.json', strings: { ...ru.strings, 'a.b': { one: 'x', other: 'y', few: 'x', many: 'y' } } })).toEqual(['a.b', 'a.c', 'a.d']);
    expect(sameAsReference(en, { file: 'ru.json', strings: { ...ru.strings, 'a.b': { one: 'x', other: 'y', few: 'иксы' } } })).toEqual(['a.c', 'a.d']);
  });
});

describe('interface strings: filling and choosing', () => {
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
    const parts = makePartsTranslator<string>({ 'x.hello': 'Hello {name}' }, 'content/ui/en.json');
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

  it('translates by key and refuses an unknown key, typed or not', () => {
    const t = makeTranslator<string>({ 'x.hello': 'Hello {name}' }, 'content/ui/en.json');
    expect(t('x.hello', { name: 'Fatima' })).toBe('Hello Fatima');
    expect(() => t('x.nope')).toThrow('content/ui/en.json: no string for key "x.nope"');
    const typed = makeTranslator(read('en').strings, 'content/ui/en.json');
    expect(typed('nav.skip')).toBe('Skip to content');
    // @ts-expect-error: a key en.json does not have is a type error.
    expect(() => typed('nav.skpi')).toThrow('no string for key "nav.skpi"');
    expect(() => anyKey(typed)('nav.skpi')).toThrow('no string for key "nav.skpi"');
    expect(anyKey(typed)(['nav', 'skip'].join('.'))).toBe('Skip to content');
  });

  it('picks the strings an island needs, with the locale for plural forms', () => {
    expect(pickStrings({ 'a.x': '1', 'b.y': '2', 'c.z': '3' }, ['a.', 'c.'])).toEqual({ 'a.x': '1', 'c.z': '3' });
    const forms = { one: '{count} file', other: '{count} files' };
    expect(pickStrings({ 'meta.locale': 'en', 'a.x': forms, 'b.y': '2' }, ['a.'])).toEqual({ 'meta.locale': 'en', 'a.x': forms });
  });

  it('chooses a plural form by {count}, with the rules of the locale', () => {
    const minutes = { zero: 'z', one: 'o', two: 't', few: '{count} f', many: '{count} m', other: '{count} x' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => choosePluralForm(minutes, 'ar', { count }))).toEqual(['z', 'o', 't', '{count} f', '{count} f', '{count} m', '{count} m', '{count} x', '{count} x']);
    expect([0, 1, 2, 5].map((count) => choosePluralForm(minutes, 'en', { count }))).toEqual(['{count} x', 'o', '{count} x', '{count} x']);
    expect([1, 3, 5, 21].map((count) => choosePluralForm(minutes, 'ru', { count }))).toEqual(['o', '{count} f', '{count} m', 'o']);
    // Other numbers do not count, wherever they stand: "{completed} of {count} lessons".
    const summary = { one: '{completed} of {count} lesson', other: '{completed} of {count} lessons' };
    expect(choosePluralForm(summary, 'en', { completed: 1, count: 12 })).toBe('{completed} of {count} lessons');
    expect(choosePluralForm(summary, 'en', { completed: 0, count: 1 })).toBe('{completed} of {count} lesson');
    // No numeric count, or a category the forms leave out: `other`.
    expect(choosePluralForm(summary, 'en', { count: '1' })).toBe('{completed} of {count} lessons');
    expect(choosePluralForm(summary, 'en')).toBe('{completed} of {count} lessons');
    expect(choosePluralForm({ other: '{count} دقيقة' }, 'ar', { count: 3 })).toBe('{count} دقيقة');
  });

  it('looks up plural forms in the locale the strings name, English when they name none', () => {
    const files = { zero: 'لا ملفات.', one: 'قُرئ ملف واحد.', two: 'قُرئ ملفان.', few: 'قُرئت {count} ملفات.', many: 'قُرئ {count} ملفًا.', other: 'قُرئ {count} ملف.' };
    const t = makeTranslator<string>({ [LOCALE_KEY]: 'ar', 'hr.loaded': files }, 'content/ui/ar.json');
    expect([0, 1, 2, 3, 12, 100].map((count) => t('hr.loaded', { count }))).toEqual(['لا ملفات.', 'قُرئ ملف واحد.', 'قُرئ ملفان.', 'قُرئت 3 ملفات.', 'قُرئ 12 ملفًا.', 'قُرئ 100 ملف.']);
    expect(lookup({ 'a.b': { one: 'one', other: 'many' } }, 'x', 'a.b', { count: 1 })).toBe('one');
    expect(lookup({ 'a.b': { zero: 'zero', one: 'one', other: 'many' } }, 'x', 'a.b', { count: 0 })).toBe('many');
    const parts = makePartsTranslator<string>({ [LOCALE_KEY]: 'en', 'a.b': { one: '{count} file', other: '{count} files' } }, 'x');
    expect(parts('a.b', { count: 1 })).toEqual([{ name: 'count', value: '1' }, ' file']);
  });

  it('accepts plural forms with `other` and refuses unknown categories or a missing locale', () => {
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { one: 'x', other: 'y' } }).success).toBe(true);
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { one: 'x' } }).success).toBe(false);
    expect(UiSchema.safeParse({ 'meta.locale': 'en', 'a.b': { other: 'y', several: 'z' } }).success).toBe(false);
    expect(UiSchema.safeParse({ 'a.b': 'x' }).success).toBe(false);
    expect(UiSchema.safeParse({ 'meta.locale': { other: 'en' }, 'a.b': 'x' }).success).toBe(false);
  });
});
