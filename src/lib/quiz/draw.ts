/**
 * The final assessment's draw: `count` questions from the bank, spread over
 * every lesson (round robin over the lessons in a shuffled order), then
 * shuffled. The same bank and seed always give the same draw, so a reload
 * resumes the same questions.
 */
import { fingerprint, rng, shuffle } from './random';

export interface BankEntry {
  readonly key: string;
  readonly lesson: string;
}

export function drawQuestions(bank: readonly BankEntry[], count: number, seed: number): string[] {
  const random = rng(seed);
  const byLesson = new Map<string, string[]>();
  for (const entry of bank) byLesson.set(entry.lesson, [...(byLesson.get(entry.lesson) ?? []), entry.key]);
  const queues = shuffle([...byLesson.keys()], random).map((lesson) => shuffle(byLesson.get(lesson)!, random));
  const picked: string[] = [];
  const target = Math.min(count, bank.length);
  while (picked.length < target) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && picked.length < target) picked.push(next);
    }
  }
  return shuffle(picked, random);
}

/** Identifies a bank's contents: a stored draw is only resumed against the same bank. */
export function bankFingerprint(bank: readonly BankEntry[]): string {
  return fingerprint(bank.map((entry) => entry.key).sort().join('\n'));
}
