/**
 * What a <Figure>'s props must say for each kind (src/lib/figures/figure.ts draws them): checked at
 * content sync, so a wrong figure fails the build with the file, line and prop.
 */
import { numbersIn, parseValue, splitList, type FigureValue } from './values';

export const FIGURE_KINDS = ['share', 'compare', 'fanout', 'flow', 'parts'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The props of <Figure> as written (all strings). */
export interface FigureProps {
  readonly kind: FigureKind;
  readonly values?: string | undefined;
  readonly labels: string;
  readonly alt: string;
  readonly centre?: string | undefined;
}

export interface FigureProblem {
  readonly path: string;
  readonly message: string;
}

/** How many values and labels each kind takes. */
const SHAPE: Record<FigureKind, { values: readonly [number, number]; labels: readonly [number, number] | 'values'; forms: readonly string[] }> = {
  share: { values: [1, 2], labels: 'values', forms: ['percent'] },
  compare: { values: [2, 4], labels: 'values', forms: ['percent'] },
  fanout: { values: [1, 1], labels: [2, 2], forms: ['count', 'range', 'more'] },
  flow: { values: [0, 0], labels: [2, 20], forms: [] },
  parts: { values: [0, 0], labels: [2, 6], forms: [] },
};

/** The most people a fan-out draws one by one. */
export const MAX_FANOUT = 60;

const between = (count: number, [min, max]: readonly [number, number]) => count >= min && count <= max;
const amount = ([min, max]: readonly [number, number], what: string) => (min === max ? `${min} ${what}` : `${min} to ${max} ${what}`);

/** What is wrong with a figure's props beyond their types: counts per kind, forms of the values, the text alternative's numbers. */
export function figureProblems(props: FigureProps): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const shape = SHAPE[props.kind];
  const written = splitList(props.values);
  const labels = splitList(props.labels);
  if (!between(written.length, shape.values)) {
    problems.push({ path: 'values', message: shape.values[1] === 0 ? `a ${props.kind} figure takes no values (its labels are its steps or parts)` : `a ${props.kind} figure takes ${amount(shape.values, 'values')} separated by "|"` });
  }
  const values: FigureValue[] = [];
  written.forEach((text, index) => {
    const value = parseValue(text);
    if (!value || !shape.forms.includes(value.form)) {
      problems.push({ path: `values.${index}`, message: `"${text}" is not ${props.kind === 'fanout' ? 'a count ("13"), a range ("15–20") or "more than" (">30")' : 'a percentage ("96%")'}` });
    } else values.push(value);
  });
  if (props.kind === 'share' || props.kind === 'compare') {
    values.forEach((value, index) => {
      if (value.numbers[0]! > 100) problems.push({ path: `values.${index}`, message: `${value.text} is more than 100%` });
    });
  }
  if (props.kind === 'share' && values.length === 2 && values[0]!.numbers[0]! + values[1]!.numbers[0]! > 100) problems.push({ path: 'values', message: 'the two shares add up to more than 100%' });
  if (props.kind === 'fanout' && values.length === 1) {
    const [value] = values as [FigureValue];
    if (value.form === 'range' && value.numbers[0]! >= value.numbers[1]!) problems.push({ path: 'values.0', message: `the range ${value.text} must go from the smaller number to the larger` });
    if (Math.max(...value.numbers) > MAX_FANOUT || Math.min(...value.numbers) < 1) problems.push({ path: 'values.0', message: `a fan-out draws 1 to ${MAX_FANOUT} people` });
  }
  const wanted = shape.labels === 'values' ? ([written.length, written.length] as const) : shape.labels;
  if (labels.some((label) => label === '')) problems.push({ path: 'labels', message: 'a label is empty (labels are separated by "|")' });
  else if (!between(labels.length, wanted)) problems.push({ path: 'labels', message: `a ${props.kind} figure takes ${shape.labels === 'values' ? 'one label per value' : amount(wanted, 'labels')} separated by "|"; it has ${labels.length}` });
  if (props.kind === 'parts' && !props.centre) problems.push({ path: 'centre', message: 'a parts figure names what the parts are joined around (centre="…")' });
  if (props.kind !== 'parts' && props.centre) problems.push({ path: 'centre', message: 'only a parts figure has a centre' });
  const said = new Set(numbersIn(props.alt));
  const unsaid = [...new Set(values.flatMap((value) => value.numbers))].filter((number) => !said.has(number));
  if (unsaid.length > 0) problems.push({ path: 'alt', message: `the text alternative must say every number the figure shows; it does not say ${unsaid.join(', ')}` });
  return problems;
}
