/**
 * Display orders that do not give the answer away. Authors tend to write the
 * right answer first (the best role-play reply, the correct option), so items
 * are shown in a seeded order instead: the same every time and in every
 * locale (seeds come from ids, never from text), while answers stay stored by
 * their authored index.
 *
 * A plain shuffle per question still clumps in a short quiz or a three-step
 * role-play (the right answer can land first, or last, in most of them). So
 * within one scope (a scenario, a lesson's quiz) the position of each group's
 * key item (its answer) is spread: every position gets its fair share, and
 * the first position never more than its share, rounded down where ties
 * allow. Which group gets which position, and the order of the other items,
 * comes from the seed.
 */
import type { Question } from './quiz/types';
import { questionKey } from './quiz/types';
import { rng, seedFrom, shuffle } from './quiz/random';

export interface Group {
  /** Unique within the scope and the same in every locale: a node id, a question id. */
  readonly id: string;
  /** How many items the group shows. */
  readonly count: number;
  /** Authored index of the item whose position would give the answer away, if any. */
  readonly key?: number | undefined;
}

const EPSILON = 1e-9;

/** For each group id, the authored indexes in the order to show them. */
export function spreadOrders(scope: string, groups: readonly Group[], { avoidFirst = false }: { avoidFirst?: boolean } = {}): Map<string, number[]> {
  const seeded = groups
    .map((group) => ({ group, seed: seedFrom(`${scope}/${group.id}`) }))
    .sort((a, b) => a.seed - b.seed);
  const expected: number[] = [];
  const placed: number[] = [];
  const orders = new Map<string, number[]>();
  for (const { group, seed } of seeded) {
    const random = rng(seed);
    const items = Array.from({ length: group.count }, (_, index) => index);
    const key = group.key;
    if (key === undefined || key < 0 || key >= items.length) {
      orders.set(group.id, shuffle(items, random));
      continue;
    }
    const deficits = items.map((position) => {
      expected[position] = (expected[position] ?? 0) + 1 / items.length;
      return expected[position] - (placed[position] ?? 0);
    });
    const most = Math.max(...deficits);
    let candidates = items.filter((position) => deficits[position]! > most - EPSILON);
    // With avoidFirst, the first position gives way on a tie: it is the one a guesser tries.
    if (avoidFirst && candidates.length > 1) candidates = candidates.filter((position) => position !== 0);
    const position = candidates[Math.floor(random() * candidates.length)]!;
    placed[position] = (placed[position] ?? 0) + 1;
    const rest = shuffle(
      items.filter((item) => item !== key),
      random,
    );
    rest.splice(position, 0, key);
    orders.set(group.id, rest);
  }
  return orders;
}

/**
 * Display orders of choice options (single, multiple, scenario), by question
 * key ("<lesson>/<id>"). Give it every question of a lesson, check and
 * final-only alike, so that the knowledge check, the final, the paper quiz,
 * its answer key and the presenter all agree. A single-answer question's
 * correct option is spread over the positions across its lesson; "select
 * all" options are simply shuffled. Other question types get no entry.
 */
export function optionOrders(questions: readonly Question[]): Map<string, number[]> {
  const byLesson = new Map<string, Group[]>();
  for (const question of questions) {
    if (question.type !== 'single' && question.type !== 'multiple' && question.type !== 'scenario') continue;
    const groups = byLesson.get(question.lesson) ?? [];
    byLesson.set(question.lesson, groups);
    const key = question.type === 'multiple' ? undefined : question.options.findIndex((option) => option.correct);
    groups.push({ id: question.id, count: question.options.length, key });
  }
  const orders = new Map<string, number[]>();
  for (const [lesson, groups] of byLesson) {
    for (const [id, order] of spreadOrders(lesson, groups)) orders.set(questionKey({ lesson, id }), order);
  }
  return orders;
}

/** Letters for printed options, in display order: A, B, C... */
export function optionLetter(position: number): string {
  return String.fromCharCode(65 + position);
}
