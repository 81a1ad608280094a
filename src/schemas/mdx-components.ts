import { z } from 'astro/zod';

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
