/**
 * Interface strings: one flat JSON file per locale (content/ui/<locale>.json)
 * with dotted keys. The default locale's file is the reference: every other
 * file must have exactly its keys, so a missing or misspelt key fails the build.
 *
 * Plural forms. A value is a string, or an object of forms keyed by the
 * categories of `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`,
 * `other`; `other` is required, the rest as the language needs them):
 *
 *     "hr.loaded": { "one": "Read {files} file.", "other": "Read {files} files." }
 *
 * The count is the first placeholder of the `other` form whose value is a
 * number; its category comes from `Intl.PluralRules` of the file's locale,
 * which every file names under `meta.locale` (`LOCALE_KEY`). A missing
 * category, or no numeric placeholder, falls back to `other`. A file may give
 * a plain string where another needs forms: only the keys must match.
 */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** One string in several forms, chosen by a count. */
export type PluralForms = Readonly<Partial<Record<PluralCategory, string>> & { other: string }>;
export type UiValue = string | PluralForms;
export type UiStrings = Readonly<Record<string, UiValue>>;
type Values = Readonly<Record<string, string | number>>;

/** The key under which each file names its own locale (a BCP 47 code, e.g. "ar"). */
export const LOCALE_KEY = 'meta.locale';

export interface UiFile {
  /** Path shown in error messages, e.g. "content/ui/ar.json". */
  readonly file: string;
  readonly strings: UiStrings;
}

/** Every key problem between the reference file and the others, one line each. */
export function checkUiKeys(reference: UiFile, others: readonly UiFile[]): string[] {
  const expected = new Set(Object.keys(reference.strings));
  const problems: string[] = [];
  for (const other of others) {
    const actual = new Set(Object.keys(other.strings));
    for (const key of expected) {
      if (!actual.has(key)) problems.push(`${other.file}: missing key "${key}" (present in ${reference.file})`);
    }
    for (const key of actual) {
      if (!expected.has(key)) problems.push(`${other.file}: unknown key "${key}" (not in ${reference.file})`);
    }
  }
  return problems;
}

/**
 * Fills "{name}" placeholders. A placeholder with no value is left visible so a
 * mistake shows on the page instead of vanishing.
 */
export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The form for these values: the category of the first numeric placeholder of `other`, in `locale`. */
export function choosePluralForm(forms: PluralForms, locale: string, values: Values = {}): string {
  for (const [, name] of forms.other.matchAll(/\{(\w+)\}/g)) {
    const count = values[name];
    if (typeof count === 'number') return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  }
  return forms.other;
}

/** The template for a key, in the form its values need; an unknown key throws. */
export function lookup(strings: UiStrings, file: string, key: string, values?: Values): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`${file}: no string for key "${key}"`);
  if (typeof template === 'string') return template;
  const locale = strings[LOCALE_KEY];
  return choosePluralForm(template, typeof locale === 'string' ? locale : 'en', values);
}

/** A lookup bound to one locale's strings; an unknown key throws (a build error, never a blank). */
export function makeTranslator(strings: UiStrings, file: string) {
  return (key: string, values?: Values): string => interpolate(lookup(strings, file, key, values), values);
}

/**
 * The strings whose keys start with one of the prefixes: what an island receives
 * as props. The file's `meta.locale` always comes along, for plural forms.
 */
export function pickStrings(strings: UiStrings, prefixes: readonly string[]): Record<string, UiValue> {
  const picked: Record<string, UiValue> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (key === LOCALE_KEY || prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked;
}
