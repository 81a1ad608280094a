/**
 * A role-play scenario as the browser sees it (content/roleplays/<locale>/<id>.yaml
 * after validation). A conversation moves forward through nodes (the
 * customer speaks, the learner chooses a reply) until it reaches an ending.
 */

export type Outcome = 'won' | 'neutral' | 'lost';

export interface RolePlayChoice {
  /** What the learner says. */
  readonly text: string;
  /** A node or ending id. */
  readonly next: string;
  /** Change to the customer's state (the meter), from -50 to +50. */
  readonly effect: number;
  /** What the reply did to the customer, for the debrief. */
  readonly reaction: string;
  /** The principle the reply practises (effect >= 0) or breaks (effect < 0). */
  readonly principle: string;
  /** The lesson that teaches it, and optionally the section. */
  readonly lesson: string;
  readonly section?: string | undefined;
  /** Source document file name. */
  readonly source: string;
}

export interface RolePlayNode {
  /** What the customer says. */
  readonly customer: string;
  /** Optional scene-setting shown before the line. */
  readonly narration?: string | undefined;
  readonly choices: readonly RolePlayChoice[];
}

export interface RolePlayEnding {
  readonly outcome: Outcome;
  readonly title: string;
  readonly debrief: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The lesson it belongs to (the scenario is offered at its end). */
  readonly lesson: string;
  readonly summary: string;
  readonly setting: string;
  readonly persona: {
    readonly name: string;
    readonly description: string;
    readonly mood: string;
    /** What the customer really needs (for the customer card). */
    readonly needs: string;
    readonly openingLines: readonly string[];
  };
  readonly employee: { readonly situation: string; readonly goal: string };
  readonly meter: { readonly label: string; readonly initial: number };
  readonly start: string;
  readonly nodes: Readonly<Record<string, RolePlayNode>>;
  readonly endings: Readonly<Record<string, RolePlayEnding>>;
}
