/**
 * Role-play actions on $progress, in a module of their own so that only pages
 * with a role-play load them.
 */
import { recordOutcome, savePath } from '../lib/progress/roleplay-rules';
import { update } from './progress';

export function saveRolePlayPath(scenario: string, path: readonly number[]): void {
  update((doc) => savePath(doc, scenario, path));
}

export function recordRolePlayOutcome(scenario: string, rank: number): void {
  update((doc) => recordOutcome(doc, scenario, rank));
}
