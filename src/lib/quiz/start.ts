/** What a question holds before the learner touches it. */
import { displayOrder, seedFrom } from './random';
import { questionKey, type Question, type Response } from './types';

/** Ordering starts in its shuffled display order, matching with nothing matched, the rest unanswered. */
export function startingResponse(question: Question): Response | undefined {
  if (question.type === 'ordering') return displayOrder(question.items.length, seedFrom(questionKey(question)));
  if (question.type === 'matching') return question.pairs.map(() => -1);
  return undefined;
}
