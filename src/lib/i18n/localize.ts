/**
 * The one localization rule: what a page in `pageLocale` shows for an item (a lesson, a quiz
 * question, a role-play, a glossary term). The translation when there is one and it is not out
 * of date; otherwise the default locale's original, marked as a fallback so the page shows the
 * notice and puts `lang`/`dir` on the text. Fallback is per item, never all-or-nothing.
 */
import { localeDir, type LocaleCode, type TextDirection } from '../locales';

export type FallbackReason = 'missing' | 'outOfDate';

export interface Localized<T> {
  /** The entry to show. */
  readonly entry: T;
  /** The locale the entry is written in. */
  readonly locale: LocaleCode;
  /** Whether the entry is the original shown in place of a translation. */
  readonly isFallback: boolean;
  /** Why (for a fallback only): no translation, or one older than its original. */
  readonly reason: FallbackReason | undefined;
  /** The `lang` to put on the entry's text: undefined when it is the page's language. */
  readonly lang: LocaleCode | undefined;
  /** The `dir` to put on the entry's text: undefined when it is the page's language. */
  readonly dir: TextDirection | undefined;
}

/** A translation as the loaders store it: the entry and whether its original changed since. */
export interface Translation<T> {
  readonly entry: T;
  readonly outOfDate: boolean;
}

export interface Locales {
  readonly pageLocale: LocaleCode;
  readonly defaultLocale: LocaleCode;
}

/** The entry a page in `pageLocale` shows, given the original and the page locale's translation (if any). */
export function localize<T>({ pageLocale, defaultLocale }: Locales, original: T, translation: Translation<T> | undefined): Localized<T> {
  if (pageLocale === defaultLocale) return { entry: original, locale: defaultLocale, isFallback: false, reason: undefined, lang: undefined, dir: undefined };
  if (translation && !translation.outOfDate) return { entry: translation.entry, locale: pageLocale, isFallback: false, reason: undefined, lang: undefined, dir: undefined };
  return {
    entry: original,
    locale: defaultLocale,
    isFallback: true,
    reason: translation ? 'outOfDate' : 'missing',
    lang: defaultLocale,
    dir: localeDir(defaultLocale),
  };
}

/** localize() for every item of a list (quiz questions, glossary terms), in the originals' order, matched by id. */
export function localizeEach<T>(locales: Locales, originals: readonly T[], translations: ReadonlyMap<string, Translation<T>>, idOf: (item: T) => string): Array<Localized<T>> {
  return originals.map((original) => localize(locales, original, translations.get(idOf(original))));
}

/** Attributes for the element holding an entry's text: lang and dir, and kept out of search when it is a fallback. */
export function fallbackAttributes(localized: Pick<Localized<unknown>, 'isFallback' | 'lang' | 'dir'>): { lang?: string; dir?: string; 'data-pagefind-ignore'?: '' } {
  return localized.isFallback ? { lang: localized.lang!, dir: localized.dir!, 'data-pagefind-ignore': '' } : {};
}
