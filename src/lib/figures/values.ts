/**
 * The numbers of a lesson figure (<Figure values="…">), written as the source writes them
 * ("96%", "50,000", "15–20", ">30"), and what every locale must keep of them: the same
 * numbers, however a translation groups digits ("50.000", "50 000") or writes them
 * (Arabic-Indic digits, "٪").
 */

export type FigureValueForm = 'percent' | 'count' | 'range' | 'more';

export interface FigureValue {
  /** As written in the lesson, shown as is. */
  readonly text: string;
  readonly form: FigureValueForm;
  /** The number(s) it gives: one, or the two ends of a range. */
  readonly numbers: readonly number[];
}

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** ASCII digits without digit grouping, one kind of percent sign. */
function plainDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ARABIC_INDIC, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/\u066a/g, '%')
    .replace(/(\d)[,.\s\u00a0\u202f\u066c'](?=\d{3}(?!\d))/g, '$1');
}

/** Language-neutral spelling of a value: ASCII digits, no digit grouping, no spaces, one kind of dash and percent sign. */
export function normaliseValue(text: string): string {
  return plainDigits(text)
    .replace(/[\u2010-\u2015\u2212-]/g, '–')
    .replace(/\s+/g, '');
}

/** Every whole number in a text (digit grouping and Arabic-Indic digits understood), in order. */
export function numbersIn(text: string): number[] {
  return [...plainDigits(text).matchAll(/\d+/g)].map((found) => Number(found[0]));
}

/** A value as a figure draws it, or undefined when it is none of the forms a figure knows. */
export function parseValue(text: string): FigureValue | undefined {
  const plain = normaliseValue(text);
  let found = /^(\d+)%$/.exec(plain);
  if (found) return { text, form: 'percent', numbers: [Number(found[1])] };
  found = /^(\d+)–(\d+)$/.exec(plain);
  if (found) return { text, form: 'range', numbers: [Number(found[1]), Number(found[2])] };
  found = /^>(\d+)$/.exec(plain);
  if (found) return { text, form: 'more', numbers: [Number(found[1])] };
  found = /^(\d+)$/.exec(plain);
  if (found) return { text, form: 'count', numbers: [Number(found[1])] };
  return undefined;
}

/** "a|b|c" as a list, each item trimmed (labels and values are written that way in one attribute). */
export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split('|').map((item) => item.trim());
}
