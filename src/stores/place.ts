/**
 * The place kept in a lesson (src/lib/progress/place.ts) as an action on
 * $progress, in a module of its own so that only lesson pages load it.
 */
import { placeOf, setLessonPlace } from '../lib/progress/place';
import { $progress, nowSeconds, update } from './progress';

/** Keeps section `index` (of `sectionCount`) as the last one reached in lesson `slug`; nothing is written when it is already kept. */
export function keepLessonPlace(slug: string, index: number, sectionCount: number): void {
  update((doc) => setLessonPlace(doc, slug, index, sectionCount, nowSeconds()));
}

/** The section to offer "continue where you left off" at, from the progress as it is now (call after onProgressReady). */
export function lessonPlace(slug: string, sectionCount: number): number | undefined {
  return placeOf($progress.get(), slug, sectionCount);
}
