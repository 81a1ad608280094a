import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('translates by key and refuses an unknown key', () => {
    const t = makeTranslator({ 'x.hello': 'Hello {name}' }, 'content/ui/en.json');
    expect(t('x.hello', { name: 'Fatima' })).toBe('Hello Fatima');
    expect(() => t('x.nope')).toThrow('content/ui/en.json: no string for key "x.nope"');
  });

  it('picks the strings an island needs', () => {
    expect(pickStrings({ 'a.x': '1', 'b.y': '2', 'c.z': '3' }, ['a.', 'c.'])).toEqual({ 'a.x': '1', 'c.z': '3' });
  });
});
