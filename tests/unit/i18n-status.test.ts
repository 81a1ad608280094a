/** The translation status report (src/lib/i18n/status.ts): counts, and what to do next per file. */
import { describe, expect, it } from 'vitest';
import { formatStatus, statusCounts, type StatusItem } from '../../src/lib/i18n/status';

const items: StatusItem[] = [
  { locale: 'ar', kind: 'lesson', id: 'one', file: 'content/lessons/ar/one.mdx', state: 'current' },
  { locale: 'ar', kind: 'lesson', id: 'two', file: 'content/lessons/ar/two.mdx', state: 'outOfDate' },
  { locale: 'ar', kind: 'question', id: 'one/a', file: 'content/quizzes/ar/one.yaml', state: 'unstamped' },
  { locale: 'ar', kind: 'question', id: 'one/b', file: 'content/quizzes/ar/one.yaml', state: 'missing' },
  { locale: 'ar', kind: 'question', id: 'one/c', file: 'content/quizzes/ar/one.yaml', state: 'missing' },
  { locale: 'ar', kind: 'question', id: 'one/gone', file: 'content/quizzes/ar/one.yaml', state: 'obsolete' },
  { locale: 'ar', kind: 'term', id: 'moment', file: 'content/glossary/ar.yaml', state: 'missing' },
  { locale: 'ru', kind: 'roleplay', id: 'late', file: 'content/roleplays/ru/late.yaml', state: 'current' },
];

describe('translation status', () => {
  it('counts items per locale, kind and state', () => {
    const counts = statusCounts(items);
    expect(counts.get('ar')!.get('question')).toEqual({ current: 0, unstamped: 1, outOfDate: 0, missing: 2, obsolete: 1 });
    expect(counts.get('ru')!.get('roleplay')).toEqual({ current: 1, unstamped: 0, outOfDate: 0, missing: 0, obsolete: 0 });
  });

  it('gives a table per locale and, file by file, what a translator does next', () => {
    const text = formatStatus(items, ['ar', 'ru', 'el']);
    expect(text).toContain('## ar\n\n| | translated | unstamped | out of date | missing | obsolete |\n|---|---|---|---|---|---|\n| lessons | 1 of 2 | 0 | 1 | 0 | 0 |\n| quiz questions | 1 of 3 | 1 | 0 | 2 | 1 |\n| glossary terms | 0 of 1 | 0 | 0 | 1 | 0 |\n');
    expect(text).toContain('Out of date (the original changed after the translation; the site shows the original): update the translation, then `npm run i18n:stamp -- --refresh`:\n  - content/lessons/ar/two.mdx\n');
    expect(text).toContain('Missing (the site shows the original with a notice): translate:\n  - content/quizzes/ar/one.yaml: b, c\n  - content/glossary/ar.yaml: moment\n');
    expect(text).toContain('Unstamped (shown, but a later change to the original would go unnoticed): `npm run i18n:stamp`:\n  - content/quizzes/ar/one.yaml: a\n');
    expect(text).toContain('Obsolete (the original is gone; the site ignores it): delete:\n  - content/quizzes/ar/one.yaml: gone\n');
    expect(text).toContain('## ru\n\n| | translated | unstamped | out of date | missing | obsolete |\n|---|---|---|---|---|---|\n| role-plays | 1 of 1 | 0 | 0 | 0 | 0 |\n\nEverything is translated and stamped.\n');
    expect(text).toContain('## el\n\nNothing to translate.\n');
    expect(text.indexOf('## ar')).toBeLessThan(text.indexOf('## ru'));
  });
});
