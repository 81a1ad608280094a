import { z } from 'astro/zod';

/**
 * A role-play: content/roleplays/<locale>/<id>.yaml (the file name is the id).
 * Graph rules (the start exists, every node reachable, no loops, a won and a
 * lost ending) are checked by src/lib/roleplay/graph.ts, naming the node.
 */

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const Choice = z.strictObject({
  /** What the learner says. */
  text,
  /** The node or ending it leads to. */
  next: id,
  /** Change to the customer's state, -50 to +50. */
  effect: z.number().int().min(-50).max(50),
  /** What it did to the customer, for the debrief. */
  reaction: text,
  /** The principle it practises (effect >= 0) or breaks (effect < 0). */
  principle: text,
  /** Lesson (file name) and optionally a heading id in it. */
  lesson: id,
  section: z.string().min(1).optional(),
  /** Source document file name. */
  source: text,
});

const Node = z.strictObject({ customer: text, narration: text.optional(), choices: z.array(Choice) });

const Ending = z.strictObject({
  /** won: the customer is won back; neutral; lost. */
  outcome: z.enum(['won', 'neutral', 'lost']),
  title: text,
  debrief: text,
});

export const RolePlaySchema = z.strictObject({
  title: text,
  /** The lesson the scenario belongs to. */
  lesson: id,
  /** One or two sentences for the index. */
  summary: text,
  /** The situation, shown before the conversation starts. */
  setting: text,
  persona: z.strictObject({
    name: text,
    description: text,
    mood: text,
    /** What the customer really needs: on the customer's card. */
    needs: text,
    /** Lines to start with: on the customer's card. */
    openingLines: z.array(text).min(1),
  }),
  employee: z.strictObject({ situation: text, goal: text }),
  meter: z.strictObject({ label: text, initial: z.number().int().min(0).max(100) }),
  start: id,
  nodes: z.record(id, Node),
  endings: z.record(id, Ending),
  /** In a translation: the fingerprint of the original it was made from (written by `npm run i18n:stamp`). */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/).optional(),
});

export type AuthoredRolePlay = z.output<typeof RolePlaySchema>;
