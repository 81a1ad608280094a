/**
 * Flashcards: the glossary as a deck (issue 24). Which cards a deck holds, the
 * order they come in, and the learner's answers, kept in the progress
 * document's "g" (src/lib/progress/schema.ts): 0 "review again", 1 "I knew it".
 *
 * A lesson's deck is the terms the lesson explains: those its original MDX
 * marks with <Term id>, which is also what the glossary's "Taught in" lists
 * (src/course-data.ts getGlossary). So it is the same deck in every locale.
 *
 * Order: the cards to review first, then those never answered, then those
 * known; within each group, glossary order.
 *
 * At most MAX_CARDS answers are kept. "g" is kept in the order answers were
 * given (an answer moves its card to the end), so when a new card would pass
 * the limit the oldest "I knew it" is forgotten (that card becomes new
 * again, which costs little); only when every answer kept is "review again"
 * does the oldest of those go. (JavaScript puts keys that look like whole
 * numbers first, whatever their age: a glossary id such as "24" could then be
 * forgotten out of turn; the limit still holds.)
 */
import { MAX_CARD_ID, MAX_CARDS } from '../progress/document';
import type { Progress } from '../progress/schema';

export type Answer = 0 | 1;
export const REVIEW: Answer = 0;
export const KNOWN: Answer = 1;
export type Answers = Readonly<Record<string, Answer>>;

/** What a deck needs to know of a glossary term: its id and the lessons that explain it. */
export interface DeckTerm {
  readonly id: string;
  readonly lessons: readonly string[];
}

/** The ids progress can keep: those of the schema's "g" keys (lower-case words joined by hyphens, at most MAX_CARD_ID), not a name valibot drops. */
const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function storableCardId(id: string): boolean {
  return id.length <= MAX_CARD_ID && CARD_ID.test(id) && id !== 'constructor' && id !== 'prototype';
}

/** The cards of a deck, in glossary order: every term, or those `lesson` explains. */
export function deckFor<T extends DeckTerm>(terms: readonly T[], lesson?: string): T[] {
  return lesson === undefined ? [...terms] : terms.filter((term) => term.lessons.includes(lesson));
}

/**
 * The lesson a page address asks for (`?lesson=<slug>`), if it is one of `lessons`
 * (those with cards). `unknown`: one was asked for that is not (a mistyped or old link).
 */
export function lessonFromSearch(search: string, lessons: readonly string[]): { lesson?: string; unknown: boolean } {
  const asked = new URLSearchParams(search).get('lesson');
  if (asked === null) return { unknown: false };
  return lessons.includes(asked) ? { lesson: asked, unknown: false } : { unknown: true };
}

function answerOf(answers: Answers | undefined, id: string): Answer | undefined {
  return answers && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** 0: to review, 1: not answered yet, 2: known. */
function rank(answers: Answers | undefined, id: string): number {
  const answer = answerOf(answers, id);
  return answer === undefined ? 1 : answer === REVIEW ? 0 : 2;
}

/** The cards to review first, then the new ones, then the known ones; glossary order within each. */
export function orderDeck<T extends { readonly id: string }>(cards: readonly T[], answers: Answers | undefined): T[] {
  // Array.prototype.sort is stable.
  return [...cards].sort((a, b) => rank(answers, a.id) - rank(answers, b.id));
}

export interface DeckSummary {
  readonly review: number;
  readonly unseen: number;
  readonly known: number;
}

/** How many cards of the deck are to review, not answered yet, and known. */
export function summarizeDeck(cards: readonly { readonly id: string }[], answers: Answers | undefined): DeckSummary {
  const counts = [0, 0, 0];
  for (const card of cards) counts[rank(answers, card.id)]! += 1;
  return { review: counts[0]!, unseen: counts[1]!, known: counts[2]! };
}

/**
 * The document with the learner's answer for card `id`, kept as the newest,
 * within MAX_CARDS (see above for what is forgotten). An id progress cannot
 * keep changes nothing (the build refuses such glossary ids: storableCardId).
 */
export function recordAnswer(doc: Progress, id: string, answer: Answer): Progress {
  if (!storableCardId(id)) return doc;
  const others = Object.entries(doc.g ?? {}).filter(([key]) => key !== id);
  while (others.length >= MAX_CARDS) {
    const oldestKnown = others.findIndex(([, kept]) => kept === KNOWN);
    others.splice(Math.max(oldestKnown, 0), 1);
  }
  return { ...doc, g: Object.fromEntries([...others, [id, answer]]) };
}
