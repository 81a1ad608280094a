/**
 * Where a learner is in a long lesson ("l.<slug>.p"): the index, in the
 * lesson's list of h2 sections, of the last section they reached, offered as
 * "continue where you left off" when they come back.
 *
 * - Reaching a section starts the lesson, as opening its knowledge check does
 *   (recordCheck): the record gets its start time and nothing else changes.
 * - A completed lesson keeps no place and offers none: a learner coming back
 *   to it is reviewing, not resuming.
 * - The index counts in the lesson's sections as the page lists them (the
 *   same in every locale); an index the page does not have, or past what the
 *   document can hold, is ignored when kept and when read back.
 * - The first section is no place to resume from: it is where the lesson
 *   starts anyway.
 */
import type { Progress } from './schema';
import { MAX_SECTIONS } from './document';

function isSectionIndex(index: number, sectionCount: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < Math.min(sectionCount, MAX_SECTIONS);
}

/** Keeps `index` as the last section reached in lesson `slug`; the same document when nothing changes. */
export function setLessonPlace(doc: Progress, slug: string, index: number, sectionCount: number, now: number): Progress {
  if (!isSectionIndex(index, sectionCount)) return doc;
  const existing = Object.hasOwn(doc.l, slug) ? doc.l[slug] : undefined;
  if (existing?.c !== undefined || existing?.p === index) return doc;
  return { ...doc, l: { ...doc.l, [slug]: { ...existing, s: existing?.s ?? now, p: index } } };
}

/** The section to offer "continue where you left off" at: undefined at the first section, past the end, or once completed. */
export function placeOf(doc: Progress, slug: string, sectionCount: number): number | undefined {
  const record = Object.hasOwn(doc.l, slug) ? doc.l[slug] : undefined;
  const index = record?.p;
  if (record?.c !== undefined || index === undefined || index === 0 || !isSectionIndex(index, sectionCount)) return undefined;
  return index;
}
