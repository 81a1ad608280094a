import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingIdMarker } from '../../src/lib/content/heading-id';
import { headingIds } from '../../src/lib/content/heading-id-plugin';

async function compile(source: string) {
  const data = { astro: { frontmatter: {}, headings: [] as Array<{ depth: number; slug: string; text: string }>, localImagePaths: new Set(), remoteImagePaths: new Set() } };
  const result = await mdxToJs(source, { hastPlugins: [headingIds, satteriHeadingIdsPlugin()], data } as never);
  return { code: (result as { code: string }).code, headings: data.astro.headings };
}

describe('explicit heading ids', () => {
  it('reads the id of a marker and ignores other expressions', () => {
    expect(headingIdMarker('/* #nine-expectations */')).toBe('nine-expectations');
    expect(headingIdMarker(' /*#a1*/ ')).toBe('a1');
    expect(headingIdMarker('/* a comment */')).toBeUndefined();
    expect(headingIdMarker('frontmatter.title')).toBeUndefined();
  });

  it('rejects an id that is not lowercase ASCII words joined by hyphens', () => {
    expect(() => headingIdMarker('/* #التوقعات */')).toThrow(/not a valid section id/);
    expect(() => headingIdMarker('/* #Nine */')).toThrow(/#Nine/);
    expect(() => headingIdMarker('/* # */')).toThrow();
  });

  it('gives a translated heading the shared id, and leaves headings without a marker to Astro', async () => {
    const { code, headings } = await compile(
      '## Nine expectations {/* #nine-expectations */}\n\n## التوقعات **التسعة** {/* #nine-expectations-ar */}\n\n## Plain one\n\n## A note {/* not an id */}\n',
    );
    expect(headings.map((h) => h.slug)).toEqual(['nine-expectations', 'nine-expectations-ar', 'plain-one', expect.any(String)]);
    expect(headings[0]!.text).toBe('Nine expectations');
    expect(code).not.toContain('#nine-expectations */');
    expect(code).toContain('"nine-expectations"');
  });
});

describe('the heading-id plugin on bare nodes', () => {
  const visit = headingIds.element.visit;
  const heading = (children: unknown[], properties: Record<string, string> = {}) => ({ type: 'element', tagName: 'h2', properties, children }) as never;

  it('leaves a heading without children, or without a marker last, as it is', () => {
    expect(visit(heading([]))).toBeUndefined();
    expect(visit(heading([{ type: 'text', value: 'Plain' }]))).toBeUndefined();
    expect(visit(heading([{ type: 'mdxTextExpression', value: '/* a note */' }]))).toBeUndefined();
  });

  it('applies a marker that is the only child, follows text (trimmed) or follows an element', () => {
    expect(visit(heading([{ type: 'mdxTextExpression', value: '/* #only */' }]))).toEqual({ type: 'element', tagName: 'h2', properties: { id: 'only' }, children: [] });
    expect(visit(heading([{ type: 'text', value: 'Nine ' }, { type: 'mdxTextExpression', value: '/* #a */' }], { class: 'x' }))).toEqual({
      type: 'element',
      tagName: 'h2',
      properties: { class: 'x', id: 'a' },
      children: [{ type: 'text', value: 'Nine' }],
    });
    const strong = { type: 'element', tagName: 'strong', properties: {}, children: [] };
    expect(visit(heading([strong, { type: 'mdxTextExpression', value: '/* #b */' }]))).toMatchObject({ properties: { id: 'b' }, children: [strong] });
  });
});
