/**
 * Answering quiz questions correctly in the browser, as a learner who knows would:
 * the English question bank by "<lesson>/<id>", and how to answer each type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';

interface Authored {
  id: string;
  type: string;
  answer?: boolean;
  options?: Array<{ text: string; correct?: boolean }>;
  items?: string[];
  pairs?: Array<{ left: string; right: string }>;
}

const bank = new Map<string, Authored>(
  readdirSync('content/quizzes/en').flatMap((file) =>
    (parse(readFileSync(`content/quizzes/en/${file}`, 'utf-8')) as { questions: Authored[] }).questions.map(
      (question) => [`${file.replace(/\.yaml$/, '')}/${question.id}`, question] as const,
    ),
  ),
);

/** Answers one question (its fieldset, which carries its key) correctly through its controls. */
export async function answerCorrectly(question: Locator): Promise<void> {
  const key = (await question.getAttribute('data-question'))!;
  const authored = bank.get(key);
  if (!authored) throw new Error(`no question ${key}`);
  switch (authored.type) {
    case 'single':
    case 'scenario':
      await question.getByRole('radio', { name: authored.options!.find((option) => option.correct)!.text, exact: true }).check();
      return;
    case 'true-false':
      await question.getByRole('radio', { name: authored.answer ? 'True' : 'False', exact: true }).check();
      return;
    case 'multiple':
      for (const option of authored.options!.filter((candidate) => candidate.correct)) {
        await question.getByRole('checkbox', { name: option.text, exact: true }).check();
      }
      return;
    case 'matching':
      for (const pair of authored.pairs!) await question.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: pair.right });
      return;
    case 'ordering':
      for (const [target, item] of authored.items!.entries()) {
        const texts = await question.locator('.ordering__text').allTextContents();
        for (let position = texts.indexOf(item); position > target; position -= 1) {
          await question.getByRole('button', { name: `Move “${item}” up` }).click();
        }
      }
  }
}

/** The question groups of the quiz or assessment within `scope`. */
export const questionGroups = (scope: Page | Locator) => scope.locator('fieldset[data-question]');
