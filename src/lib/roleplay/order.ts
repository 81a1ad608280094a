/**
 * The order in which a scenario's replies are shown. Authors write the best
 * reply first, so showing them as authored would give the answer away: each
 * node's replies are shown in a seeded order (src/lib/shuffle.ts), keyed by
 * the scenario and node ids, so it is the same on every visit and in every
 * locale. The stored path keeps authored indexes, never screen positions.
 */
import { spreadOrders } from '../shuffle';
import { OUTCOME_RANK } from './play';
import type { Scenario } from './types';

/** The best outcome reachable from a node or ending id; -1 for an id that is neither. */
export function bestReachable(scenario: Pick<Scenario, 'nodes' | 'endings'>, id: string, seen: ReadonlySet<string> = new Set()): number {
  const ending = Object.hasOwn(scenario.endings, id) ? scenario.endings[id]! : undefined;
  if (ending) return OUTCOME_RANK[ending.outcome];
  const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id]! : undefined;
  // A loop (which the graph check rejects) leads nowhere.
  if (!node || seen.has(id)) return -1;
  const path = new Set([...seen, id]);
  return Math.max(-1, ...node.choices.map((choice) => bestReachable(scenario, choice.next, path)));
}

/**
 * The best reply at a node: the one from which the best ending can still be
 * reached, and among those the one that does the customer most good (the
 * highest effect); the first such on a tie.
 */
export function bestReply(scenario: Pick<Scenario, 'nodes' | 'endings'>, nodeId: string): number {
  const choices = scenario.nodes[nodeId]?.choices ?? [];
  let best = -1;
  let bestScore: [number, number] = [-Infinity, -Infinity];
  choices.forEach((choice, index) => {
    const score: [number, number] = [bestReachable(scenario, choice.next), choice.effect];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** For every node of the scenario, the authored indexes of its replies in the order to show them. */
export function replyOrders(scenario: Pick<Scenario, 'id' | 'nodes' | 'endings'>): Record<string, readonly number[]> {
  const groups = Object.entries(scenario.nodes).map(([id, node]) => ({ id, count: node.choices.length, key: bestReply(scenario, id) }));
  return Object.fromEntries(spreadOrders(scenario.id, groups, { avoidFirst: true }));
}
