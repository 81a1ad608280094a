/** Role-play results on the course map and My progress (src/lib/progress/practice.ts). */
import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import { ROLEPLAY_RESULT_KEYS, rolePlayResult, rolePlaysByLesson, rolePlaysOf } from '../../src/lib/progress/practice';
import { recordOutcome } from '../../src/lib/progress/roleplay-rules';
import { emptyProgress } from '../../src/lib/progress/schema';

describe('rolePlayResult', () => {
  it('names the best outcome stored: 0 lost, 1 neutral, 2 won', () => {
    const progress = { r: { a: { p: [], b: 0 }, b: { p: [1], b: 1 }, c: { p: [], b: 2 } } };
    expect(['a', 'b', 'c'].map((id) => rolePlayResult(progress, id))).toEqual(['lost', 'neutral', 'won']);
  });

  it('is "not played" with no role-play results at all, none for this one, one under way, or a rank out of range', () => {
    expect(rolePlayResult({}, 'a')).toBe('not-played');
    expect(rolePlayResult({ r: { b: { p: [], b: 2 } } }, 'a')).toBe('not-played');
    expect(rolePlayResult({ r: { a: { p: [0, 1] } } }, 'a')).toBe('not-played');
    expect(rolePlayResult({ r: { a: { p: [], b: 7 } } }, 'a')).toBe('not-played');
    expect(rolePlayResult({ r: { a: { p: [], b: 2 } } }, 'constructor')).toBe('not-played');
  });

  it('follows what the role-play records: a lost ending, then a win, keeps the win', () => {
    let progress = recordOutcome(emptyProgress(), 'angry-caller', 0);
    expect(rolePlayResult(progress, 'angry-caller')).toBe('lost');
    progress = recordOutcome(progress, 'angry-caller', 2);
    progress = recordOutcome(progress, 'angry-caller', 1);
    expect(rolePlayResult(progress, 'angry-caller')).toBe('won');
  });

  it('has an interface string for every result', () => {
    expect(Object.values(ROLEPLAY_RESULT_KEYS).map((key) => (en as Record<string, unknown>)[key])).toEqual(['Customer won back', 'Neutral', 'Customer lost', 'Not played yet']);
  });
});

describe('rolePlaysByLesson', () => {
  const plays = [
    { id: 'angry-caller', lesson: 'handling-complaints' },
    { id: 'coffee-regular', lesson: 'what-customers-expect' },
    { id: 'late-salon', lesson: 'what-customers-expect' },
    { id: 'odd', lesson: 'constructor' },
  ];

  it('groups the role-plays under the lesson each practises, in the order given', () => {
    const grouped = rolePlaysByLesson(plays);
    expect(rolePlaysOf(grouped, 'what-customers-expect').map((play) => play.id)).toEqual(['coffee-regular', 'late-salon']);
    expect(rolePlaysOf(grouped, 'handling-complaints').map((play) => play.id)).toEqual(['angry-caller']);
    expect(rolePlaysOf(grouped, 'constructor').map((play) => play.id)).toEqual(['odd']);
    // Plain data for an island's props.
    expect(JSON.parse(JSON.stringify(grouped))).toEqual(grouped);
  });

  it('gives none for a lesson no role-play practises, whatever its name', () => {
    const grouped = rolePlaysByLesson(plays.slice(0, 1));
    expect(rolePlaysOf(grouped, 'team-spirit')).toEqual([]);
    expect(rolePlaysOf(grouped, 'toString')).toEqual([]);
    expect(rolePlaysOf(rolePlaysByLesson([]), 'handling-complaints')).toEqual([]);
  });
});
