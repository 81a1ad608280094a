/**
 * Checks a scenario's conversation graph: every problem names the node, so
 * an author can find it. Conversations move forward: a reply may not lead
 * back to an earlier node, so every path ends, within as many steps as there
 * are nodes.
 */
import type { Scenario } from './types';

export const CHOICE_LIMITS = { min: 2, max: 4 } as const;

export function scenarioProblems(scenario: Pick<Scenario, 'start' | 'nodes' | 'endings'>): string[] {
  const problems: string[] = [];
  const nodes = new Map(Object.entries(scenario.nodes));
  const endings = new Map(Object.entries(scenario.endings));
  for (const id of nodes.keys()) if (endings.has(id)) problems.push(`node "${id}": is also the id of an ending`);
  if (!nodes.has(scenario.start)) problems.push(`node "${scenario.start}": the start node does not exist`);

  for (const [id, node] of nodes) {
    if (node.choices.length < CHOICE_LIMITS.min || node.choices.length > CHOICE_LIMITS.max) {
      problems.push(`node "${id}": has ${node.choices.length} choices; it needs ${CHOICE_LIMITS.min} to ${CHOICE_LIMITS.max}`);
    }
    node.choices.forEach((choice, index) => {
      if (!nodes.has(choice.next) && !endings.has(choice.next)) {
        problems.push(`node "${id}": choice ${index + 1} goes to "${choice.next}", which is neither a node nor an ending`);
      }
    });
  }

  // Reachable from the start.
  const reached = new Set<string>();
  const queue = nodes.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const choice of nodes.get(id)?.choices ?? []) queue.push(choice.next);
  }
  for (const id of nodes.keys()) if (!reached.has(id)) problems.push(`node "${id}": cannot be reached from the start`);
  for (const id of endings.keys()) if (!reached.has(id)) problems.push(`ending "${id}": cannot be reached from the start`);

  // Loops: depth-first search, reporting the first loop through each node once.
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (!nodes.has(id) || state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      if (!reported.has(id)) problems.push(`node "${id}": a loop (${loop.join(' → ')}); conversations must move forward`);
      loop.forEach((node) => reported.add(node));
      return;
    }
    state.set(id, 'open');
    for (const choice of nodes.get(id)!.choices) visit(choice.next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of nodes.keys()) visit(id, []);

  const outcomes = new Set([...endings.values()].map((ending) => ending.outcome));
  if (!outcomes.has('won')) problems.push('the scenario needs at least one ending where the customer is won back (outcome: won)');
  if (!outcomes.has('lost')) problems.push('the scenario needs at least one ending where the customer is lost (outcome: lost)');
  return problems;
}
