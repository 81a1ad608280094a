/**
 * What every page needs to know about the progress document without the
 * validator: its version, the limits the rules keep to, its empty form and
 * its text form. No valibot here: this module loads with every island that
 * keeps progress, while the schema (./schema.ts) and the reader (./codec.ts)
 * load only when there is stored text to validate (src/stores/progress.ts).
 */
import type { Progress } from './schema';

export const CURRENT_VERSION = 1;

/** Knowledge-check scores kept per lesson, newest last. */
export const MAX_HISTORY = 3;
export const FINAL_QUESTIONS = 20;
export const MAX_ROLEPLAY_STEPS = 16;
export const MAX_NAME = 80;

export function emptyProgress(): Progress {
  return { v: CURRENT_VERSION, l: {} };
}

export function serializeProgress(doc: Progress): string {
  return JSON.stringify(doc);
}
