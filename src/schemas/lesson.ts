import { z } from 'astro/zod';

/**
 * Frontmatter of a lesson: content/lessons/<locale>/<slug>.mdx. The same slug in
 * two locales is the same lesson; the default locale's file is the original. Its place in
 * the course is in content/course.yaml (`lessons:`), not here.
 */
export function lessonSchema(sourceIds: readonly string[]) {
  return z.strictObject({
    /** Shown as the page heading and in the course map. */
    title: z.string().min(1),
    /** One or two sentences for the course map and the page description. */
    summary: z.string().min(1).max(300),
    /** Estimated reading and activity time in minutes. */
    minutes: z.number().int().min(1).max(120),
    /**
     * Minutes the lesson takes in a trainer-led workshop (discussion and the group
     * activity included): the workshop planner's duration, and what the timing in
     * <FacilitatorNotes> must add up to.
     */
    workshopMinutes: z.number().int().min(5).max(240),
    /** What a learner can do afterwards, each starting with a verb. @example ["Explain what a moment of truth is"] */
    objectives: z.array(z.string().min(1)).min(2).max(4),
    /** File names of the source documents the lesson draws on (content/sources.yaml). */
    sources: z
      .array(
        z.string().refine((id) => sourceIds.includes(id), {
          error: (issue) => `unknown source "${String(issue.input)}"; known: ${sourceIds.join(', ')}`,
        }),
      )
      .min(1),
    /**
     * The course's own reasoning in this lesson, as short claims (each as the lesson states
     * it): shown to learners as "ours, not a source's", and never given a source id.
     * @example ["The three groups of the seventeen steps are the course's, not the source's"]
     */
    ours: z.array(z.string().trim().min(1)).optional(),
    /** In a translation: the fingerprint of the original it was made from (written by `npm run i18n:stamp`). */
    translatedFrom: z.string().regex(/^[0-9a-f]{12}$/).optional(),
  });
}

export type LessonFrontmatter = z.output<ReturnType<typeof lessonSchema>>;
