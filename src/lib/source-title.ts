/**
 * Which title of a source document a page shows (content/sources.yaml), per
 * title: the locale's own (`titles`), else the document's own title when the
 * document is in that language, else the English rendering, marked as a
 * fallback so the page gives it lang="en" and its direction.
 */
import { localeDir, type LocaleCode, type TextDirection } from './locales';

/** The language every source has a title in. */
export const SOURCE_TITLE_LOCALE: LocaleCode = 'en';

export interface SourceTitles {
  /** English rendering. */
  readonly title: string;
  readonly titles?: Readonly<Partial<Record<LocaleCode, string>>> | undefined;
  /** As the document writes it, in `language`. */
  readonly originalTitle: string;
  readonly language: LocaleCode;
}

export interface ShownTitle {
  readonly text: string;
  /** The language of `text`. */
  readonly lang: LocaleCode;
  readonly dir: TextDirection;
  /** Not in the page's language: mark it with lang and dir. */
  readonly fallback: boolean;
  /** The document's own title: no need to give it again beside. */
  readonly original: boolean;
}

function shown(text: string, lang: LocaleCode, locale: LocaleCode, original: boolean): ShownTitle {
  return { text, lang, dir: localeDir(lang), fallback: lang !== locale, original };
}

export function sourceTitle(source: SourceTitles, locale: LocaleCode): ShownTitle {
  const own = source.titles?.[locale];
  if (own !== undefined) return shown(own, locale, locale, false);
  if (source.language === locale) return shown(source.originalTitle, locale, locale, true);
  return shown(source.title, SOURCE_TITLE_LOCALE, locale, false);
}
