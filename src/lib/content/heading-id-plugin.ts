/**
 * The Sätteri HAST plugin that applies explicit heading ids (see heading-id.ts): it removes the
 * `{/* #id *\/}` marker from the heading and sets the heading's id, so Astro's own heading-id
 * step keeps it instead of slugging the (translated) text.
 */
import { defineHastPlugin } from 'satteri';
import { headingIdMarker } from './heading-id';

export const headingIds = defineHastPlugin({
  name: 'explicit-heading-ids',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node) {
      const children = node.children;
      const last = children.at(-1);
      if (last?.type !== 'mdxTextExpression') return;
      const id = headingIdMarker(last.value);
      if (!id) return;
      const rest = children.slice(0, -1);
      const tail = rest.at(-1);
      if (tail?.type === 'text') rest[rest.length - 1] = { ...tail, value: tail.value.trimEnd() };
      return { ...node, properties: { ...node.properties, id }, children: rest };
    },
  },
});
