/**
 * The trainer's workshop plan, saved in the browser: which lessons, knowledge
 * checks and role-plays are in, when it starts and how breaks fall. Read from
 * storage like progress: validated, and unreadable text is reported (and kept
 * by the store), never used.
 */
import * as v from 'valibot';
import type { AgendaItem } from './agenda';

const Id = v.pipe(v.string(), v.maxLength(40), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const Ids = v.pipe(v.array(Id), v.maxLength(40));

/** What the planner accepts for its break settings, in minutes (the form uses the same bounds). */
export const BREAK_BOUNDS = {
  breakAfter: { min: 15, max: 480 },
  breakMinutes: { min: 5, max: 60 },
} as const;

const Minutes = ({ min, max }: { min: number; max: number }) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const PlanV1 = v.strictObject({
  v: v.literal(1),
  lessons: Ids,
  checks: Ids,
  roleplays: Ids,
  start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  breakAfter: Minutes(BREAK_BOUNDS.breakAfter),
  breakMinutes: Minutes(BREAK_BOUNDS.breakMinutes),
});

export type Plan = v.InferOutput<typeof PlanV1>;

export function emptyPlan(breakAfter: number, breakMinutes: number): Plan {
  return { v: 1, lessons: [], checks: [], roleplays: [], start: '09:00', breakAfter, breakMinutes };
}

export type PlanRead = { ok: true; plan: Plan | null } | { ok: false; detail: string };

/** null text (nothing saved) is fine; anything else must be a valid plan. */
export function readPlan(text: string | null): PlanRead {
  if (text === null) return { ok: true, plan: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  const result = v.safeParse(PlanV1, parsed);
  return result.success ? { ok: true, plan: result.output } : { ok: false, detail: result.issues[0].message };
}

export interface Catalogue {
  /** In course order. */
  readonly lessons: ReadonlyArray<{ readonly slug: string; readonly title: string; readonly lang?: string; readonly minutes: number; readonly check: boolean }>;
  readonly roleplays: ReadonlyArray<{ readonly id: string; readonly title: string; readonly lang?: string; readonly lesson: string }>;
  readonly checkMinutes: number;
  readonly rolePlayMinutes: number;
}

/**
 * What the plan puts on the agenda, in course order: each chosen lesson, then
 * its knowledge check, then the role-plays that practise it. A check or
 * role-play can be chosen without its lesson (a revision session).
 */
export function planItems(plan: Plan, catalogue: Catalogue): AgendaItem[] {
  const items: AgendaItem[] = [];
  const titled = (entry: { readonly title: string; readonly lang?: string }) => (entry.lang ? { title: entry.title, lang: entry.lang } : { title: entry.title });
  for (const lesson of catalogue.lessons) {
    if (plan.lessons.includes(lesson.slug)) items.push({ kind: 'lesson', id: lesson.slug, ...titled(lesson), minutes: lesson.minutes });
    if (lesson.check && plan.checks.includes(lesson.slug)) items.push({ kind: 'check', id: lesson.slug, ...titled(lesson), minutes: catalogue.checkMinutes });
    for (const play of catalogue.roleplays) {
      if (play.lesson === lesson.slug && plan.roleplays.includes(play.id)) items.push({ kind: 'roleplay', id: play.id, ...titled(play), minutes: catalogue.rolePlayMinutes });
    }
  }
  return items;
}

/** Adds or removes an id from one of the plan's lists, keeping the rest. */
export function toggle(plan: Plan, list: 'lessons' | 'checks' | 'roleplays', id: string, on: boolean): Plan {
  const rest = plan[list].filter((entry) => entry !== id);
  return { ...plan, [list]: on ? [...rest, id] : rest };
}
