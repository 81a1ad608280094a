/**
 * The progress document, version 2: what a learner has done, kept in the
 * browser. Validated with valibot because this code runs on every page (on the
 * same small schema full zod bundles to 92 KB gzipped, valibot to 1.8 KB).
 *
 * Shape (keys are short on purpose: a finished course must fit in 4,096
 * characters, the SCORM 1.2 suspend_data limit):
 *
 *   { "v": 2,
 *     "l": { "<lesson slug>": { "s": <started, unix seconds>, "c"?: <completed, unix seconds>,
 *                               "q"?: { "b": <best %>, "n": <attempts>, "h": [<last scores %, newest last, at most 3>] },
 *                               "p"?: <the last section reached: its index in the lesson's list of sections> } },
 *     "f"?: { "n": <attempts started>, "s": <seed of the current draw>, "p": <fingerprint of the bank it was drawn from>,
 *             "r": [<answers, encoded by src/lib/quiz/encode.ts; "" = unanswered>],
 *             "d"?: 1 when the current attempt is submitted, "l"?: <last %>, "b"?: <best %>, "w"?: <first pass, unix seconds>,
 *             "t"?: <current attempt started, unix seconds>, "e"?: <current attempt submitted, unix seconds> },
 *     "r"?: { "<scenario id>": { "p": [<reply chosen at each step>], "b"?: <best outcome: 0 lost, 1 neutral, 2 won> } },
 *     "u"?: { "n": <name for the certificate, any script>, "e"?: <employee ID>, "m"?: <email>, "k"?: <preferred locale> },
 *     "g"?: { "<glossary term id>": <flashcard answer: 1 "I knew it", 0 "review again"> } }
 *
 * "q" holds a lesson's knowledge-check results; "f" the final assessment; "r"
 * the role-plays (the path of the conversation under way, and the best outcome).
 * Both were added before the first release, as optional fields, so every
 * document written earlier is still a valid version 1. So were "f.t" and
 * "f.e" (when the attempt under way was started and submitted, for the HR
 * page's consistency checks): a document without them is still valid.
 *
 * Version 2 added "l.*.p" (where a learner left a lesson, offered on return)
 * and "g" (the flashcards). Both are optional, so a version 1 document is a
 * valid version 2 once its number changes (PROGRESS_MIGRATIONS in codec.ts);
 * the number changed so that a page still running version 1 code (a tab open
 * across an update) says "saved by a newer version" instead of "not in the
 * expected format". The section is an index, not an id, to keep the document
 * within the SCORM limit; section lists are identical in every locale
 * (issue 21's translation contract), and an index past the end is ignored.
 * Flashcard answers are convenience data: when a document is too long for
 * an LMS, they are the part left out (src/lib/scorm/cmi.ts encodeSuspend).
 *
 * A lesson's status is derived: no entry = not started, "s" only = in
 * progress, "c" = completed. Nothing derivable is stored.
 */
import * as v from 'valibot';
import { CURRENT_VERSION, emptyDocument, FINAL_QUESTIONS, MAX_CARD_ID, MAX_CARDS, MAX_HISTORY, MAX_NAME, MAX_ROLEPLAY_STEPS, MAX_SECTIONS } from './document';

// Defined with the valibot-free parts of the document (./document.ts), so that pages load them without the schema.
export { CURRENT_VERSION, FINAL_QUESTIONS, MAX_CARD_ID, MAX_CARDS, MAX_HISTORY, MAX_NAME, MAX_ROLEPLAY_STEPS, MAX_SECTIONS } from './document';

/** Lesson slugs are file names: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Bounds that keep the lesson part of the document within 2,048 characters
 * (half the SCORM limit; the rest is for quiz and role-play results). The
 * build refuses a course whose lesson slugs break them (lessonSlugProblems).
 */
export const MAX_SLUG_LENGTH = 40;
export const MAX_LESSONS = 16;
export const MAX_ROLEPLAYS = 10;

const UnixSeconds = v.pipe(v.number(), v.integer(), v.minValue(0));

const Percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
/** Longest encoded answer kept (src/lib/quiz/encode.ts MAX_ENCODED_LENGTH). */
const MAX_ANSWER = 48;

const CheckRecord = v.strictObject({
  b: Percent,
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  h: v.pipe(v.array(Percent), v.maxLength(MAX_HISTORY)),
});

const LessonRecord = v.strictObject({
  s: UnixSeconds,
  c: v.optional(UnixSeconds),
  q: v.optional(CheckRecord),
  p: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SECTIONS - 1))),
});

const FinalRecord = v.strictObject({
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  s: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4294967295)),
  p: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  r: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ANSWER))), v.maxLength(FINAL_QUESTIONS)),
  d: v.optional(v.literal(1)),
  l: v.optional(Percent),
  b: v.optional(Percent),
  w: v.optional(UnixSeconds),
  t: v.optional(UnixSeconds),
  e: v.optional(UnixSeconds),
});

const Slug = v.pipe(v.string(), v.maxLength(MAX_SLUG_LENGTH), v.regex(SLUG_PATTERN));

const RolePlayRecord = v.strictObject({
  p: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))), v.maxLength(MAX_ROLEPLAY_STEPS)),
  b: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2))),
});

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const Profile = v.strictObject({
  n: v.pipe(Text(MAX_NAME), v.check((name) => name.trim().length > 0, 'the name is empty')),
  e: v.optional(Text(32)),
  m: v.optional(Text(80)),
  k: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/))),
});

export const ProgressSchema = v.strictObject({
  v: v.literal(CURRENT_VERSION),
  l: v.pipe(
    v.record(Slug, LessonRecord),
    v.check((lessons) => Object.keys(lessons).length <= MAX_LESSONS, `at most ${MAX_LESSONS} lessons`),
  ),
  f: v.optional(FinalRecord),
  r: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(24), v.regex(SLUG_PATTERN)), RolePlayRecord),
      v.check((plays) => Object.keys(plays).length <= MAX_ROLEPLAYS, `at most ${MAX_ROLEPLAYS} role-plays`),
    ),
  ),
  u: v.optional(Profile),
  g: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(MAX_CARD_ID), v.regex(SLUG_PATTERN)), v.picklist([0, 1])),
      v.check((cards) => Object.keys(cards).length <= MAX_CARDS, `at most ${MAX_CARDS} flashcards`),
    ),
  ),
});

export type Progress = v.InferOutput<typeof ProgressSchema>;
export type LessonRecord = v.InferOutput<typeof LessonRecord>;
export type CheckRecord = v.InferOutput<typeof CheckRecord>;
export type FinalRecord = v.InferOutput<typeof FinalRecord>;
export type RolePlayRecord = v.InferOutput<typeof RolePlayRecord>;
export type Profile = v.InferOutput<typeof Profile>;

export const emptyProgress: () => Progress = emptyDocument;

/** Keys valibot drops from records to prevent prototype pollution: a lesson cannot be named so. */
export const RESERVED_SLUGS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Why a course's lesson slugs could not be stored in this document, one line each. */
export function lessonSlugProblems(slugs: readonly string[]): string[] {
  const problems = slugs
    .filter((slug) => slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug) || RESERVED_SLUGS.includes(slug))
    .map((slug) => `lesson file name "${slug}" must be lower-case words joined by hyphens, at most ${MAX_SLUG_LENGTH} characters, and not ${RESERVED_SLUGS.join(' or ')}`);
  if (slugs.length > MAX_LESSONS) problems.push(`the course has ${slugs.length} lessons; progress can record at most ${MAX_LESSONS}`);
  return problems;
}
