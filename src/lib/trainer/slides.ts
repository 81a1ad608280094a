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
 * - facilitator notes never go on a slide: they belong to the notes view.
 */

export type BlockKind = 'heading' | 'text' | 'stat' | 'big' | 'part' | 'notes';

export interface Block {
  readonly kind: BlockKind;
  /** The heading's or part's text (heading and part blocks). */
  readonly title?: string;
  /** The heading's or part's id, which facilitator timing refers to. */
  readonly id?: string;
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
  let open: { layout: SlideLayout; blocks: number[] } | undefined;
  let slidesInPart = 0;

  const close = () => {
    if (!open) return;
    slides.push({ title, ...(section ? { section } : {}), layout: open.layout, blocks: open.blocks, continued: slidesInPart > 0 });
    slidesInPart += 1;
    open = undefined;
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
        close();
        open = { layout: 'big', blocks: [index] };
        close();
        return;
      case 'stat':
        // Only statistics stay open as a 'big' slide (a key point closes at once).
        if (open?.layout !== 'big' || open.blocks.length >= MAX_STATS) close();
        open ??= { layout: 'big', blocks: [] };
        open.blocks.push(index);
        return;
      case 'text':
        if (open?.layout !== 'text' || open.blocks.length >= maxText) close();
        open ??= { layout: 'text', blocks: [] };
        open.blocks.push(index);
        return;
    }
  });
  close();
  return slides;
}
