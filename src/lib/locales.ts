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

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_LOCALES, value);
}

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

/** Splits "/ar/lessons/x/" into { locale: "ar", path: "/lessons/x/" }. */
export function splitLocale(
  path: string,
  locales: readonly LocaleCode[],
  defaultLocale: LocaleCode,
): { locale: LocaleCode; path: string } {
  const clean = normalise(path);
  const first = clean.split('/')[1];
  const found = locales.find((locale) => locale !== defaultLocale && locale === first);
  if (!found) return { locale: defaultLocale, path: clean };
  return { locale: found, path: clean.slice(found.length + 1) };
}

/** The same page in another locale: what the language switcher links to. */
export function switchLocalePath(
  path: string,
  target: LocaleCode,
  locales: readonly LocaleCode[],
  defaultLocale: LocaleCode,
): string {
  return localizePath(splitLocale(path, locales, defaultLocale).path, target, defaultLocale);
}

/** Prefixes a site path with the deployment base ("/" or "/course/"). */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${normalise(path)}`;
}
