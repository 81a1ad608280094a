/**
 * Splits a lesson into slides for the presenter view. The lesson's rendered
 * blocks (its top-level elements, in order) come in as descriptions; slides
 * come out as lists of block indexes:
 * - a heading starts a new part, titled by it (the heading itself is the slide title);
 * - text (paragraphs, lists, stories, do and don't) fills a slide up to
 *   `maxText` blocks, then continues on the next slide under the same title;
 * - a key point or disagreement is shown alone, large; two statistics in a
 *   row share one slide, large (more would not fit a projected screen);
 * - self-contained parts with their own title (Try it, Takeaways) are a slide each;
 * - facilitator notes never go on a slide: they belong to the notes view;
 * - a lead-in (a paragraph ending in ":", such as "…and told them:") stays on
 *   the slide of the text, statistic or key point it introduces, moving to the
 *   next slide with it when need be (that slide may then hold one block more).
 */

export type BlockKind = 'heading' | 'text' | 'stat' | 'big' | 'part' | 'notes';

export interface Block {
  readonly kind: BlockKind;
  /** The heading's or part's text (heading and part blocks). */
  readonly title?: string;
  /** The heading's or part's id, which facilitator timing refers to. */
  readonly id?: string;
  /** A text block that introduces the next one (see `isLeadIn`). */
  readonly leadIn?: boolean;
}

/** A paragraph that ends in a colon introduces what follows it ("He told them:"), in any script's colon. */
export function isLeadIn(text: string): boolean {
  return /[:：﹕]\s*$/u.test(text);
}

export type SlideLayout = 'text' | 'big' | 'part';

export interface Slide {
  readonly title: string;
  /** The id of the part the slide belongs to (the heading's id), if any. */
  readonly section?: string;
  readonly layout: SlideLayout;
  /** Indexes into the blocks. */
  readonly blocks: readonly number[];
  /** True for the second and later slides of one part. */
  readonly continued: boolean;
}

export const MAX_STATS = 2;

export function splitSlides(blocks: readonly Block[], openingTitle: string, maxText = 3): Slide[] {
  const slides: Slide[] = [];
  let title = openingTitle;
  let section: string | undefined;
  let open: { layout: SlideLayout; blocks: number[]; stats: number } | undefined;
  /** The lead-ins at the end of the open slide, waiting for the block they introduce. */
  let leadIns: number[] = [];
  let slidesInPart = 0;

  const close = () => {
    leadIns = [];
    if (!open) return;
    slides.push({ title, ...(section ? { section } : {}), layout: open.layout, blocks: open.blocks, continued: slidesInPart > 0 });
    slidesInPart += 1;
    open = undefined;
  };
  /** Closes the open slide without its trailing lead-ins, and opens the next one with them. */
  const carryOver = (layout: SlideLayout) => {
    const carried = leadIns;
    if (open) open.blocks.splice(open.blocks.length - carried.length);
    if (open?.blocks.length === 0) open = undefined;
    close();
    open = { layout, blocks: [...carried], stats: 0 };
    leadIns = carried;
  };

  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'notes':
        return;
      case 'heading':
        close();
        title = block.title ?? title;
        section = block.id;
        slidesInPart = 0;
        return;
      case 'part':
        close();
        slides.push({ title: block.title ?? title, ...(block.id ? { section: block.id } : {}), layout: 'part', blocks: [index], continued: false });
        return;
      case 'big':
        carryOver('big');
        open!.blocks.push(index);
        close();
        return;
      case 'stat':
        // Only statistics stay open as a 'big' slide (a key point closes at once).
        if (open?.layout !== 'big' || open.stats >= MAX_STATS) carryOver('big');
        open!.blocks.push(index);
        open!.stats += 1;
        leadIns = [];
        return;
      case 'text':
        if (open?.layout !== 'text' || open.blocks.length >= maxText) carryOver('text');
        open!.blocks.push(index);
        leadIns = block.leadIn ? [...leadIns, index] : [];
        return;
    }
  });
  close();
  return slides;
}
