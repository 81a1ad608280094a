/**
 * Printed and presented options: seeded so that the right answer is not
 * always "A", the same on a paper quiz and its answer key (and the presenter),
 * with stored answers still addressed by authored index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import en from '../../content/ui/en.json';
import PrintedQuestion from '../../src/components/trainer/PrintedQuestion.astro';
import { questionKey, type Question } from '../../src/lib/quiz/types';
import { optionLetter, optionOrders, spreadOrders } from '../../src/lib/shuffle';

type Loaded = Question & { check: boolean };

/** A quiz file as the loader (src/loaders/quiz.ts) hands it to the pages. */
function loadQuiz(locale: string, file: string): Loaded[] {
  const lesson = file.replace(/\.yaml$/, '');
  const { questions } = parse(readFileSync(`content/quizzes/${locale}/${file}`, 'utf-8')) as { questions: Array<Record<string, unknown>> };
  return questions.map((question) => {
    const base = { ...question, lesson, check: question.check !== false };
    if (!Array.isArray(question.options)) return base as unknown as Loaded;
    const options = (question.options as Array<{ text: string; correct?: boolean; feedback?: string }>).map((option) => ({
      text: option.text,
      correct: option.correct === true,
      feedback: option.feedback ?? '',
    }));
    return { ...base, options } as unknown as Loaded;
  });
}
const quizzes = readdirSync('content/quizzes/en').map((file) => loadQuiz('en', file));

const container = await AstroContainer.create();
async function print(question: Question, mode: 'paper' | 'key' | 'projector', order?: readonly number[]): Promise<string> {
  const html = await container.renderToString(PrintedQuestion, { props: { question, number: 1, mode, strings: en, order } });
  return html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The letter printed before `text` ("B. text"). */
function letterOf(printed: string, text: string): string | undefined {
  return new RegExp(`([A-Z])\\. ${escape(text)}`).exec(printed)?.[1];
}

describe('spread orders', () => {
  it('are permutations, the same for the same ids, whatever order the groups come in', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1 }), count: fc.integer({ min: 0, max: 6 }), key: fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }) }), { selector: (group) => group.id, maxLength: 10 }),
        fc.boolean(),
        (scope, groups, avoidFirst) => {
          const orders = spreadOrders(scope, groups, { avoidFirst });
          for (const group of groups) expect([...orders.get(group.id)!].sort()).toEqual(Array.from({ length: group.count }, (_, index) => index));
          expect(spreadOrders(scope, [...groups].reverse(), { avoidFirst })).toEqual(orders);
        },
      ),
    );
  });

  it('give every position its fair share of the answers when every group has as many items', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 4 }), (scope, size, count) => {
        const groups = Array.from({ length: size }, (_, index) => ({ id: `q${index}`, count, key: index % count }));
        const orders = spreadOrders(scope, groups);
        const positions = Array.from({ length: count }, (_, position) => groups.filter((group) => orders.get(group.id)!.indexOf(group.key) === position).length);
        expect(Math.max(...positions) - Math.min(...positions)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('give letters A, B, C...', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('option orders', () => {
  it('cover the choice questions of every lesson given, by question key, and nothing else', () => {
    const all = quizzes.flat();
    const orders = optionOrders(all);
    const choice = all.filter((question) => question.type === 'single' || question.type === 'multiple' || question.type === 'scenario');
    expect([...orders.keys()].sort()).toEqual(choice.map(questionKey).sort());
    // A lesson's orders do not depend on the other lessons.
    for (const quiz of quizzes) for (const [key, order] of optionOrders(quiz)) expect(orders.get(key)).toEqual(order);
  });

  it('are the same for a translated quiz as for the English one', () => {
    for (const file of readdirSync('content/quizzes/ar')) {
      const arabic = optionOrders(loadQuiz('ar', file));
      const english = optionOrders(loadQuiz('en', file));
      for (const [key, order] of arabic) expect(order, key).toEqual(english.get(key));
    }
  });
});

describe('printed knowledge checks (the real English quizzes)', () => {
  const printedQuestions = quizzes.map((quiz) => ({ quiz, questions: quiz.filter((question) => question.check) }));

  it('print the right answer of single-answer questions spread over the letters, not first in most', async () => {
    const letters: string[] = [];
    for (const { quiz, questions } of printedQuestions) {
      const orders = optionOrders(quiz);
      for (const question of questions) {
        if (question.type !== 'single' && question.type !== 'scenario') continue;
        const paper = await print(question, 'paper', orders.get(questionKey(question)));
        letters.push(letterOf(paper, question.options.find((option) => option.correct)!.text)!);
      }
    }
    expect(letters.length).toBeGreaterThanOrEqual(20);
    const share = (letter: string) => letters.filter((entry) => entry === letter).length / letters.length;
    // Authored order printed "A" for 25 of these 27.
    expect(share('A')).toBeLessThan(0.5);
    for (const letter of ['A', 'B', 'C']) expect(share(letter), letter).toBeGreaterThanOrEqual(0.2);
  });

  it('name in the answer key the letters the paper quiz and the presenter print', async () => {
    let checked = 0;
    for (const { quiz, questions } of printedQuestions) {
      const orders = optionOrders(quiz);
      for (const question of questions) {
        const order = orders.get(questionKey(question));
        const [paper, key, projector] = await Promise.all([print(question, 'paper', order), print(question, 'key', order), print(question, 'projector', order)]);
        if (question.type === 'single' || question.type === 'multiple' || question.type === 'scenario') {
          const options = order!.map((index) => question.options[index]!);
          options.forEach((option, position) => {
            expect(letterOf(paper, option.text), option.text).toBe(optionLetter(position));
            expect(letterOf(projector, option.text), option.text).toBe(optionLetter(position));
          });
          for (const option of question.options.filter((entry) => entry.correct)) {
            expect(key).toContain(`${letterOf(paper, option.text)}. ${option.text} — ${option.feedback}`);
          }
          for (const option of question.options.filter((entry) => !entry.correct)) expect(key).not.toContain(option.text);
          checked += 1;
        }
        if (question.type === 'ordering') {
          // The key gives each step's letter on the paper, in the right order.
          for (const item of question.items) expect(key).toContain(`${item} (${letterOf(paper, item)})`);
          checked += 1;
        }
        if (question.type === 'matching') {
          for (const pair of question.pairs) expect(key).toContain(`${pair.left} → ${letterOf(paper, pair.right)}. ${pair.right}`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('print a question on its own in an order seeded from it alone', async () => {
    const question = quizzes.flat().find((entry) => entry.type === 'single')!;
    const alone = optionOrders([question]).get(questionKey(question))!;
    const paper = await print(question, 'paper');
    alone.forEach((index, position) => expect(letterOf(paper, question.options[index]!.text)).toBe(optionLetter(position)));
  });
});
