import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import * as v from 'valibot';
import { ContentError, formatPath, parseWithFriendlyErrors } from '../../src/lib/friendly-errors';
import { zodSafeParse } from '../../src/loaders';
import { lessonSchema } from '../../src/schemas/lesson';
import { CourseSchema } from '../../src/schemas/course';
import { UiSchema } from '../../src/schemas/ui';

const lesson = lessonSchema(['000_ada38c26cd4a2f8c.txt']);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError');
}

describe('parseWithFriendlyErrors', () => {
  it('returns the parsed data when the input is valid', () => {
    const data = {
      title: 'T',
      summary: 'S',
      minutes: 5,
      workshopMinutes: 20,
      objectives: ['a', 'b'],
      sources: ['000_ada38c26cd4a2f8c.txt'],
    };
    expect(parseWithFriendlyErrors(zodSafeParse(lesson), data, 'heading')).toEqual(data);
  });

  it('names the file and every bad path in lesson frontmatter', () => {
    const message = messageOf(() =>
      parseWithFriendlyErrors(
        zodSafeParse(lesson),
        { title: 'T', summary: 'S', order: 0, minutes: 5, workshopMinutes: 20, objectives: ['only one', 3], sources: ['nope.txt'], extra: true },
        'Invalid lesson frontmatter in content/lessons/en/x.mdx',
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Invalid lesson frontmatter in content/lessons/en/x.mdx
        - objectives.1: Invalid input: expected string, received number
        - sources.0: unknown source "nope.txt"; known: 000_ada38c26cd4a2f8c.txt
        - (root): Unrecognized keys: "order", "extra""
    `);
  });

  it('reports too few objectives against the list itself', () => {
    const message = messageOf(() =>
      parseWithFriendlyErrors(
        zodSafeParse(lesson),
        { title: 'T', summary: 'S', minutes: 5, workshopMinutes: 20, objectives: ['one'], sources: ['000_ada38c26cd4a2f8c.txt'] },
        'Invalid lesson frontmatter in content/lessons/en/x.mdx',
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Invalid lesson frontmatter in content/lessons/en/x.mdx
        - objectives: Too small: expected array to have >=2 items"
    `);
  });

  it('checks course settings across fields', () => {
    const message = messageOf(() =>
      parseWithFriendlyErrors(
        zodSafeParse(CourseSchema),
        {
          id: 'c',
          title: { en: 'Course' },
          organisation: 'Org',
          defaultLocale: 'hu',
          locales: ['en', 'ar', 'ar'],
          lessons: ['one', 'two', 'one'],
          certificate: { signerName: 'A', signerRole: 'B' },
        },
        'Invalid course settings in content/course.yaml',
      ),
    );
    expect(message).toMatchInlineSnapshot(`
      "Invalid course settings in content/course.yaml
        - defaultLocale: "hu" is not in locales
        - lessons.2: "one" is listed twice
        - locales: a locale is listed twice
        - title.ar: missing the title for "ar""
    `);
  });

  it('defaults the pass mark to 80', () => {
    const course = parseWithFriendlyErrors(
      zodSafeParse(CourseSchema),
      { id: 'c', title: { en: 'C' }, organisation: 'O', defaultLocale: 'en', locales: ['en'], lessons: ['one'], certificate: { signerName: 'A', signerRole: 'B' } },
      'x',
    );
    expect(course.passMark).toBe(80);
  });

  it('names a bad interface-string key', () => {
    const message = messageOf(() =>
      parseWithFriendlyErrors(zodSafeParse(UiSchema), { 'nav.home': 'Home', Bad: 'x', 'nav.empty': '' }, 'Invalid interface strings in content/ui/en.json'),
    );
    expect(message).toMatchInlineSnapshot(`
      "Invalid interface strings in content/ui/en.json
        - Bad: keys are dotted lower-camel words, e.g. "nav.home"
        - nav.empty: Too small: expected string to have >=1 characters"
    `);
  });

  it('formats valibot issues the same way, including object path items', () => {
    const schema = v.object({ l: v.record(v.string(), v.object({ s: v.number() })) });
    const safeParse = (input: unknown) => {
      const result = v.safeParse(schema, input);
      return result.success
        ? ({ success: true, data: result.output } as const)
        : ({ success: false, issues: result.issues.map((issue) => ({ path: issue.path, message: issue.message })) } as const);
    };
    expect(messageOf(() => parseWithFriendlyErrors(safeParse, { l: { a: { s: 'x' } } }, 'Bad file'))).toMatchInlineSnapshot(`
      "Bad file
        - l.a.s: Invalid type: Expected number but received "x""
    `);
  });

  it('writes (root) for an empty or missing path', () => {
    expect(formatPath(undefined)).toBe('(root)');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a', 0, { key: 'b' }])).toBe('a.0.b');
  });

  it('accepts a zod schema used directly', () => {
    expect(parseWithFriendlyErrors(zodSafeParse(z.number()), 3, 'x')).toBe(3);
  });
});
