/**
 * Interface strings in parts, for an island that marks up what it fills in
 * (the workshop planner puts titles in another language in their own `lang`).
 * Apart from src/lib/ui-strings.ts so learner pages, which never need it, do
 * not ship it.
 */
import { lookup, type UiKey, type UiStrings, type UiValues } from './ui-strings';

/** One piece of a filled template: literal text, or the value of one placeholder. */
export type TemplatePart = string | { readonly name: string; readonly value: string };

/**
 * Like `interpolate`, but keeps each filled placeholder apart from the text
 * around it, so an interface can mark it up (for example a lesson title in
 * another language than the page, which needs its own `lang`).
 */
export function interpolateParts(template: string, values: UiValues = {}): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const [whole, name] = match;
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name, value: String(values[name]) });
    last = match.index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The same lookup, giving the filled template in parts (see `interpolateParts`). */
export function makePartsTranslator<Key extends string = UiKey>(strings: UiStrings, file: string) {
  return (key: Key, values?: UiValues): TemplatePart[] => interpolateParts(lookup(strings, file, key, values), values);
}
