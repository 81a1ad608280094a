import { describe, expect, it } from 'vitest';
import { quizProblems, type AuthoredQuestion } from '../../src/lib/quiz/validate';

const context = { sections: new Set(['the-steps', 'intro']), sources: ['001_a33365374561fff3.txt'], lessonFile: 'content/lessons/en/x.mdx' };
const base = { section: 'the-steps', source: '001_a33365374561fff3.txt' };
const option = (text: string, correct = false, feedback: string | undefined = 'because') => ({ text, correct, feedback });
const good: AuthoredQuestion[] = [
  { ...base, id: 'a', type: 'single', options: [option('x', true), option('y')] },
  { ...base, id: 'b', type: 'true-false' },
  { ...base, id: 'c', type: 'ordering', items: ['1', '2', '3'] },
];

describe('quiz semantics', () => {
  it('accepts a sound quiz', () => {
    expect(quizProblems(good, context)).toEqual([]);
  });

  it('names the question for every problem an author can make', () => {
    const questions: AuthoredQuestion[] = [
      { ...base, id: 'none', type: 'single', options: [option('x'), option('y')] },
      { ...base, id: 'two', type: 'scenario', options: [option('x', true), option('y', true)] },
      { ...base, id: 'all', type: 'multiple', options: [option('x', true), option('y', true)] },
      { ...base, id: 'few', type: 'single', options: [option('x', true)] },
      { ...base, id: 'many', type: 'single', options: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((t, i) => option(t, i === 0)) },
      { ...base, id: 'silent', type: 'single', options: [option('x', true), option('y', false, '  ')] },
      { ...base, id: 'short', type: 'ordering', items: ['1', '2'] },
      { ...base, id: 'twice', type: 'ordering', items: ['1', '2', '1'] },
      { ...base, id: 'pair', type: 'matching', pairs: [{ left: 'a', right: 'b' }] },
      { ...base, id: 'clash', type: 'matching', pairs: [{ left: 'a', right: 'r' }, { left: 'a', right: 'r' }] },
      { ...base, id: 'nowhere', type: 'true-false', section: 'missing' },
      { ...base, id: 'uncited', type: 'true-false', source: '004_e7d0d88e55082431.txt' },
      { ...base, id: 'none', type: 'true-false' },
      { ...base, id: 'bare', type: 'single' },
      { ...base, id: 'lone', type: 'matching' },
      { ...base, id: 'empty', type: 'ordering' },
    ];
    expect(quizProblems(questions, context)).toEqual([
      'question "none": the id is used more than once',
      'question "none": has no correct answer',
      'question "two": has 2 correct answers; a scenario question needs exactly one',
      'question "all": marks every option correct; add at least one wrong option',
      'question "few": has 1 options; it needs 2 to 6',
      'question "many": has 7 options; it needs 2 to 6',
      'question "silent": option 2 ("y") has no feedback',
      'question "short": has 2 items to order; it needs at least 3',
      'question "twice": lists "1" twice',
      'question "pair": has 1 pairs; it needs at least 2',
      'question "clash": has "a" on the left twice, so a pair is unmatched',
      'question "clash": has "r" on the right twice, so a pair is unmatched',
      'question "nowhere": links to section "#missing", which is not a heading in content/lessons/en/x.mdx',
      'question "uncited": cites 004_e7d0d88e55082431.txt, which is not among the lesson\'s sources',
      'question "bare": has 0 options; it needs 2 to 6',
      'question "bare": has no correct answer',
      'question "lone": has 0 pairs; it needs at least 2',
      'question "empty": has 0 items to order; it needs at least 3',
      'the knowledge check has 16 questions; it needs 3 to 6 (mark extra ones "check: false" to keep them for the final assessment only)',
    ]);
  });

  it('counts only knowledge-check questions against the 3-6 rule', () => {
    expect(quizProblems(good.slice(0, 2), context)).toEqual([
      'the knowledge check has 2 questions; it needs 3 to 6 (mark extra ones "check: false" to keep them for the final assessment only)',
    ]);
    const extra = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `x${i}`, type: 'true-false', check: false }));
    expect(quizProblems([...good, ...extra], context)).toEqual([]);
  });

  it('ignores a type it does not know (the schema refuses those first)', () => {
    expect(quizProblems([...good, { ...base, id: 'odd', type: 'essay' }], context)).toEqual([]);
  });
});
