/**
 * Answering quiz questions correctly in the browser, as a learner who knows would:
 * a locale's question bank by "<lesson>/<id>", and how to answer each type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';

export interface Authored {
  id: string;
  type: string;
  prompt: string;
  answer?: boolean;
  options?: Array<{ text: string; correct?: boolean }>;
  items?: string[];
  pairs?: Array<{ left: string; right: string }>;
}

/** A locale's bank by "<lesson>/<id>". */
export const bankOf = (locale: string) =>
  new Map<string, Authored>(
    readdirSync(`content/quizzes/${locale}`).flatMap((file) =>
      (parse(readFileSync(`content/quizzes/${locale}/${file}`, 'utf-8')) as { questions: Authored[] }).questions.map(
        (question) => [`${file.replace(/\.yaml$/, '')}/${question.id}`, question] as const,
      ),
    ),
  );

const english = bankOf('en');

/** The English question with this key. */
export function authored(key: string): Authored {
  const found = english.get(key);
  if (!found) throw new Error(`no question ${key}`);
  return found;
}

/** Answers one question correctly through its controls ("True" and "False" are the page language's). */
export async function answer(question: Locator, known: Authored, truth: readonly [string, string] = ['True', 'False']): Promise<void> {
  switch (known.type) {
    case 'single':
    case 'scenario':
      await question.getByRole('radio', { name: known.options!.find((option) => option.correct)!.text, exact: true }).check();
      return;
    case 'true-false':
      await question.getByRole('radio', { name: known.answer ? truth[0] : truth[1], exact: true }).check();
      return;
    case 'multiple':
      for (const option of known.options!.filter((candidate) => candidate.correct)) {
        await question.getByRole('checkbox', { name: option.text, exact: true }).check();
      }
      return;
    case 'matching':
      for (const pair of known.pairs!) await question.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: pair.right });
      return;
    case 'ordering':
      for (const [target, item] of known.items!.entries()) {
        const texts = await question.locator('.ordering__text').allTextContents();
        for (let position = texts.indexOf(item); position > target; position -= 1) {
          await question.getByRole('button', { name: `Move “${item}” up` }).click();
        }
      }
  }
}

/** Answers one question (its fieldset, which carries its key) correctly, in English. */
export async function answerCorrectly(question: Locator): Promise<void> {
  await answer(question, authored((await question.getAttribute('data-question'))!));
}

/** The question groups of the quiz or assessment within `scope`. */
export const questionGroups = (scope: Page | Locator | FrameLocator) => scope.locator('fieldset[data-question]');
