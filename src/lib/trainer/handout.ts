/**
 * What a lesson's printed handout keeps: its outline (section headings),
 * lists, key points, statistics, figures, steps, do-and-don'ts, disagreements and
 * takeaways. Running text, stories, the reflection and facilitator notes stay
 * in the lesson, and a section heading with nothing kept under it is dropped
 * (no heading stands alone on paper).
 *
 * Works on the lesson as rendered to HTML, split into its top-level elements.
 * The HTML comes from the site's own build (well-formed, text escaped), so a
 * small tag scanner is enough: no general HTML parser.
 */

export interface TopBlock {
  /** The element's tag name, in lower case. */
  readonly tag: string;
  readonly classes: readonly string[];
  /** The element's whole markup. */
  readonly html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, or a start or end tag with its attributes (quoted values may hold ">"). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const CLASS = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

function classesOf(attributes: string): string[] {
  const found = CLASS.exec(attributes);
  const value = found ? (found[1] ?? found[2] ?? found[3]!) : '';
  return value.split(/\s+/).filter(Boolean);
}

/** The top-level elements of an HTML fragment, in order. Text between them (only white space in rendered lessons) is left out. */
export function topLevelBlocks(html: string): TopBlock[] {
  const blocks: TopBlock[] = [];
  let depth = 0;
  let open: { tag: string; classes: string[]; start: number } | undefined;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, name, attributes = '', selfClosing] = match;
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && open) {
        blocks.push({ tag: open.tag, classes: open.classes, html: html.slice(open.start, match.index + whole.length) });
        open = undefined;
      }
    } else if (VOID.has(tag) || selfClosing) {
      if (depth === 0) blocks.push({ tag, classes: classesOf(attributes), html: whole });
    } else {
      if (depth === 0) open = { tag, classes: classesOf(attributes), start: match.index };
      depth += 1;
    }
  }
  return blocks;
}

const KEPT_TAGS = ['h2', 'ol', 'ul'];
const KEPT_CLASSES = ['key-point', 'stat', 'lesson-figure', 'steps', 'do-dont', 'disagree', 'takeaways'];

/** True for the blocks a handout prints (section headings included). */
export function keptInHandout(block: TopBlock): boolean {
  return KEPT_TAGS.includes(block.tag) || block.classes.some((name) => KEPT_CLASSES.includes(name));
}

/** The blocks a handout prints: the kept ones, without section headings that have nothing kept under them. */
export function handoutBlocks(blocks: readonly TopBlock[]): TopBlock[] {
  const kept = blocks.filter(keptInHandout);
  return kept.filter((block, index) => block.tag !== 'h2' || (index + 1 < kept.length && kept[index + 1]!.tag !== 'h2'));
}

/** A rendered lesson as its handout prints it. */
export function handoutHtml(lessonHtml: string): string {
  return handoutBlocks(topLevelBlocks(lessonHtml))
    .map((block) => block.html)
    .join('\n');
}
