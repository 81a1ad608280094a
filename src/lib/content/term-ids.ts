/**
 * Ids for a <Term>'s definition in place (src/components/mdx/Term.astro): the button names the
 * popover it opens, and the popover is labelled by the term's name inside it. A page numbers its
 * terms in the order they render, so a term used twice gets two sets of ids and none repeats.
 * Pure: the page is any object that lives as long as one render (the lesson context in Astro.locals).
 */

export interface TermIds {
  /** The popover holding the definition (the button's popovertarget). */
  readonly popover: string;
  /** The term's name inside it (the popover's aria-labelledby). */
  readonly title: string;
}

const counts = new WeakMap<object, number>();

/**
 * The ids for the next use of `termId` on `page`: "term-3-moment-of-truth" for the page's third term.
 * The number comes first, so ids stay unique whatever a glossary id looks like.
 */
export function nextTermIds(page: object, termId: string): TermIds {
  const number = (counts.get(page) ?? 0) + 1;
  counts.set(page, number);
  const popover = `term-${number}-${termId}`;
  return { popover, title: `${popover}-title` };
}
