/**
 * Scoring, one rule per question type. Every score is between 0 and 1;
 * `correct` means full marks.
 *
 * - single, scenario, true-false: 1 for the right answer, else 0.
 * - multiple ("select all that apply"): +1 for each correct option chosen,
 *   -1 for each wrong option chosen, divided by the number of correct options,
 *   never below 0. Full marks only for exactly the correct options.
 * - ordering: the share of items in their correct position.
 * - matching: the share of pairs matched correctly.
 */
import type { Question, Response } from './types';

export interface Score {
  readonly points: number;
  readonly correct: boolean;
}

const NONE: Score = { points: 0, correct: false };

function whole(points: number): Score {
  return { points, correct: points === 1 };
}

function indexes(response: Response | undefined): readonly number[] | undefined {
  return Array.isArray(response) ? response : undefined;
}

export function scoreQuestion(question: Question, response: Response | undefined): Score {
  switch (question.type) {
    case 'single':
    case 'scenario': {
      if (typeof response !== 'number') return NONE;
      return whole(question.options[response]?.correct ? 1 : 0);
    }
    case 'true-false':
      return typeof response === 'boolean' ? whole(response === question.answer ? 1 : 0) : NONE;
    case 'multiple': {
      const chosen = new Set(indexes(response) ?? []);
      const correctCount = question.options.filter((option) => option.correct).length;
      let total = 0;
      question.options.forEach((option, index) => {
        if (chosen.has(index)) total += option.correct ? 1 : -1;
      });
      return whole(Math.max(0, total) / correctCount);
    }
    case 'ordering': {
      const order = indexes(response);
      if (!order || order.length !== question.items.length) return NONE;
      const inPlace = order.filter((item, position) => item === position).length;
      return whole(inPlace / question.items.length);
    }
    case 'matching': {
      const matches = indexes(response);
      if (!matches) return NONE;
      const right = question.pairs.filter((_, index) => matches[index] === index).length;
      return whole(right / question.pairs.length);
    }
  }
}

/** Whole percent, rounded down: 19.5 of 20 is not a pass at 100%. */
export function percent(points: number, possible: number): number {
  return possible === 0 ? 0 : Math.floor((points * 100) / possible + 1e-9);
}

export function isAnswered(question: Question, response: Response | undefined): boolean {
  if (response === undefined) return false;
  if (question.type === 'multiple') return (indexes(response) ?? []).length > 0;
  if (question.type === 'matching') return (indexes(response) ?? []).some((value) => value >= 0);
  return true;
}
