/**
 * A <Term>'s definition in place: ids per use, so a term used twice on a page keeps every id
 * unique (src/lib/content/term-ids.ts), and the markup (TermDefinition.astro): a button that
 * names its popover, a popover labelled by the term, with the glossary link inside.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TermDefinition from '../../src/components/mdx/TermDefinition.astro';
import { nextTermIds } from '../../src/lib/content/term-ids';

describe('nextTermIds', () => {
  it('numbers the terms of a page in order, so the same term twice gets ids of its own', () => {
    const page = {};
    const first = nextTermIds(page, 'moment-of-truth');
    const second = nextTermIds(page, 'front-line');
    const again = nextTermIds(page, 'moment-of-truth');
    expect([first, second, again]).toEqual([
      { popover: 'term-1-moment-of-truth', title: 'term-1-moment-of-truth-title' },
      { popover: 'term-2-front-line', title: 'term-2-front-line-title' },
      { popover: 'term-3-moment-of-truth', title: 'term-3-moment-of-truth-title' },
    ]);
    const all = [first, second, again].flatMap((ids) => [ids.popover, ids.title]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('starts again at 1 on another page', () => {
    nextTermIds({}, 'a');
    expect(nextTermIds({}, 'a').popover).toBe('term-1-a');
  });

  it('keeps ids unique even when a glossary id looks like a numbered one', () => {
    const page = {};
    const ids = ['a', 'a-2', '2-a', 'a', 'a-title', 'a'].map((id) => nextTermIds(page, id)).flatMap((ids) => [ids.popover, ids.title]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const container = await AstroContainer.create();

describe('TermDefinition', () => {
  const render = (props: Record<string, unknown>) =>
    container.renderToString(TermDefinition, {
      props: { ids: { popover: 'term-1-x', title: 'term-1-x-title' }, term: 'Moment of truth', definition: 'Any situation…', href: '/glossary/#x', linkLabel: 'Read more in the glossary', ...props },
      slots: { default: 'moments of truth' },
    });

  it('is a button naming its popover, which is a dialog labelled by the term, holding the definition and the glossary link', async () => {
    const html = await render({});
    expect(html).toMatch(/<button type="button" class="term__word" popovertarget="term-1-x">moments of truth<\/button>/);
    expect(html).toMatch(/<span class="term__popover" id="term-1-x" popover="auto" role="dialog" aria-labelledby="term-1-x-title"[^>]*data-pagefind-ignore/);
    expect(html).toContain('<strong class="term__name" id="term-1-x-title">Moment of truth</strong>');
    expect(html).toContain('Any situation…');
    expect(html).toMatch(/<a class="term__link" href="\/glossary\/#x">Read more in the glossary<\/a>/);
    // Phrasing content only, so it can sit inside a paragraph: no <div>, no <p>.
    expect(html).not.toMatch(/<(div|p)\b/);
    expect(html).not.toMatch(/\s(lang|dir)=/);
  });

  it('marks the definition\'s language and the link\'s when they differ from the text around them', async () => {
    const html = await render({ lang: 'en', dir: 'ltr', linkLang: 'ar', linkDir: 'rtl' });
    expect(html).toMatch(/class="term__popover"[^>]* lang="en" dir="ltr"/);
    expect(html).toMatch(/<a class="term__link" href="\/glossary\/#x" lang="ar" dir="rtl">/);
  });
});
