/**
 * Interface strings: one flat JSON file per locale (content/ui/<locale>.json)
 * with dotted keys. The default locale's file is the reference: every other
 * file must have exactly its keys, so a missing or misspelt key fails the build,
 * and `UiKey` (the keys of content/ui/en.json) makes a wrong key passed to a
 * translator a type error.
 *
 * Plural forms. A value is a string, or an object of forms keyed by the
 * categories of `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`,
 * `other`):
 *
 *     "hr.csvDone": { "one": "CSV downloaded: {count} learner.", "other": "CSV downloaded: {count} learners." }
 *
 * The form is chosen by the value of `{count}`, with the plural rules of the
 * file's locale, which every file names under `meta.locale` (`LOCALE_KEY`).
 * No numeric `count` (or a category the forms lack) gives `other`.
 *
 * What fails the build (`checkUiKeys`, one line per problem):
 * - a key missing from a file, or one the reference does not have;
 * - a file content/ui/<locale>.json whose `meta.locale` names another locale;
 * - a plural key (forms in the reference or in the file) without every
 *   category `new Intl.PluralRules(locale).resolvedOptions().pluralCategories`
 *   lists for the file's locale, or with a category the locale never uses
 *   (a plain string counts as the `other` form only: right for a language
 *   with one form, such as Japanese); a reference plural key without `{count}`;
 * - a form or string whose placeholders differ from the reference's
 *   (`{percent}` dropped, or one the page never fills). One exception: a form
 *   may leave out `{count}` when its category holds a single number in that
 *   language (English and Arabic `one` is only 1, Arabic `two` only 2), so
 *   "دقيقتان" needs no digit. Russian `one` (1, 21, 31…) must show it.
 *
 * What is only reported (`sameAsReference`): values identical to the
 * reference's outside an allow-list (content/ui/same-as-english.json), the
 * sign of a file copied and not translated.
 */
import type english from '../../content/ui/en.json';

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** One string in several forms, chosen by a count. */
export type PluralForms = Readonly<Partial<Record<PluralCategory, string>> & { other: string }>;
export type UiValue = string | PluralForms;
export type UiStrings = Readonly<Record<string, UiValue>>;
export type UiValues = Readonly<Record<string, string | number>>;

/** The key under which each file names its own locale (a BCP 47 code, e.g. "ar"). */
export const LOCALE_KEY = 'meta.locale';

/** The placeholder whose number chooses a plural form. */
export const COUNT = 'count';

/** Every interface string key: those of content/ui/en.json, the reference. */
export type UiKey = Exclude<keyof typeof english, typeof LOCALE_KEY>;

/**
 * A lookup bound to one locale's strings: calling it with a key en.json lacks
 * is a type error. Declared as a method so a translator still fits code typed
 * with plain string keys (helpers that build keys from data, such as
 * src/lib/hr/file-problems.ts). Tests of the machinery pass their own key type.
 */
export type Translate<Key extends string = UiKey> = {
  translate(key: Key, values?: UiValues): string;
}['translate'];

export interface UiFile {
  /** Path shown in error messages, e.g. "content/ui/ar.json". */
  readonly file: string;
  readonly strings: UiStrings;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The plural categories a locale uses, e.g. ["one", "other"] for "en". */
export function pluralCategories(locale: string): PluralCategory[] {
  return pluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
}

/** Whether exactly one whole number (of 0 to 1000) falls in the category: then a form may leave out the number. */
export function holdsOneNumber(locale: string, category: PluralCategory): boolean {
  const rules = pluralRules(locale);
  let found = 0;
  for (let n = 0; n <= 1000 && found < 2; n += 1) if (rules.select(n) === category) found += 1;
  return found === 1;
}

/** The names of the "{name}" placeholders of a template, in order, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => name))];
}

function localeOf(strings: UiStrings): string {
  const locale = strings[LOCALE_KEY];
  return typeof locale === 'string' ? locale : 'en';
}

function asForms(value: UiValue): PluralForms {
  return typeof value === 'string' ? { other: value } : value;
}

/** Plural categories and placeholders of one value against the reference's. */
function valueProblems(file: string, locale: string, key: string, value: UiValue, referenceValue: UiValue, referenceFile: string): string[] {
  const problems: string[] = [];
  const plural = typeof value !== 'string' || typeof referenceValue !== 'string';
  const forms = asForms(value);
  if (plural) {
    const needed = pluralCategories(locale);
    const missing = needed.filter((category) => forms[category] === undefined);
    if (missing.length > 0) {
      problems.push(`${file}: "${key}" has no ${missing.map((c) => `"${c}"`).join(', ')} form (plural forms in "${locale}": ${needed.join(', ')})`);
    }
    const unused = PLURAL_CATEGORIES.filter((category) => forms[category] !== undefined && !needed.includes(category));
    if (unused.length > 0) {
      problems.push(`${file}: "${key}" has ${unused.map((c) => `a "${c}"`).join(', ')} form, never chosen in "${locale}" (plural forms: ${needed.join(', ')})`);
    }
  }
  const expected = placeholders(asForms(referenceValue).other);
  if (plural && !expected.includes(COUNT)) {
    problems.push(`${file}: "${key}" has plural forms, but ${referenceFile} gives no {${COUNT}} to choose them by`);
  }
  const used: readonly PluralCategory[] = plural ? pluralCategories(locale) : ['other'];
  for (const category of used) {
    const template = forms[category];
    if (template === undefined) continue;
    const where = plural ? `"${key}" (form "${category}")` : `"${key}"`;
    const present = placeholders(template);
    const dropped = expected.filter((name) => !present.includes(name) && !(name === COUNT && plural && holdsOneNumber(locale, category)));
    const unknown = present.filter((name) => !expected.includes(name));
    if (dropped.length > 0) problems.push(`${file}: ${where} leaves out ${dropped.map((n) => `{${n}}`).join(', ')} (${referenceFile} has it)`);
    if (unknown.length > 0) problems.push(`${file}: ${where} has ${unknown.map((n) => `{${n}}`).join(', ')}, which ${referenceFile} does not fill`);
  }
  return problems;
}

/**
 * Every problem that fails the build, one line each: keys missing or unknown,
 * plural categories missing or never used, placeholders dropped or unknown.
 * The reference file's own plural forms and placeholders are checked too.
 */
export function checkUiKeys(reference: UiFile, others: readonly UiFile[]): string[] {
  const problems: string[] = [];
  const expected = new Set(Object.keys(reference.strings));
  for (const other of [reference, ...others]) {
    const locale = localeOf(other.strings);
    const named = /(?:^|\/)([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(other.file)?.[1];
    if (named !== undefined && named !== locale) {
      problems.push(`${other.file}: "${LOCALE_KEY}" is "${locale}", but the file is for "${named}" (its plural forms follow "${LOCALE_KEY}")`);
    }
    for (const key of expected) {
      const value = other.strings[key];
      if (value === undefined) {
        problems.push(`${other.file}: missing key "${key}" (present in ${reference.file})`);
      } else if (key !== LOCALE_KEY) {
        problems.push(...valueProblems(other.file, locale, key, value, reference.strings[key]!, reference.file));
      }
    }
    for (const key of Object.keys(other.strings)) {
      if (!expected.has(key)) problems.push(`${other.file}: unknown key "${key}" (not in ${reference.file})`);
    }
  }
  return problems;
}

/** Keys that may keep the reference's value, for every locale ("*") or one. */
export type SameAllowed = Readonly<Record<string, readonly string[]>>;

/**
 * The keys whose value is the reference's (each form one of the reference's
 * texts) and not allowed to be: what a file copied and left untranslated
 * shows. Reported, never a build failure.
 */
export function sameAsReference(reference: UiFile, other: UiFile, allowed: SameAllowed = {}): string[] {
  const locale = localeOf(other.strings);
  const allow = new Set([LOCALE_KEY, ...(allowed['*'] ?? []), ...(allowed[locale] ?? [])]);
  // Every form one of the reference's texts: a copy, even with forms added for the language's categories.
  const texts = (value: UiValue) => Object.values(asForms(value));
  const same = (value: UiValue, original: UiValue) => texts(value).every((text) => texts(original).includes(text));
  return Object.entries(other.strings)
    .filter(([key, value]) => !allow.has(key) && reference.strings[key] !== undefined && same(value, reference.strings[key]!))
    .map(([key]) => key);
}

/**
 * Fills "{name}" placeholders. A placeholder with no value is left visible so a
 * mistake shows on the page instead of vanishing.
 */
export function interpolate(template: string, values: UiValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The form for these values: the category of `{count}` in `locale`; `other` without a numeric count. */
export function choosePluralForm(forms: PluralForms, locale: string, values: UiValues = {}): string {
  const count = values[COUNT];
  return typeof count === 'number' ? (forms[pluralRules(locale).select(count)] ?? forms.other) : forms.other;
}

/** The template for a key, in the form its values need; an unknown key throws. */
export function lookup(strings: UiStrings, file: string, key: string, values?: UiValues): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`${file}: no string for key "${key}"`);
  if (typeof template === 'string') return template;
  return choosePluralForm(template, localeOf(strings), values);
}

/** A lookup bound to one locale's strings; an unknown key throws (a build error, never a blank). */
export function makeTranslator<Key extends string = UiKey>(strings: UiStrings, file: string): Translate<Key> {
  return (key, values) => interpolate(lookup(strings, file, key, values), values);
}

/**
 * The same translator for code that builds keys from data (src/lib/hr,
 * src/lib/progress/file.ts FILE_PROBLEM_KEYS): not checked by the compiler, an
 * unknown key still throws; tests/unit/ui-keys.test.ts checks such keys exist.
 */
export function anyKey(t: Translate): (key: string, values?: UiValues) => string {
  return t as (key: string, values?: UiValues) => string;
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
