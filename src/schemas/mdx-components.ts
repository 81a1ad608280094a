import { z } from 'astro/zod';
import { FIGURE_KINDS, figureProblems } from '../lib/figures/figure';

/** Props of the author-facing MDX components (src/components/mdx), validated when a lesson renders. */

const text = z.string().trim().min(1);

/** <Stat value="96%" source="000_….txt">of dissatisfied customers …</Stat> */
export const StatProps = z.strictObject({
  /** The number exactly as the source writes it. @example "96%" */
  value: text,
  /** The document it comes from (content/sources.yaml). */
  source: text,
});

/** <Story title="The traveller back from Greece" source="003_….txt"> */
export const StoryProps = z.strictObject({ title: text, source: text });

/** <Disagree title="How many do not complain?"> around the figures that differ. */
export const DisagreeProps = z.strictObject({ title: text });

/** <DoDont do="Listen to the end" dont="Interrupt the customer" /> */
export const DoDontProps = z.strictObject({ do: text, dont: text });

/** <Term id="moment-of-truth">moment of truth</Term>: links the first use of a word to the glossary. */
export const TermProps = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/) });

/** <LessonLink to="handling-complaints" section="the-17-steps">…</LessonLink> */
export const LessonLinkProps = z.strictObject({
  to: z.string().regex(/^[a-z0-9-]+$/),
  /** A heading id in that lesson; the link checker proves it exists. */
  section: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

/** Keys of <FacilitatorNotes timing> besides the lesson's own section ids. */
export const EXTRA_TIMING_KEYS = ['activity'] as const;

/**
 * <FacilitatorNotes timing={{ "what-a-moment-of-truth-is": 5, activity: 12 }} roleplay="late-salon">
 * Minutes per section (a heading id of the lesson, "try-it", or "activity" for the group
 * activity) must add up to the lesson's workshopMinutes; `roleplay` names the scenario
 * the notes link to.
 */
export const FacilitatorNotesProps = z.strictObject({
  // Heading ids keep letters of any script (Arabic headings give Arabic ids).
  timing: z.record(z.string().regex(/^[\p{L}\p{M}\p{N}-]+$/u), z.number().int().min(1).max(120)).refine((timing) => Object.keys(timing).length > 0, 'give the minutes of at least one section'),
  roleplay: z.string().regex(/^[a-z0-9-]+$/),
});

/**
 * <Figure kind="share" source="000_….txt" values="96%" labels="say nothing" caption="…" alt="…" />:
 * a figure drawn from the numbers written in the lesson (src/lib/figures). `values` and
 * `labels` are lists separated by "|"; what each kind takes is checked by figureProblems.
 */
export const FigureProps = z
  .strictObject({
    kind: z.enum(FIGURE_KINDS),
    /** The document the numbers or steps come from (content/sources.yaml). */
    source: text,
    /** The numbers exactly as the source writes them: "96%", "13", "15–20", ">30". */
    values: text.optional(),
    /** One label per value, or the steps / parts in order. */
    labels: text,
    /** What joins a parts figure's parts. */
    centre: text.optional(),
    /** The visible caption. */
    caption: text,
    /** The text alternative: what the figure shows, with its numbers. */
    alt: text,
  })
  .superRefine((props, context) => {
    for (const problem of figureProblems(props)) context.addIssue({ code: 'custom', path: problem.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: problem.message });
  });
