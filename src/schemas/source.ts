import { z } from 'astro/zod';
import { LOCALE_CODES, type LocaleCode } from '../lib/locales';

/** One source document from ../shared/seeds, as listed in content/sources.yaml. */
export const SourceSchema = z.strictObject({
  /** The file name in ../shared/seeds. @example "000_ada38c26cd4a2f8c.txt" */
  id: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name like 000_ada38c26cd4a2f8c.txt'),
  /**
   * English rendering of the title: what every locale without its own title
   * shows (marked lang="en"). @example "Care and attention for the customer"
   */
  title: z.string().min(1),
  /**
   * The title in other locales of the course, where translated. A locale with
   * none shows the document's own title if it is in that language, else `title`.
   * @example { ar: "ما العناية بالعميل" }
   */
  titles: z
    .partialRecord(z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]), z.string().min(1))
    .refine((titles) => titles.en === undefined, { error: 'give the English title as `title`, not under `titles`' })
    .optional(),
  /** The title as the document gives it, in its own language. */
  originalTitle: z.string().min(1),
  /** Author, only where the document names one: never guessed. */
  author: z.string().min(1).optional(),
  /** The author's name as written in other locales' scripts; a locale with none shows `author`, marked as English. */
  authors: z.partialRecord(z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]), z.string().min(1)).optional(),
  /** What kind of document it is, in English. @example "Forum post" */
  kind: z.string().min(1),
  /** The same in other locales; a locale with none shows `kind`, marked as English. @example { ar: "منشور في منتدى" } */
  kinds: z.partialRecord(z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]), z.string().min(1)).optional(),
  /** Language of the document. */
  language: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]),
  /** Date as the document gives it, only where it gives one. @example "23-2-2012" */
  date: z.string().min(1).optional(),
});

export const SourcesSchema = z.array(SourceSchema).min(1);

export type Source = z.output<typeof SourceSchema>;
