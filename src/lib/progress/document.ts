/**
 * What every page needs to know about the progress document without the
 * validator: its version, the limits the rules keep to, its empty form and
 * its text form. No valibot here: this module loads with every island that
 * keeps progress, while the schema (./schema.ts) and the reader (./codec.ts)
 * load only when there is stored text to validate (src/stores/progress.ts).
 */

export const CURRENT_VERSION = 2;

/** Knowledge-check scores kept per lesson, newest last. */
export const MAX_HISTORY = 3;
export const FINAL_QUESTIONS = 20;
export const MAX_ROLEPLAY_STEPS = 16;
export const MAX_NAME = 80;
/** Sections a lesson may have for "continue where you left off" (an index 0 to MAX_SECTIONS - 1). */
export const MAX_SECTIONS = 40;
/** Flashcards: glossary terms with an answer kept, and the longest term id. */
export const MAX_CARDS = 40;
export const MAX_CARD_ID = 32;

/**
 * A document with nothing done yet. Typed without the schema (which imports this module); ./schema.ts
 * re-exports it typed as Progress.
 */
export function emptyDocument(): { v: typeof CURRENT_VERSION; l: Record<string, never> } {
  return { v: CURRENT_VERSION, l: {} };
}

/** A progress document (./schema.ts) as stored. */
export function serializeProgress(doc: object): string {
  return JSON.stringify(doc);
}
