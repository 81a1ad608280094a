/**
 * Flashcard actions on $progress, in a module of their own so that only the
 * flashcards page loads them.
 */
import { recordAnswer, type Answer } from '../lib/flashcards/deck';
import { update } from './progress';

/** Saves the learner's answer for a card: 1 "I knew it", 0 "review again". */
export function answerCard(id: string, answer: Answer): void {
  update((doc) => recordAnswer(doc, id, answer));
}
