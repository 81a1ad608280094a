import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { scenarioProblems } from '../../src/lib/roleplay/graph';
import { choose, clampMeter, longestPath, OUTCOME_RANK, replay, signedChange } from '../../src/lib/roleplay/play';
import type { RolePlayChoice, Scenario } from '../../src/lib/roleplay/types';
import { recordOutcome, savePath } from '../../src/lib/progress/roleplay-rules';
import { emptyProgress } from '../../src/lib/progress/schema';
import { readProgress, serializeProgress } from '../../src/lib/progress/codec';

const reply = (next: string, effect = 10): RolePlayChoice => ({
  text: `to ${next}`,
  next,
  effect,
  reaction: 'reacts',
  principle: 'a principle',
  lesson: 'handling-complaints',
  source: '001_a33365374561fff3.txt',
});

const tiny: Scenario = {
  id: 'tiny',
  title: 'Tiny',
  lesson: 'handling-complaints',
  summary: 's',
  setting: 's',
  persona: { name: 'C', description: 'd', mood: 'm', needs: 'n', openingLines: ['hi'] },
  employee: { situation: 's', goal: 'g' },
  meter: { label: 'Trust', initial: 50 },
  start: 'a',
  nodes: {
    a: { customer: 'Hello', choices: [reply('b', 30), reply('lost', -60)] },
    b: { customer: 'And?', narration: 'Later', choices: [reply('won', 40), reply('meh', -5)] },
  },
  endings: {
    won: { outcome: 'won', title: 'Won', debrief: 'd' },
    meh: { outcome: 'neutral', title: 'Meh', debrief: 'd' },
    lost: { outcome: 'lost', title: 'Lost', debrief: 'd' },
  },
};

const shipped: Scenario[] = readdirSync('content/roleplays/en').map((file) => ({
  ...(parse(readFileSync(`content/roleplays/en/${file}`, 'utf-8')) as Omit<Scenario, 'id'>),
  id: file.replace(/\.yaml$/, ''),
}));

describe('scenario graph checks', () => {
  it('accepts a sound scenario and every shipped one', () => {
    expect(scenarioProblems(tiny)).toEqual([]);
    for (const scenario of shipped) expect(scenarioProblems(scenario), scenario.id).toEqual([]);
    expect(shipped.length).toBeGreaterThanOrEqual(6);
  });

  it('names the node for each problem', () => {
    const broken = {
      start: 'missing',
      nodes: {
        a: { customer: 'x', choices: [reply('b')] },
        b: { customer: 'y', choices: [reply('c'), reply('nowhere')] },
        c: { customer: 'z', choices: [reply('b'), reply('won')] },
        won: { customer: 'clash', choices: [reply('won'), reply('won')] },
      },
      endings: { won: { outcome: 'won' as const, title: 't', debrief: 'd' }, orphan: { outcome: 'neutral' as const, title: 't', debrief: 'd' } },
    };
    expect(scenarioProblems(broken)).toEqual([
      'node "won": is also the id of an ending',
      'node "missing": the start node does not exist',
      'node "a": has 1 choices; it needs 2 to 4',
      'node "b": choice 2 goes to "nowhere", which is neither a node nor an ending',
      'node "a": cannot be reached from the start',
      'node "b": cannot be reached from the start',
      'node "c": cannot be reached from the start',
      'node "won": cannot be reached from the start',
      'ending "won": cannot be reached from the start',
      'ending "orphan": cannot be reached from the start',
      'node "b": a loop (b → c → b); conversations must move forward',
      'node "won": a loop (won → won); conversations must move forward',
      'the scenario needs at least one ending where the customer is lost (outcome: lost)',
    ]);
  });

  it('requires a won ending too', () => {
    const noWin = { ...tiny, endings: { ...tiny.endings, won: { ...tiny.endings.won!, outcome: 'neutral' as const } } };
    expect(scenarioProblems(noWin)).toEqual(['the scenario needs at least one ending where the customer is won back (outcome: won)']);
  });

  it('flags too many choices', () => {
    const many = { ...tiny, nodes: { ...tiny.nodes, a: { customer: 'x', choices: [reply('b'), reply('b'), reply('lost'), reply('b'), reply('b')] } } };
    expect(scenarioProblems(many)).toEqual(['node "a": has 5 choices; it needs 2 to 4']);
  });
});

describe('playing', () => {
  it('replays a path into a position, with the meter kept within 0 and 100', () => {
    expect(replay(tiny, [])).toEqual({ at: 'a', ended: false, meter: 50, steps: [] });
    const position = replay(tiny, [0, 0])!;
    expect(position.at).toBe('won');
    expect(position.ended).toBe(true);
    expect(position.meter).toBe(100);
    expect(position.steps.map((step) => [step.node, step.meterBefore, step.meterAfter])).toEqual([
      ['a', 50, 80],
      ['b', 80, 100],
    ]);
    expect(replay(tiny, [1])!.meter).toBe(0);
  });

  it('refuses a stored path that no longer fits', () => {
    expect(replay(tiny, [5])).toBeUndefined();
    expect(replay(tiny, [0, 0, 0])).toBeUndefined();
    expect(replay({ ...tiny, start: 'gone' }, [])).toBeUndefined();
  });

  it('chooses only where a choice exists', () => {
    expect(choose(tiny, [], 0)).toEqual([0]);
    expect(choose(tiny, [0], 1)).toEqual([0, 1]);
    expect(choose(tiny, [0, 1], 0)).toEqual([0, 1]);
    expect(choose(tiny, [], 7)).toEqual([]);
    expect(choose(tiny, [9], 0)).toEqual([9]);
  });

  it('clamps and ranks', () => {
    expect(clampMeter(-3)).toBe(0);
    expect(clampMeter(104)).toBe(100);
    expect(clampMeter(41.6)).toBe(42);
    expect(OUTCOME_RANK).toEqual({ lost: 0, neutral: 1, won: 2 });
    expect(longestPath(tiny)).toBe(2);
  });

  it('always reaches an ending within the number of nodes, on any random path through every scenario', () => {
    for (const scenario of shipped) {
      fc.assert(
        fc.property(fc.array(fc.nat(3), { minLength: 20, maxLength: 20 }), (picks) => {
          let path: number[] = [];
          for (const pick of picks) {
            const position = replay(scenario, path)!;
            if (position.ended) break;
            const choices = scenario.nodes[position.at]!.choices.length;
            path = choose(scenario, path, pick % choices);
          }
          const end = replay(scenario, path)!;
          expect(end.ended).toBe(true);
          expect(path.length).toBeLessThanOrEqual(longestPath(scenario));
          expect(end.meter).toBeGreaterThanOrEqual(0);
          expect(end.meter).toBeLessThanOrEqual(100);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('every shipped scenario can be won and can be lost', () => {
    for (const scenario of shipped) {
      const outcomes = new Set<string>();
      const walk = (path: number[]) => {
        const position = replay(scenario, path)!;
        if (position.ended) return void outcomes.add(scenario.endings[position.at]!.outcome);
        scenario.nodes[position.at]!.choices.forEach((_, index) => walk([...path, index]));
      };
      walk([]);
      expect([...outcomes].sort(), scenario.id).toEqual(expect.arrayContaining(['lost', 'won']));
    }
  });
});

describe('role-play progress', () => {
  it('saves the path, keeps the best outcome and stays valid', () => {
    let doc = savePath(emptyProgress(), 'tiny', [0]);
    expect(doc.r).toEqual({ tiny: { p: [0] } });
    doc = recordOutcome(doc, 'tiny', 1);
    doc = savePath(doc, 'tiny', [0, 1]);
    expect(doc.r!.tiny).toEqual({ p: [0, 1], b: 1 });
    expect(recordOutcome(doc, 'tiny', 0)).toBe(doc);
    doc = recordOutcome(doc, 'tiny', 2);
    expect(doc.r!.tiny!.b).toBe(2);
    doc = savePath(doc, 'tiny', []);
    expect(doc.r!.tiny).toEqual({ p: [], b: 2 });
    expect(recordOutcome(emptyProgress(), 'other', 0).r).toEqual({ other: { p: [], b: 0 } });
    expect(savePath(emptyProgress(), 'long', Array(40).fill(1)).r!.long!.p).toHaveLength(16);
    expect(readProgress(serializeProgress(doc)).ok).toBe(true);
  });
});

describe('signedChange', () => {
  it('writes the meter change with its sign, and keeps the minus on the left in Arabic', () => {
    expect(signedChange(10, 'en')).toBe('+10');
    expect(signedChange(-20, 'en')).toBe('-20');
    expect(signedChange(0, 'en')).toBe('0');
    // A left-to-right mark holds the sign to the number inside right-to-left text.
    expect(signedChange(-20, 'ar')).toBe('\u200e-20');
    expect(signedChange(15, 'ar')).toBe('\u200e+15');
  });
});
