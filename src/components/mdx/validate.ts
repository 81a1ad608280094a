/**
 * Validates an MDX component's props with the shared friendly-error helper.
 * The lesson page puts the lesson's file in Astro.locals, so the message names
 * the file an author has to fix.
 */
import type { z } from 'astro/zod';
import { parseWithFriendlyErrors } from '../../lib/friendly-errors';
import type { LocaleCode } from '../../lib/locales';
import { zodSafeParse } from '../../loaders/files';

export interface LessonContext {
  /** e.g. "content/lessons/en/moments-of-truth.mdx" */
  readonly file: string;
  /** The language the lesson text is written in. */
  readonly contentLocale: LocaleCode;
  /** The locale of the page it is shown in (differs when the lesson is not translated). */
  readonly pageLocale: LocaleCode;
  readonly defaultLocale: LocaleCode;
  /** The lesson's workshopMinutes (frontmatter), which facilitator timing must add up to. */
  readonly workshopMinutes: number;
  /** Heading text by id, from Astro's render of the lesson. */
  readonly headings: Readonly<Record<string, string>>;
}

export function lessonContext(locals: App.Locals): LessonContext {
  if (!locals.lesson) throw new Error('MDX lesson components can only be used inside a lesson');
  return locals.lesson;
}

export function validateProps<T extends z.ZodType>(component: string, schema: T, props: unknown, locals: App.Locals): z.output<T> {
  const { file } = lessonContext(locals);
  // Astro adds no props of its own to components, but MDX passes children as a slot, not a prop.
  return parseWithFriendlyErrors(zodSafeParse(schema), props, `Invalid <${component}> in ${file}`);
}
