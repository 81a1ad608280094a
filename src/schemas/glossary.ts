import { z } from 'astro/zod';

/** One glossary entry: content/glossary/<locale>.yaml is a list of these. */
export const GlossaryEntrySchema = z.strictObject({
  /** The anchor on the glossary page and the id <Term id="…"> uses. @example "moment-of-truth" */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The word or phrase as learners meet it. */
  term: z.string().min(1),
  /** A plain definition, faithful to the sources. */
  definition: z.string().min(1),
  /**
   * No longer used: the glossary's "Explained in" lists the lessons whose <Term id="…"> names the
   * term. Accepted (and ignored) so older files still build; delete it.
   */
  lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** In a translation: the fingerprint of the original entry it was made from (written by `npm run i18n:stamp`). */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/).optional(),
});

export const GlossarySchema = z.array(GlossaryEntrySchema).min(1);

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
