/**
 * The rules of a lesson's knowledge check besides scoring: what must be
 * answered before a check counts, and how much a checked attempt shows.
 *
 * A first wrong attempt says which questions were wrong, not what was right,
 * so that trying again tests understanding rather than memory. The correct
 * answers (and the feedback that would give them away) are shown once the
 * learner has checked `revealAfter` times (content/course.yaml,
 * `revealAnswersAfter`), or at once when the learner asks for them.
 */
import type { Question, Response } from './types';

/**
 * Whether a question holds a full answer to check: a choice made; at least one
 * option of a "select all"; every item of a matching question matched. An
 * ordering question always holds an order.
 */
export function hasAnswer(question: Question, response: Response | undefined): boolean {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return typeof response === 'number';
    case 'true-false':
      return typeof response === 'boolean';
    case 'multiple':
      return Array.isArray(response) && response.length > 0;
    case 'ordering':
      return Array.isArray(response) && response.length === question.items.length;
    case 'matching':
      return Array.isArray(response) && response.length === question.pairs.length && response.every((value) => value >= 0);
  }
}

/** The positions (from 0, in order) of the questions still without a full answer. */
export function unanswered(questions: readonly Question[], responses: ReadonlyArray<Response | undefined>): number[] {
  return questions.flatMap((question, index) => (hasAnswer(question, responses[index]) ? [] : [index]));
}

/**
 * How much the check shows:
 * - "none": not checked yet, nothing but the controls;
 * - "verdicts": checked; each question says whether it was right, nothing says what was;
 * - "answers": checked; the correct answers and all feedback are shown.
 */
export type Disclosure = 'none' | 'verdicts' | 'answers';

export interface DisclosureState {
  /** The learner has checked the answers now on screen. */
  readonly checked: boolean;
  /** Checked attempts recorded for this check, the one on screen included. */
  readonly attempts: number;
  /** The course setting: the attempt from which the correct answers are shown. */
  readonly revealAfter: number;
  /** The learner asked to see the correct answers. */
  readonly requested: boolean;
}

export function disclosure({ checked, attempts, revealAfter, requested }: DisclosureState): Disclosure {
  if (!checked) return 'none';
  return requested || attempts >= revealAfter ? 'answers' : 'verdicts';
}
