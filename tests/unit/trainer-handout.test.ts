import { describe, expect, it } from 'vitest';
import { handoutBlocks, handoutHtml, keptInHandout, topLevelBlocks, type TopBlock } from '../../src/lib/trainer/handout';

const block = (tag: string, ...classes: string[]): TopBlock => ({ tag, classes, html: `<${tag}>` });

describe('the handout', () => {
  it('splits rendered HTML into its top-level elements, whatever is nested, void or quoted inside', () => {
    const html = [
      '<aside class="facilitator" data-timing=\'{"a":1}\' title="a > b"><h2 id="n">Notes</h2><p>x<br>y</p></aside>',
      '\n<!-- <p>not a block</p> -->\n',
      '<H2 id="one">One</H2>',
      '<hr>',
      '<img src="a.png" alt=""/>',
      '<div class=key-point><p>k</p></div>',
      '</p>',
      '<figure class="stat  big"><p>1</p></figure>',
    ].join('');
    expect(topLevelBlocks(html).map((entry) => [entry.tag, entry.classes])).toEqual([
      ['aside', ['facilitator']],
      ['h2', []],
      ['hr', []],
      ['img', []],
      ['div', ['key-point']],
      ['figure', ['stat', 'big']],
    ]);
    expect(topLevelBlocks(html)[0]!.html).toBe('<aside class="facilitator" data-timing=\'{"a":1}\' title="a > b"><h2 id="n">Notes</h2><p>x<br>y</p></aside>');
    expect(topLevelBlocks('<p data-class="stat">x</p>')[0]!.classes).toEqual([]);
    expect(topLevelBlocks("<p class='a b'>x</p>")[0]!.classes).toEqual(['a', 'b']);
  });

  it('keeps the outline, lists and boxes, and leaves running text, stories, notes and the Try it out', () => {
    for (const kept of [block('h2'), block('ol'), block('ul'), ...['key-point', 'stat', 'lesson-figure', 'steps', 'do-dont', 'disagree', 'takeaways'].map((name) => block('div', 'x', name))]) {
      expect(keptInHandout(kept)).toBe(true);
    }
    for (const left of [block('p'), block('h3'), block('aside', 'facilitator'), block('section', 'try-it'), block('figure', 'story'), block('blockquote')]) {
      expect(keptInHandout(left)).toBe(false);
    }
  });

  it('drops a section heading with nothing kept under it, also the last one', () => {
    const blocks = [block('h2', 'a'), block('p'), block('h2', 'b'), block('ul'), block('p'), block('h2', 'c'), block('p'), block('h2', 'd'), block('div', 'stat'), block('h2', 'e'), block('figure', 'story')];
    expect(handoutBlocks(blocks).map((entry) => [entry.tag, ...entry.classes])).toEqual([
      ['h2', 'b'],
      ['ul'],
      ['h2', 'd'],
      ['div', 'stat'],
    ]);
    expect(handoutBlocks([])).toEqual([]);
  });

  it('turns a rendered lesson into its handout', () => {
    const lesson = '<p>Intro</p>\n<h2 id="a">Stories</h2>\n<figure class="story"><p>s</p></figure>\n<h2 id="b">Steps</h2>\n<p>lead:</p>\n<div class="steps"><ol><li>x</li></ol></div>';
    expect(handoutHtml(lesson)).toBe('<h2 id="b">Steps</h2>\n<div class="steps"><ol><li>x</li></ol></div>');
  });
});
