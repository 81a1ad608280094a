/**
 * The progress document, version 1: what a learner has done, kept in the
 * browser. Validated with valibot because this code runs on every page (on the
 * same small schema full zod bundles to 92 KB gzipped, valibot to 1.8 KB).
 *
 * Shape (keys are short on purpose: a finished course must fit in 4,096
 * characters, the SCORM 1.2 suspend_data limit):
 *
 *   { "v": 1,
 *     "l": { "<lesson slug>": { "s": <started, unix seconds>, "c"?: <completed, unix seconds> } } }
 *
 * A lesson's status is derived: no entry = not started, "s" only = in
 * progress, "c" = completed. Nothing derivable is stored.
 */
import * as v from 'valibot';

export const CURRENT_VERSION = 1;

/** Lesson slugs are file names: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Bounds that keep the lesson part of the document within 2,048 characters
 * (half the SCORM limit; the rest is for quiz and role-play results). The
 * build refuses a course whose lesson slugs break them (lessonSlugProblems).
 */
export const MAX_SLUG_LENGTH = 40;
export const MAX_LESSONS = 24;

const UnixSeconds = v.pipe(v.number(), v.integer(), v.minValue(0));

const LessonRecord = v.strictObject({
  s: UnixSeconds,
  c: v.optional(UnixSeconds),
});

const Slug = v.pipe(v.string(), v.maxLength(MAX_SLUG_LENGTH), v.regex(SLUG_PATTERN));

export const ProgressV1 = v.strictObject({
  v: v.literal(1),
  l: v.pipe(
    v.record(Slug, LessonRecord),
    v.check((lessons) => Object.keys(lessons).length <= MAX_LESSONS, `at most ${MAX_LESSONS} lessons`),
  ),
});

export type Progress = v.InferOutput<typeof ProgressV1>;
export type LessonRecord = v.InferOutput<typeof LessonRecord>;

export function emptyProgress(): Progress {
  return { v: CURRENT_VERSION, l: {} };
}

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
