/**
 * Locales and the URLs that carry them. The default locale lives at the root
 * (/lessons/x/), every other one under its code (/ar/lessons/x/). Paths here are
 * relative to the site's base, always start with "/" and end with "/".
 */

export const KNOWN_LOCALES = {
  en: { label: 'English', dir: 'ltr' },
  ar: { label: 'العربية', dir: 'rtl' },
  ru: { label: 'Русский', dir: 'ltr' },
  hu: { label: 'Magyar', dir: 'ltr' },
  el: { label: 'Ελληνικά', dir: 'ltr' },
} as const;

export type LocaleCode = keyof typeof KNOWN_LOCALES;
export type TextDirection = 'ltr' | 'rtl';

export const LOCALE_CODES = Object.keys(KNOWN_LOCALES) as LocaleCode[];

export function localeDir(locale: LocaleCode): TextDirection {
  return KNOWN_LOCALES[locale].dir;
}

export function localeLabel(locale: LocaleCode): string {
  return KNOWN_LOCALES[locale].label;
}

function normalise(path: string): string {
  const withLead = path.startsWith('/') ? path : `/${path}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** "/lessons/x/" in "ar" is "/ar/lessons/x/"; in the default locale it stays as it is. */
export function localizePath(path: string, locale: LocaleCode, defaultLocale: LocaleCode): string {
  const clean = normalise(path);
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** Prefixes a site path with the deployment base ("/" or "/course/"). */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${normalise(path)}`;
}

/**
 * The locale to give Intl for dates and numbers. Arabic pages use Western digits (0-9), as both
 * Arabic sources do and as the lessons quote their figures (96%, 15-20, 50.000): said explicitly,
 * so no browser's default (Arabic-Indic digits in some) mixes two digit systems on one page.
 */
export function intlLocale(locale: string): string {
  return locale === 'ar' || locale.startsWith('ar-') ? `${locale}-u-nu-latn` : locale;
}

/** A course setting written once or per locale, in `locale` (the default locale's when it has none). */
export function localText(value: string | Partial<Record<string, string>>, locale: string, defaultLocale: string): string {
  return typeof value === 'string' ? value : (value[locale] ?? value[defaultLocale] ?? '');
}
