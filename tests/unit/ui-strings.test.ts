import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolateParts, makePartsTranslator } from '../../src/lib/ui-string-parts';
import { checkUiKeys, interpolate, makeTranslator, pickStrings } from '../../src/lib/ui-strings';

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

  it('keeps the shipped locale files in step', () => {
    const read = (locale: string) => ({
      file: `content/ui/${locale}.json`,
      strings: JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as Record<string, string>,
    });
    expect(checkUiKeys(read('en'), [read('ar')])).toEqual([]);
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

  it('picks the strings an island needs', () => {
    expect(pickStrings({ 'a.x': '1', 'b.y': '2', 'c.z': '3' }, ['a.', 'c.'])).toEqual({ 'a.x': '1', 'c.z': '3' });
  });
});
