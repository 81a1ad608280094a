/** What a question holds before the learner touches it. */
import { displayOrder, seedFrom } from './random';
import { questionKey, type Question, type Response } from './types';

/** Ordering starts in its shuffled display order, matching with nothing matched, the rest unanswered. */
export function startingResponse(question: Question): Response | undefined {
  if (question.type === 'ordering') return displayOrder(question.items.length, seedFrom(questionKey(question)));
  if (question.type === 'matching') return question.pairs.map(() => -1);
  return undefined;
}

/**
 * What a learner chose in a question's controls before its island was live
 * (the server renders working radios, checkboxes and selects): the option
 * indexes ticked (radios and checkboxes carry their index as value) and each
 * select's value, in order. Kept, so nothing chosen early is lost.
 * Ordering needs the island to move items, so it keeps its starting order.
 */
export function responseFromControls(question: Question, ticked: readonly number[], selects: readonly number[]): Response | undefined {
  switch (question.type) {
    case 'ordering':
      return startingResponse(question);
    case 'matching':
      return question.pairs.map((_, index) => {
        const value = selects[index];
        return value !== undefined && Number.isInteger(value) && value >= 0 && value < question.pairs.length ? value : -1;
      });
    case 'multiple': {
      const chosen = [...new Set(ticked)].filter((index) => index >= 0 && index < question.options.length).sort((a, b) => a - b);
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'true-false':
      return ticked.length > 0 ? ticked[0] === 0 : undefined;
    default: {
      const choice = ticked[0];
      return choice !== undefined && choice >= 0 && choice < question.options.length ? choice : undefined;
    }
  }
}
