/**
 * Merging progress from another browser or device into this one. Nothing is
 * lost: a completion stays completed (with the earlier date), best scores and
 * best outcomes win, and work under way here is kept. The profile is replaced
 * only when the learner says so. Merging the same file twice changes nothing.
 */
import type { CheckRecord, FinalRecord, LessonRecord, Progress, RolePlayRecord } from './schema';
import { CURRENT_VERSION, MAX_CARDS, MAX_HISTORY } from './document';

const earliest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

function mergeCheck(a: CheckRecord | undefined, b: CheckRecord | undefined): CheckRecord | undefined {
  if (!a || !b) return a ?? b;
  const longer = b.n > a.n ? b : a;
  return { b: Math.max(a.b, b.b), n: Math.max(a.n, b.n), h: longer.h.slice(-MAX_HISTORY) };
}

function mergeLesson(a: LessonRecord | undefined, b: LessonRecord | undefined): LessonRecord {
  if (!a || !b) return (a ?? b)!;
  const merged: LessonRecord = { s: Math.min(a.s, b.s) };
  const completed = earliest(a.c, b.c);
  if (completed !== undefined) merged.c = completed;
  const check = mergeCheck(a.q, b.q);
  if (check) merged.q = check;
  // Where the learner left the lesson: this browser's place, else the other's.
  const place = a.p ?? b.p;
  if (place !== undefined) merged.p = place;
  return merged;
}

function mergeFinal(a: FinalRecord | undefined, b: FinalRecord | undefined): FinalRecord | undefined {
  if (!a || !b) return a ?? b;
  // The attempt under way here is kept; results are combined.
  const merged: FinalRecord = { ...a, n: Math.max(a.n, b.n) };
  const best = Math.max(a.b ?? -1, b.b ?? -1);
  if (best >= 0) merged.b = best;
  const passed = earliest(a.w, b.w);
  if (passed !== undefined) merged.w = passed;
  return merged;
}

function mergeRolePlay(a: RolePlayRecord | undefined, b: RolePlayRecord | undefined): RolePlayRecord {
  if (!a || !b) return (a ?? b)!;
  const merged: RolePlayRecord = { p: a.p };
  const best = Math.max(a.b ?? -1, b.b ?? -1);
  if (best >= 0) merged.b = best;
  return merged;
}

function mergeRecords<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, merge: (x: T | undefined, y: T | undefined) => T): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return Object.fromEntries(keys.map((key) => [key, merge(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined)]));
}

export function mergeProgress(current: Progress, incoming: Progress, options: { replaceProfile: boolean }): Progress {
  const merged: Progress = { v: CURRENT_VERSION as 2, l: mergeRecords(current.l, incoming.l, mergeLesson) };
  const final = mergeFinal(current.f, incoming.f);
  if (final) merged.f = final;
  if (current.r || incoming.r) merged.r = mergeRecords(current.r ?? {}, incoming.r ?? {}, mergeRolePlay);
  const profile = options.replaceProfile ? (incoming.u ?? current.u) : (current.u ?? incoming.u);
  if (profile) merged.u = profile;
  if (current.g || incoming.g) merged.g = mergeCards(current.g ?? {}, incoming.g ?? {});
  return merged;
}

/**
 * Flashcard answers: this browser's all kept, then the other's for cards not answered here, as many
 * as fit within MAX_CARDS (its newest, which come last). Kept in the order answers are stored,
 * oldest first, the other's before this browser's (src/lib/flashcards/deck.ts forgets from the front).
 */
function mergeCards(current: NonNullable<Progress['g']>, incoming: NonNullable<Progress['g']>): NonNullable<Progress['g']> {
  const room = Math.max(0, MAX_CARDS - Object.keys(current).length);
  const extra = Object.entries(incoming).filter(([id]) => !Object.hasOwn(current, id));
  return { ...Object.fromEntries(extra.slice(Math.max(0, extra.length - room))), ...current };
}

export interface MergePreview {
  /** Lessons that will become completed. */
  readonly newlyCompleted: readonly string[];
  /** Knowledge checks whose best score will rise. */
  readonly betterChecks: readonly string[];
  /** The final assessment: a better best score, or a pass that was not here. */
  readonly finalImproves: boolean;
  /** Role-plays with a better best outcome. */
  readonly betterRolePlays: readonly string[];
  /** The two names differ: the learner is asked before the profile is replaced. */
  readonly profileDiffers: boolean;
  /** True when merging would change nothing. */
  readonly nothingNew: boolean;
}

/** What merging `incoming` into `current` would change, shown before anything is written. */
export function previewMerge(current: Progress, incoming: Progress): MergePreview {
  const result = mergeProgress(current, incoming, { replaceProfile: false });
  const newlyCompleted = Object.keys(result.l).filter((slug) => result.l[slug]!.c !== undefined && current.l[slug]?.c === undefined);
  const betterChecks = Object.keys(result.l).filter((slug) => (result.l[slug]!.q?.b ?? -1) > (current.l[slug]?.q?.b ?? -1));
  const finalImproves = (result.f?.b ?? -1) > (current.f?.b ?? -1) || (result.f?.w !== undefined && current.f?.w === undefined);
  const betterRolePlays = Object.keys(result.r ?? {}).filter((id) => (result.r![id]!.b ?? -1) > (current.r?.[id]?.b ?? -1));
  const profileDiffers = Boolean(current.u && incoming.u && current.u.n !== incoming.u.n);
  const addsProfile = !current.u && Boolean(incoming.u);
  const nothingNew = !newlyCompleted.length && !betterChecks.length && !finalImproves && !betterRolePlays.length && !profileDiffers && !addsProfile;
  return { newlyCompleted, betterChecks, finalImproves, betterRolePlays, profileDiffers, nothingNew };
}
