/**
 * Lesson figures drawn from data at build time (<Figure> in src/components/mdx): the SVG
 * and key for props that ./props.ts has checked. Pure: strings in, markup out,
 * no DOM and no Astro, so the component stays thin and the drawing is tested here.
 *
 * The SVG carries shapes and numbers only: every word (labels, caption, text alternative)
 * is the lesson's, shown as HTML beside it, so it wraps, translates and reads in its own
 * direction. Shapes are laid out from the inline start and mirrored for right-to-left
 * (x flipped); text is never mirrored. Colours are classes (the site's CSS gives them,
 * for the screen, print and forced colours), and no meaning rests on colour alone: every
 * marked group also differs in shape, and every number is written out.
 */
import { figureProblems, type FigureKind, type FigureProps } from './props';
import { parseValue, splitList, type FigureValue } from './values';

export { FIGURE_KINDS, MAX_FANOUT, figureProblems, type FigureKind, type FigureProblem, type FigureProps } from './props';

/** One line of the figure's key (the HTML list beside the drawing). */
export interface KeyItem {
  /** The shape that marks it in the drawing (the key repeats it). */
  readonly marker: 'solid' | 'ring' | 'dashed' | 'number';
  /** The value as written, shown before the label. */
  readonly value?: string;
  readonly label: string;
}

export interface FigureModel {
  readonly kind: FigureKind;
  /** The SVG element, whole. */
  readonly svg: string;
  readonly key: readonly KeyItem[];
  /** Whether the key is numbered (steps, parts: the drawing shows their numbers). */
  readonly ordered: boolean;
  /** What a parts figure's parts are joined around (the solid circle in the middle). */
  readonly centre?: string;
}

export interface DrawOptions {
  /** Unique on the page: the SVG's title gets `${id}-title`. */
  readonly id: string;
  /** Right-to-left: the drawing is mirrored (its text is not). */
  readonly rtl: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (value: number) => Math.round(value * 10) / 10;

/** Builds SVG in layout coordinates (x from the inline start), flipping x when right-to-left. */
class Canvas {
  readonly parts: string[] = [];

  constructor(
    readonly width: number,
    private readonly rtl: boolean,
  ) {}

  x(value: number): number {
    return round(this.rtl ? this.width - value : value);
  }

  circle(cx: number, cy: number, r: number, kind: string): void {
    this.parts.push(`<circle class="fig-${kind}" cx="${this.x(cx)}" cy="${round(cy)}" r="${r}"/>`);
  }

  /** A rectangle from inline position `start` over `size` (mirrored as a whole). */
  rect(start: number, y: number, size: number, height: number, kind: string): void {
    const x = this.rtl ? this.width - start - size : start;
    this.parts.push(`<rect class="fig-${kind}" x="${round(x)}" y="${y}" width="${round(size)}" height="${height}" rx="3"/>`);
  }

  line(points: ReadonlyArray<readonly [number, number]>, kind = 'line'): void {
    this.parts.push(`<polyline class="fig-${kind}" points="${points.map(([x, y]) => `${this.x(x)},${round(y)}`).join(' ')}"/>`);
  }

  /** An arrowhead at (x, y) pointing along (dx, dy), a unit step. */
  arrow(x: number, y: number, dx: number, dy: number): void {
    const size = 7;
    const back: [number, number] = [x - dx * size, y - dy * size];
    const side: [number, number] = [-dy * (size / 2), dx * (size / 2)];
    const points: Array<[number, number]> = [
      [x, y],
      [back[0] + side[0], back[1] + side[1]],
      [back[0] - side[0], back[1] - side[1]],
    ];
    this.parts.push(`<polygon class="fig-arrow" points="${points.map(([px, py]) => `${this.x(px)},${round(py)}`).join(' ')}"/>`);
  }

  /** Text centred on (x, y): centred text reads the same either way, so only its position moves. */
  text(x: number, y: number, text: string, kind = 'number'): void {
    this.parts.push(`<text class="fig-${kind}" x="${this.x(x)}" y="${round(y)}" text-anchor="middle" dominant-baseline="central">${escape(text)}</text>`);
  }
}

function svgOf(canvas: Canvas, height: number, alt: string, options: DrawOptions, kind: FigureKind): string {
  const title = `${options.id}-title`;
  return `<svg class="lesson-figure__svg lesson-figure__svg--${kind}" viewBox="0 0 ${canvas.width} ${height}" role="img" aria-labelledby="${escape(title)}" focusable="false"><title id="${escape(title)}">${escape(alt)}</title>${canvas.parts.join('')}</svg>`;
}

/** A 10 × 10 grid of people: the first share solid, the second ringed, the rest small dots. */
function drawShare(values: readonly FigureValue[], canvas: Canvas): number {
  const first = values[0]!.numbers[0]!;
  const second = values[1]?.numbers[0] ?? 0;
  for (let index = 0; index < 100; index += 1) {
    const cx = (index % 10) * 24 + 12;
    const cy = Math.floor(index / 10) * 24 + 12;
    if (index < first) canvas.circle(cx, cy, 9, 'solid');
    else if (index < first + second) canvas.circle(cx, cy, 8, 'ring');
    else canvas.circle(cx, cy, 3, 'dot');
  }
  return 240;
}

/** One bar per share, on a track of 100%, the number written after it. */
function drawCompare(values: readonly FigureValue[], canvas: Canvas): number {
  values.forEach((value, row) => {
    const y = row * 48 + 8;
    canvas.rect(0, y, 232, 28, 'track');
    canvas.rect(0, y, (232 * value.numbers[0]!) / 100, 28, 'solid');
    canvas.text(276, y + 14, value.text);
  });
  return values.length * 48;
}

/** One person at the inline start, lines to everyone they tell; a range's uncertain part dashed, "more than" ends in an ellipsis. */
function drawFanout(value: FigureValue, canvas: Canvas): number {
  const certain = value.numbers[0]!;
  const drawn = value.numbers[value.numbers.length - 1]!;
  const columns = drawn > 30 ? 7 : 5;
  const [across, down] = [drawn > 30 ? 24 : 28, 26];
  const rows = Math.ceil((drawn + (value.form === 'more' ? 1 : 0)) / columns);
  const height = Math.max(rows * down + 40, 120);
  const middle = Math.max((rows * down) / 2 + 2, 48);
  const left = 320 - columns * across;
  const spot = (index: number): [number, number] => [left + (index % columns) * across + across / 2, Math.floor(index / columns) * down + 15];
  const spots = Array.from({ length: drawn }, (_, index) => spot(index));
  // Lines first, so the people are drawn over their ends.
  for (const [index, [x, y]] of spots.entries()) canvas.line([[40, middle], [x, y]], index < certain ? 'line' : 'line-dashed');
  canvas.circle(40, middle, 22, 'solid');
  canvas.text(40, middle, '1', 'number-inverse');
  for (const [index, [x, y]] of spots.entries()) canvas.circle(x, y, 8, index < certain ? 'solid' : 'dashed');
  if (value.form === 'more') canvas.text(...spot(drawn), '…');
  canvas.text(left + (columns * across) / 2, rows * down + 20, value.text);
  return height;
}

/** Numbered steps from the inline start, five to a row, each row's end leading to the next row's start. */
function drawFlow(count: number, canvas: Canvas): number {
  const perRow = 5;
  const rows = Math.ceil(count / perRow);
  const at = (step: number): [number, number] => [(step % perRow) * 64 + 32, Math.floor(step / perRow) * 76 + 30];
  for (let step = 0; step + 1 < count; step += 1) {
    const [x, y] = at(step);
    const [nx, ny] = at(step + 1);
    if (ny === y) {
      canvas.line([[x + 21, y], [nx - 22, y]]);
      canvas.arrow(nx - 22, y, 1, 0);
    } else {
      canvas.line([[x, y + 21], [x, y + 38], [nx, y + 38], [nx, ny - 22]]);
      canvas.arrow(nx, ny - 22, 0, 1);
    }
  }
  for (let step = 0; step < count; step += 1) {
    const [x, y] = at(step);
    canvas.circle(x, y, 20, 'ring');
    canvas.text(x, y, String(step + 1));
  }
  return rows * 76 - 16;
}

/** The parts in a ring around what joins them, numbered in reading order (clockwise from the top, mirrored right-to-left). */
function drawParts(count: number, canvas: Canvas): number {
  const [cx, cy] = [160, 118];
  const spots = Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    return [cx + 84 * Math.cos(angle), cy + 84 * Math.sin(angle)] as [number, number];
  });
  for (const [x, y] of spots) canvas.line([[cx, cy], [x, y]]);
  canvas.circle(cx, cy, 30, 'solid');
  spots.forEach(([x, y], index) => {
    canvas.circle(x, y, 28, 'ring');
    canvas.text(x, y, String(index + 1));
  });
  // As tall as the lowest part (three parts leave the bottom free; four and six have one there).
  return Math.ceil(Math.max(...spots.map(([, y]) => y)) + 28 + 8);
}

/** The drawing and key of a figure whose props passed figureProblems (it throws otherwise: the build must not draw a wrong figure). */
export function drawFigure(props: FigureProps, options: DrawOptions): FigureModel {
  const problems = figureProblems(props);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  const values = splitList(props.values).map((text) => parseValue(text)!);
  const labels = splitList(props.labels);
  const canvas = new Canvas(props.kind === 'share' ? 240 : 320, options.rtl);
  let height: number;
  let key: KeyItem[];
  switch (props.kind) {
    case 'share':
      height = drawShare(values, canvas);
      key = values.map((value, index) => ({ marker: index === 0 ? 'solid' : 'ring', value: value.text, label: labels[index]! }));
      break;
    case 'compare':
      height = drawCompare(values, canvas);
      key = values.map((value, index) => ({ marker: 'solid', value: value.text, label: labels[index]! }));
      break;
    case 'fanout':
      height = drawFanout(values[0]!, canvas);
      key = [
        { marker: 'solid', value: '1', label: labels[0]! },
        { marker: values[0]!.form === 'range' ? 'dashed' : 'solid', value: values[0]!.text, label: labels[1]! },
      ];
      break;
    case 'flow':
      height = drawFlow(labels.length, canvas);
      key = labels.map((label) => ({ marker: 'number', label }));
      break;
    case 'parts':
      height = drawParts(labels.length, canvas);
      key = labels.map((label) => ({ marker: 'number', label }));
      break;
  }
  const ordered = props.kind === 'flow' || props.kind === 'parts';
  return { kind: props.kind, svg: svgOf(canvas, height, props.alt, options, props.kind), key, ordered, ...(props.centre ? { centre: props.centre } : {}) };
}
