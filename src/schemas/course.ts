import { z } from 'astro/zod';
import { LOCALE_CODES, type LocaleCode } from '../lib/locales';
import { KEY_PATTERN } from '../lib/trust/keys';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A trainer whose signature on a completion the site accepts (see the README's trust model). */
const TrustedSigner = z
  .strictObject({
    /** Who holds the key, as HR and the verify page show it. @example "Omar Haddad, Customer Service Training" */
    name: z.string().min(1).max(80),
    /** The public key as the trainer page gives it (87 characters). */
    key: z.string().regex(KEY_PATTERN, 'a public key as the trainer page gives it (87 characters, starting with "B")'),
    /** First day (UTC) a signature by this key counts. @example "2026-01-01" */
    validFrom: Day,
    /** Last day (UTC) a signature by this key counts; leave out for no end. Set it to retire a key. */
    validTo: Day.optional(),
  })
  .refine((signer) => signer.validTo === undefined || signer.validTo >= signer.validFrom, { message: 'validTo is before validFrom', path: ['validTo'] });

const Locale = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]);
/** Text the same in every locale, or given per locale (the default locale's stands in for a missing one). */
const LocalText = z.union([z.string().min(1), z.partialRecord(Locale, z.string().min(1))]);

/** Course settings: content/course.yaml. */
export const CourseSchema = z
  .strictObject({
    /** Stable identifier, written into exported progress files. @example "moments-of-truth" */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /**
     * The course's version, signed with every completion a trainer signs: change
     * it when what the course requires changes. @example "2026.1"
     */
    version: z.string().min(1).max(32).default('1'),
    /** Title per locale; every enabled locale needs one. */
    title: z.partialRecord(Locale, z.string().min(1)),
    /** Who runs the course: shown on certificates. */
    organisation: LocalText,
    /** The locale served at the site root. */
    defaultLocale: Locale,
    /** Every locale the site is built in, the default one included. @example ["en", "ar"] */
    locales: z.array(Locale).min(1),
    /**
     * The lessons in course order: file names in content/lessons/<defaultLocale> without .mdx.
     * Inserting a lesson is one line here. @example ["moments-of-truth", "superior-service"]
     */
    lessons: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens')).min(1),
    /** Percent needed to pass the final assessment. */
    passMark: z.number().int().min(1).max(100).default(80),
    /**
     * Knowledge checks: the attempt from which the correct answers are shown
     * (1: from the first check). Until then each question only says whether it
     * was right, and the learner can ask for the answers. @example 2
     */
    revealAnswersAfter: z.number().int().min(1).max(10).default(2),
    /** What completing the course requires (all three by default). */
    completion: z
      .strictObject({
        /** Every lesson marked complete. */
        lessons: z.boolean().default(true),
        /** Every lesson's knowledge check attempted at least once. */
        checks: z.boolean().default(true),
        /** The final assessment passed. */
        final: z.boolean().default(true),
      })
      .default({ lessons: true, checks: true, final: true }),
    /** Durations the workshop planner uses for what lessons do not say themselves. */
    workshop: z
      .strictObject({
        /** A knowledge check done on paper or on the projector, with its discussion. */
        checkMinutes: z.number().int().min(1).max(120).default(10),
        /** A role-play played in pairs, with its debrief. */
        rolePlayMinutes: z.number().int().min(1).max(120).default(20),
        /** The planner suggests a break once this much time has run without one. */
        breakAfter: z.number().int().min(15).max(480).default(90),
        breakMinutes: z.number().int().min(5).max(60).default(15),
      })
      .default({ checkMinutes: 10, rolePlayMinutes: 20, breakAfter: 90, breakMinutes: 15 }),
    /**
     * Trainers whose signatures on completions the HR page and the verify page
     * accept. Empty: every record is self-reported. Remove a key (or end it
     * with validTo) and rebuild to revoke it.
     */
    trustedSigners: z.array(TrustedSigner).default([]),
    /** Who signs the certificate. */
    certificate: z.strictObject({
      signerName: LocalText,
      signerRole: LocalText,
    }),
  })
  .superRefine((course, ctx) => {
    if (!course.locales.includes(course.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `"${course.defaultLocale}" is not in locales` });
    }
    course.lessons.forEach((slug, index) => {
      if (course.lessons.indexOf(slug) !== index) ctx.addIssue({ code: 'custom', path: ['lessons', index], message: `"${slug}" is listed twice` });
    });
    if (new Set(course.locales).size !== course.locales.length) {
      ctx.addIssue({ code: 'custom', path: ['locales'], message: 'a locale is listed twice' });
    }
    course.trustedSigners.forEach((signer, index) => {
      if (course.trustedSigners.findIndex((other) => other.key === signer.key) !== index) {
        ctx.addIssue({ code: 'custom', path: ['trustedSigners', index, 'key'], message: 'this key is listed twice' });
      }
    });
    for (const locale of new Set(course.locales)) {
      if (!course.title[locale]) {
        ctx.addIssue({ code: 'custom', path: ['title', locale], message: `missing the title for "${locale}"` });
      }
    }
  });

export type Course = z.output<typeof CourseSchema>;
