/**
 * Role-play results where the learner looks (the course map, My progress): which role-plays
 * practise each lesson, and the best outcome stored for each (progress `r[id].b`: 0 lost,
 * 1 neutral, 2 won; none when it was never played to an ending).
 * Not named roleplay-*: that would put it in the role-play chunk (astro.config.mjs), which the course map does not load.
 */
import type { UiKey } from '../ui-strings';
import type { Progress } from './schema';

export type RolePlayResult = 'won' | 'neutral' | 'lost' | 'not-played';

/** The interface string for each result (the outcomes as the role-play itself names them). */
export const ROLEPLAY_RESULT_KEYS: Readonly<Record<RolePlayResult, UiKey>> = {
  won: 'roleplay.outcome.won',
  neutral: 'roleplay.outcome.neutral',
  lost: 'roleplay.outcome.lost',
  'not-played': 'status.rolePlayNotPlayed',
};

/** Stored ranks, worst first (src/lib/roleplay/play.ts OUTCOME_RANK). */
const BY_RANK: readonly RolePlayResult[] = ['lost', 'neutral', 'won'];

/** The best outcome reached in role-play `id`, or 'not-played' (a rank the schema would not let in counts as none). */
export function rolePlayResult(progress: Pick<Progress, 'r'>, id: string): RolePlayResult {
  const best = progress.r && Object.hasOwn(progress.r, id) ? progress.r[id]!.b : undefined;
  return (best !== undefined && BY_RANK[best]) || 'not-played';
}

/** The role-plays grouped by the lesson they practise (plain data, for an island's props), each group in the order given. */
export function rolePlaysByLesson<T extends { readonly lesson: string }>(plays: readonly T[]): Record<string, T[]> {
  const grouped: Record<string, T[]> = {};
  for (const play of plays) {
    if (Object.hasOwn(grouped, play.lesson)) grouped[play.lesson]!.push(play);
    else grouped[play.lesson] = [play];
  }
  return grouped;
}

/** The role-plays that practise lesson `slug` (none for a lesson without any). */
export function rolePlaysOf<T>(grouped: Readonly<Record<string, readonly T[]>>, slug: string): readonly T[] {
  return Object.hasOwn(grouped, slug) ? grouped[slug]! : [];
}
