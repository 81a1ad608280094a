/** Role-play results in the progress document: the path under way and the best outcome per scenario. */
import type { Progress, RolePlayRecord } from './schema';
import { MAX_ROLEPLAY_STEPS } from './document';

/** Saves the path of the conversation under way (an empty path restarts it); the best outcome is kept. */
export function savePath(doc: Progress, scenario: string, path: readonly number[]): Progress {
  const previous = doc.r?.[scenario];
  const record: RolePlayRecord = { p: path.slice(0, MAX_ROLEPLAY_STEPS) };
  if (previous?.b !== undefined) record.b = previous.b;
  return { ...doc, r: { ...doc.r, [scenario]: record } };
}

/** Records an ending reached (0 lost, 1 neutral, 2 won), keeping the best. */
export function recordOutcome(doc: Progress, scenario: string, rank: number): Progress {
  const previous = doc.r?.[scenario] ?? { p: [] };
  const best = Math.max(previous.b ?? 0, rank);
  if (previous.b === best) return doc;
  return { ...doc, r: { ...doc.r, [scenario]: { ...previous, b: best } } };
}
