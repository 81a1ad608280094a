import { z } from 'astro/zod';
import { LOCALE_KEY } from '../lib/ui-strings';

const text = z.string().min(1);

/**
 * Plural forms of one string (see src/lib/ui-strings.ts): keyed by the
 * categories of Intl.PluralRules; `other` is required.
 * @example { "one": "{count} file", "other": "{count} files" }
 */
export const PluralFormsSchema = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

/** One locale's interface strings: content/ui/<locale>.json, flat dotted keys; `meta.locale` names the locale. */
export const UiSchema = z
  .record(
    z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'keys are dotted lower-camel words, e.g. "nav.home"'),
    z.union([text, PluralFormsSchema]),
  )
  .refine((strings) => typeof strings[LOCALE_KEY] === 'string', {
    error: `give "${LOCALE_KEY}", the file's locale as a plain string (e.g. "ar"): plural forms are chosen by it`,
  });
