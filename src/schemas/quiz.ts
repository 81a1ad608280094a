import { z } from 'astro/zod';

/**
 * A lesson's questions: content/quizzes/<locale>/<lesson>.yaml. The file name
 * is the lesson's. Rules a schema cannot express (one correct answer, feedback
 * for every option, a section that exists...) are checked by
 * src/lib/quiz/validate.ts, with the question id in the message.
 */

const text = z.string().trim().min(1);

const common = {
  /** Unique in the file; with the lesson it names the question everywhere. @example "definition" */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by hyphens'),
  /** The question, or for true-false the statement to judge. */
  prompt: text,
  /** Heading id in the lesson that teaches the answer. @example "the-seventeen-steps" */
  section: text,
  /** Source document the answer comes from. */
  source: text,
  /** The principle it practises, shown with the feedback. */
  principle: text,
  /** False keeps the question out of the lesson's knowledge check (final assessment only). */
  check: z.boolean().default(true),
  /** In a translation: the fingerprint of the original question it was made from (written by `npm run i18n:stamp`). */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/).optional(),
};

const Choice = z.strictObject({
  text,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. Required: checked with the question id. */
  feedback: z.string().optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('single'), options: z.array(Choice) }),
  z.strictObject({ ...common, type: z.literal('multiple'), options: z.array(Choice) }),
  z.strictObject({ ...common, type: z.literal('scenario'), situation: text, options: z.array(Choice) }),
  z.strictObject({ ...common, type: z.literal('true-false'), answer: z.boolean(), explanation: text }),
  z.strictObject({ ...common, type: z.literal('ordering'), items: z.array(text), explanation: text }),
  z.strictObject({ ...common, type: z.literal('matching'), pairs: z.array(z.strictObject({ left: text, right: text })), explanation: text }),
]);

export const QuizFileSchema = z.strictObject({ questions: z.array(QuestionSchema).min(1) });

export type AuthoredQuiz = z.output<typeof QuizFileSchema>;
