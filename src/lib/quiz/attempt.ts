/**
 * A final-assessment attempt rebuilt from what progress stores (the seed and
 * the encoded answers): which questions, what each control shows, and what
 * counts as answered. Only saved answers count: an ordering question left
 * untouched is unanswered, not "in its shuffled display order".
 */
import { bankFingerprint, drawQuestions, type BankEntry } from './draw';
import { decodeResponse } from './encode';
import { isAnswered } from './scoring';
import { startingResponse } from './start';
import { questionKey, type Question, type Response } from './types';

export interface Attempt<Q extends Question> {
  readonly questions: readonly Q[];
  /** What each question's controls show: the saved answer, or its starting state. */
  readonly shown: ReadonlyArray<Response | undefined>;
  /** The saved answers, which are what gets scored. */
  readonly given: ReadonlyArray<Response | undefined>;
  readonly answered: number;
  /** Indexes of the questions with no saved answer, in order. */
  readonly unanswered: readonly number[];
}

export function bankEntries(bank: readonly Question[]): BankEntry[] {
  return bank.map((question) => ({ key: questionKey(question), lesson: question.lesson }));
}

export function fingerprintOf(bank: readonly Question[]): string {
  return bankFingerprint(bankEntries(bank));
}

export function rebuildAttempt<Q extends Question>(bank: readonly Q[], seed: number, stored: readonly string[], count: number): Attempt<Q> {
  const byKey = new Map(bank.map((question) => [questionKey(question), question]));
  const questions = drawQuestions(bankEntries(bank), count, seed).map((key) => byKey.get(key)!);
  const given = questions.map((question, index) => (stored[index] ? decodeResponse(question, stored[index]) : undefined));
  const shown = questions.map((question, index) => given[index] ?? startingResponse(question));
  const unanswered = questions.flatMap((question, index) => (isAnswered(question, given[index]) ? [] : [index]));
  return { questions, shown, given, answered: questions.length - unanswered.length, unanswered };
}
