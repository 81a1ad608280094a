/**
 * Interface strings: one flat JSON file per locale (content/ui/<locale>.json)
 * with dotted keys. The default locale's file is the reference: every other
 * file must have exactly its keys, so a missing or misspelt key fails the build.
 */

export type UiStrings = Readonly<Record<string, string>>;

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
export function interpolate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The template for a key; an unknown key throws. */
export function lookup(strings: UiStrings, file: string, key: string): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`${file}: no string for key "${key}"`);
  return template;
}

/** A lookup bound to one locale's strings; an unknown key throws (a build error, never a blank). */
export function makeTranslator(strings: UiStrings, file: string) {
  return (key: string, values?: Readonly<Record<string, string | number>>): string => interpolate(lookup(strings, file, key), values);
}

/** The strings whose keys start with one of the prefixes: what an island receives as props. */
export function pickStrings(strings: UiStrings, prefixes: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked;
}
