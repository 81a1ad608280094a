/**
 * The order of role-play replies: seeded, stable, the same in every locale,
 * and the best reply is not the first button in most steps (authors write it
 * first: shown as authored, picking the first button always won).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { bestReachable, bestReply, replyOrders } from '../../src/lib/roleplay/order';
import { restates } from '../../src/lib/roleplay/play';
import type { RolePlayChoice, Scenario } from '../../src/lib/roleplay/types';

const reply = (next: string, effect = 10): RolePlayChoice => ({
  text: `to ${next}`,
  next,
  effect,
  reaction: 'reacts',
  principle: 'a principle',
  lesson: 'handling-complaints',
  source: '001_a33365374561fff3.txt',
});

const endings = {
  won: { outcome: 'won' as const, title: 'Won', debrief: 'd' },
  meh: { outcome: 'neutral' as const, title: 'Meh', debrief: 'd' },
  lost: { outcome: 'lost' as const, title: 'Lost', debrief: 'd' },
};

function load(locale: string, file: string): Scenario {
  return { ...(parse(readFileSync(`content/roleplays/${locale}/${file}`, 'utf-8')) as Omit<Scenario, 'id'>), id: file.replace(/\.yaml$/, '') };
}
const shipped = readdirSync('content/roleplays/en').map((file) => load('en', file));

describe('the best reply', () => {
  it('is the one from which the best ending can still be reached, then the one with the highest effect', () => {
    const scenario = {
      nodes: {
        a: { customer: 'x', choices: [reply('lost', 40), reply('b', 5), reply('c', 20)] },
        b: { customer: 'y', choices: [reply('meh', 10), reply('won', -5)] },
        c: { customer: 'z', choices: [reply('won', 10), reply('lost', 30)] },
        tie: { customer: 't', choices: [reply('won', 10), reply('won', 10)] },
      },
      endings,
    };
    // b and c can both reach "won"; c does more good.
    expect(bestReply(scenario, 'a')).toBe(2);
    // Reaching "won" beats a higher effect.
    expect(bestReply(scenario, 'b')).toBe(1);
    expect(bestReply(scenario, 'c')).toBe(0);
    expect(bestReply(scenario, 'tie')).toBe(0);
    expect(bestReply(scenario, 'missing')).toBe(-1);
  });

  it('counts a loop or an unknown id as leading nowhere', () => {
    const scenario = { nodes: { a: { customer: 'x', choices: [reply('a'), reply('nowhere')] }, b: { customer: 'y', choices: [reply('a'), reply('meh')] } }, endings };
    expect(bestReachable(scenario, 'a')).toBe(-1);
    expect(bestReachable(scenario, 'b')).toBe(1);
    expect(bestReachable(scenario, 'nowhere')).toBe(-1);
    expect(bestReachable(scenario, 'won')).toBe(2);
  });

  it('is the first reply at every step of every shipped scenario (which is why the order must not be the authored one)', () => {
    const nodes = shipped.flatMap((scenario) => Object.keys(scenario.nodes).map((id) => bestReply(scenario, id)));
    expect(nodes).toHaveLength(19);
    expect(nodes.every((index) => index === 0)).toBe(true);
  });
});

describe('reply order', () => {
  it('shows every reply once, the same way every time', () => {
    for (const scenario of shipped) {
      const orders = replyOrders(scenario);
      expect(Object.keys(orders).sort()).toEqual(Object.keys(scenario.nodes).sort());
      for (const [id, order] of Object.entries(orders)) expect([...order].sort()).toEqual(scenario.nodes[id]!.choices.map((_, index) => index));
      expect(replyOrders(scenario)).toEqual(orders);
    }
  });

  it('does not show the best reply first in more than a third of the steps of any shipped scenario', () => {
    let first = 0;
    let steps = 0;
    for (const scenario of shipped) {
      const orders = replyOrders(scenario);
      const ids = Object.keys(scenario.nodes);
      const bestFirst = ids.filter((id) => orders[id]![0] === bestReply(scenario, id)).length;
      expect(bestFirst, scenario.id).toBeLessThanOrEqual(ids.length / 3);
      first += bestFirst;
      steps += ids.length;
    }
    expect(first / steps).toBeLessThanOrEqual(1 / 3);
  });

  it('is the same in every locale: it depends on the ids, never on the text', () => {
    for (const file of readdirSync('content/roleplays/ar')) {
      expect(replyOrders(load('ar', file))).toEqual(replyOrders(load('en', file)));
    }
  });

  it('never puts the best reply first more often than its fair share, rounded down, for any scenario whose steps have as many replies', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 4 }), fc.string(), (ids, count, id) => {
        const nodes = Object.fromEntries(ids.map((node) => [node, { customer: node, choices: Array.from({ length: count }, (_, index) => reply(index === 0 ? 'won' : 'lost', 10 - index)) }]));
        const orders = replyOrders({ id, nodes, endings });
        const firsts = ids.filter((node) => orders[node]![0] === 0).length;
        expect(firsts).toBeLessThanOrEqual(Math.floor(ids.length / count));
        // And the other positions share the rest evenly.
        const positions = Array.from({ length: count }, (_, position) => ids.filter((node) => orders[node]!.indexOf(0) === position).length);
        expect(Math.max(...positions.slice(1)) - Math.min(...positions.slice(1))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('an ending title that already says its outcome', () => {
  it('is recognised whatever the case, punctuation or ending of a word', () => {
    expect(restates('Customer won back', 'Customer won back')).toBe(true);
    expect(restates('Customer lost!', 'customer lost')).toBe(true);
    expect(restates('استعدت العميلة', 'استعدت العميل')).toBe(true);
    expect(restates('Regular lost', 'Customer lost')).toBe(false);
    expect(restates('Served, but shaken', 'Neutral')).toBe(false);
  });
});
