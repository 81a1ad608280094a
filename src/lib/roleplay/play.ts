/**
 * Playing a scenario. The state is just the path: the index of each reply
 * chosen so far. Everything else (where the conversation is, the meter, the
 * debrief) is replayed from it, so a stored path resumes exactly.
 */
import { intlLocale } from '../locales';
import type { Outcome, RolePlayChoice, Scenario } from './types';

export interface Step {
  readonly node: string;
  readonly choiceIndex: number;
  readonly choice: RolePlayChoice;
  readonly meterBefore: number;
  readonly meterAfter: number;
}

export interface Position {
  /** A node id, or an ending id when `ended`. */
  readonly at: string;
  readonly ended: boolean;
  readonly meter: number;
  readonly steps: readonly Step[];
}

export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { lost: 0, neutral: 1, won: 2 };

export function clampMeter(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** Where `path` leads, or undefined when it does not fit the scenario (it changed since it was stored). */
export function replay(scenario: Scenario, path: readonly number[]): Position | undefined {
  let at = scenario.start;
  let meter = clampMeter(scenario.meter.initial);
  const steps: Step[] = [];
  for (const choiceIndex of path) {
    const node = scenario.nodes[at];
    const choice = node?.choices[choiceIndex];
    if (!choice) return undefined;
    const meterAfter = clampMeter(meter + choice.effect);
    steps.push({ node: at, choiceIndex, choice, meterBefore: meter, meterAfter });
    meter = meterAfter;
    at = choice.next;
  }
  const ended = Object.hasOwn(scenario.endings, at);
  if (!ended && !Object.hasOwn(scenario.nodes, at)) return undefined;
  return { at, ended, meter, steps };
}

/** The path after choosing reply `index` where `path` leads; unchanged once the conversation has ended. */
export function choose(scenario: Scenario, path: readonly number[], index: number): number[] {
  const position = replay(scenario, path);
  if (!position || position.ended || !scenario.nodes[position.at]!.choices[index]) return [...path];
  return [...path, index];
}

/** The longest conversation a scenario allows: the number of nodes, since conversations move forward. */
export function longestPath(scenario: Scenario): number {
  return Object.keys(scenario.nodes).length;
}

/**
 * Whether `title` already says `label` (or the reverse), ignoring case,
 * punctuation and spacing: "Customer lost" under the title "Customer lost"
 * would say it twice.
 */
export function restates(title: string, label: string): boolean {
  const plain = (text: string) =>
    text
      .normalize('NFKC')
      .toLocaleLowerCase()
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim();
  const [a, b] = [plain(title), plain(label)];
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * A reply's effect on the meter as the page's language writes a signed number: "+10", "-20", "0".
 * In Arabic, Intl puts a left-to-right mark before the sign, so "-20" keeps its minus on the left
 * inside right-to-left text instead of showing as "20-".
 */
export function signedChange(effect: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { signDisplay: 'exceptZero' }).format(effect);
}
