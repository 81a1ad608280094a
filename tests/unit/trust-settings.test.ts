import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/lib/friendly-errors';
import { zodSafeParse } from '../../src/loaders';
import { makeProgressFile, readProgressFile } from '../../src/lib/progress/file';
import { emptyProgress } from '../../src/lib/progress/schema';
import { CourseSchema } from '../../src/schemas/course';

const base = { id: 'c', title: { en: 'C' }, organisation: 'O', defaultLocale: 'en', locales: ['en'], lessons: ['a'], certificate: { signerName: 'A', signerRole: 'B' } };
const KEY = `B${'x'.repeat(86)}`;
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('trusted signers in content/course.yaml', () => {
  it('are optional and empty by default; the course version defaults to "1"', () => {
    const course = parseWithFriendlyErrors(zodSafeParse(CourseSchema), base, 'x');
    expect(course.trustedSigners).toEqual([]);
    expect(course.version).toBe('1');
  });

  it('take a name, a key, and the days it counts', () => {
    const course = parseWithFriendlyErrors(zodSafeParse(CourseSchema), { ...base, version: '2026.1', trustedSigners: [{ name: 'Omar Haddad', key: KEY, validFrom: '2026-01-01', validTo: '2026-12-31' }] }, 'x');
    expect(course.trustedSigners).toEqual([{ name: 'Omar Haddad', key: KEY, validFrom: '2026-01-01', validTo: '2026-12-31' }]);
  });

  it('name a bad key, a bad date, dates the wrong way round and a key listed twice', () => {
    const message = messageOf(() =>
      parseWithFriendlyErrors(
        zodSafeParse(CourseSchema),
        {
          ...base,
          trustedSigners: [
            { name: 'A', key: 'abc', validFrom: '1 Jan 2026' },
            { name: 'B', key: KEY, validFrom: '2026-06-01', validTo: '2026-01-01' },
            { name: 'C', key: KEY, validFrom: '2026-01-01' },
          ],
        },
        'Invalid course settings in content/course.yaml',
      ),
    );
    expect(message).toContain('trustedSigners.0.key: a public key as the trainer page gives it (87 characters, starting with "B")');
    expect(message).toContain('trustedSigners.0.validFrom: a date as YYYY-MM-DD');
    expect(message).toContain('trustedSigners.1.validTo: validTo is before validFrom');
  });

  it('refuse a key listed twice', () => {
    const twice = { ...base, trustedSigners: [{ name: 'B', key: KEY, validFrom: '2026-01-01' }, { name: 'C', key: KEY, validFrom: '2026-01-01' }] };
    expect(messageOf(() => parseWithFriendlyErrors(zodSafeParse(CourseSchema), twice, 'x'))).toContain('trustedSigners.1.key: this key is listed twice');
  });
});

describe('a signed progress file', () => {
  it('keeps its signature as it is; a file without one reads as before', () => {
    const file = makeProgressFile(emptyProgress(), 'c', new Date(0));
    const signature = { v: 1, anything: ['kept'] };
    const read = readProgressFile(JSON.stringify({ ...file, signature, later: 'ignored' }), 'c');
    expect(read).toMatchObject({ ok: true, file: { signature } });
    const plain = readProgressFile(JSON.stringify(file), 'c');
    expect(plain.ok && 'signature' in plain.file).toBe(false);
  });
});
