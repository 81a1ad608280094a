import { describe, expect, it } from 'vitest';
import { drawFigure, figureProblems, MAX_FANOUT, type FigureProps } from '../../src/lib/figures/figure';
import { normaliseValue, numbersIn, parseValue, splitList } from '../../src/lib/figures/values';

const ltr = { id: 'fig-1', rtl: false };
const rtl = { id: 'fig-1', rtl: true };

/** The elements of one class in an SVG string, with their attributes. */
function shapes(svg: string, kind: string): Array<Record<string, string>> {
  return [...svg.matchAll(new RegExp(`<(?:circle|rect|polyline|polygon|text) class="fig-${kind}"([^>]*)>`, 'g'))].map((found) => Object.fromEntries([...found[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!])));
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((found) => found[1]);
const title = (svg: string) => /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg)!.slice(1);
const viewBox = (svg: string) => /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number) as [number, number];

describe('figure values', () => {
  it('are read in every spelling a locale gives them', () => {
    expect(normaliseValue('50,000')).toBe('50000');
    expect(normaliseValue('50.000')).toBe('50000');
    expect(normaliseValue('50 000')).toBe('50000');
    expect(normaliseValue('50\u202f000')).toBe('50000');
    expect(normaliseValue('٥٠٬٠٠٠')).toBe('50000');
    expect(normaliseValue('۹۶٪')).toBe('96%');
    expect(normaliseValue('96 %')).toBe('96%');
    expect(normaliseValue('15-20')).toBe('15–20');
    expect(normaliseValue('15 — 20')).toBe('15–20');
    // A decimal is not a group of thousands.
    expect(normaliseValue('2.5')).toBe('2.5');
  });

  it('are parsed into the forms figures draw', () => {
    expect(parseValue('96%')).toEqual({ text: '96%', form: 'percent', numbers: [96] });
    expect(parseValue('15–20')).toEqual({ text: '15–20', form: 'range', numbers: [15, 20] });
    expect(parseValue('>30')).toEqual({ text: '>30', form: 'more', numbers: [30] });
    expect(parseValue('13')).toEqual({ text: '13', form: 'count', numbers: [13] });
    expect(parseValue('many')).toBeUndefined();
  });

  it('numbers in running text, lists split on "|"', () => {
    expect(numbersIn('Of 100 customers, 96 say nothing; 50,000 moments, 35 65')).toEqual([100, 96, 50000, 35, 65]);
    expect(splitList(' a | b|c ')).toEqual(['a', 'b', 'c']);
    expect(splitList(undefined)).toEqual([]);
  });
});

describe('figure props', () => {
  const share: FigureProps = { kind: 'share', values: '96%', labels: 'say nothing', alt: '96 of every 100 say nothing' };

  it('a well-formed figure of every kind has no problems', () => {
    expect(figureProblems(share)).toEqual([]);
    expect(figureProblems({ kind: 'compare', values: '35%|65%', labels: 'words|the rest', alt: '35% and 65%' })).toEqual([]);
    expect(figureProblems({ kind: 'fanout', values: '15–20', labels: 'one|many', alt: 'one tells 15 to 20' })).toEqual([]);
    expect(figureProblems({ kind: 'flow', labels: 'a|b|c', alt: 'three steps' })).toEqual([]);
    expect(figureProblems({ kind: 'parts', labels: 'a|b|c', centre: 'the customer', alt: 'three parts' })).toEqual([]);
  });

  it('wrong counts of values and labels name the prop', () => {
    expect(figureProblems({ ...share, values: '1%|2%|3%', labels: 'a|b|c', alt: '1 2 3' })).toEqual([{ path: 'values', message: 'a share figure takes 1 to 2 values separated by "|"' }]);
    expect(figureProblems({ kind: 'fanout', labels: 'one|many', alt: 'x' })).toEqual([{ path: 'values', message: 'a fanout figure takes 1 values separated by "|"' }]);
    expect(figureProblems({ kind: 'flow', values: '3', labels: 'a|b', alt: 'steps 3' })).toEqual([
      { path: 'values', message: 'a flow figure takes no values (its labels are its steps or parts)' },
      { path: 'values.0', message: '"3" is not a percentage ("96%")' },
    ]);
    expect(figureProblems({ ...share, labels: 'a|b' })).toEqual([{ path: 'labels', message: 'a share figure takes one label per value separated by "|"; it has 2' }]);
    expect(figureProblems({ kind: 'flow', labels: 'only one', alt: 'x' })).toEqual([{ path: 'labels', message: 'a flow figure takes 2 to 20 labels separated by "|"; it has 1' }]);
    expect(figureProblems({ ...share, labels: 'a|' , values: '4%|96%', alt: '4 96' })).toEqual([{ path: 'labels', message: 'a label is empty (labels are separated by "|")' }]);
  });

  it('values of the wrong form, over 100% or out of order', () => {
    expect(figureProblems({ ...share, values: '13' })).toEqual([{ path: 'values.0', message: '"13" is not a percentage ("96%")' }]);
    expect(figureProblems({ kind: 'fanout', values: '13%', labels: 'a|b', alt: '13' })).toEqual([{ path: 'values.0', message: '"13%" is not a count ("13"), a range ("15–20") or "more than" (">30")' }]);
    expect(figureProblems({ kind: 'compare', values: '120%|5%', labels: 'a|b', alt: '120 5' })).toEqual([{ path: 'values.0', message: '120% is more than 100%' }]);
    expect(figureProblems({ ...share, values: '60%|50%', labels: 'a|b', alt: '60 50' })).toEqual([{ path: 'values', message: 'the two shares add up to more than 100%' }]);
    expect(figureProblems({ kind: 'fanout', values: '20–15', labels: 'a|b', alt: '20 15' })).toEqual([{ path: 'values.0', message: 'the range 20–15 must go from the smaller number to the larger' }]);
    expect(figureProblems({ kind: 'fanout', values: `${MAX_FANOUT + 1}`, labels: 'a|b', alt: `${MAX_FANOUT + 1}` })).toEqual([{ path: 'values.0', message: `a fan-out draws 1 to ${MAX_FANOUT} people` }]);
    expect(figureProblems({ kind: 'fanout', values: '0', labels: 'a|b', alt: '0' })).toEqual([{ path: 'values.0', message: `a fan-out draws 1 to ${MAX_FANOUT} people` }]);
  });

  it('a centre belongs to parts figures only', () => {
    expect(figureProblems({ kind: 'parts', labels: 'a|b', alt: 'x' })).toEqual([{ path: 'centre', message: 'a parts figure names what the parts are joined around (centre="…")' }]);
    expect(figureProblems({ kind: 'flow', labels: 'a|b', alt: 'x', centre: 'c' })).toEqual([{ path: 'centre', message: 'only a parts figure has a centre' }]);
  });

  it('the text alternative must say every number, in any script or grouping', () => {
    expect(figureProblems({ ...share, alt: 'Most customers say nothing' })).toEqual([{ path: 'alt', message: 'the text alternative must say every number the figure shows; it does not say 96' }]);
    expect(figureProblems({ kind: 'fanout', values: '15–20', labels: 'a|b', alt: 'tells 15 people' })).toEqual([{ path: 'alt', message: 'the text alternative must say every number the figure shows; it does not say 20' }]);
    expect(figureProblems({ ...share, alt: '٩٦٪ لا يشتكون' })).toEqual([]);
  });
});

describe('drawing a share', () => {
  it('one share: that many people of 100 solid, the rest small dots, the numbers in the key', () => {
    const model = drawFigure({ kind: 'share', values: '96%', labels: 'say nothing', alt: '96 of every 100 unhappy customers say nothing' }, ltr);
    expect(shapes(model.svg, 'solid')).toHaveLength(96);
    expect(shapes(model.svg, 'ring')).toHaveLength(0);
    expect(shapes(model.svg, 'dot')).toHaveLength(4);
    expect(model.key).toEqual([{ marker: 'solid', value: '96%', label: 'say nothing' }]);
    expect(model.ordered).toBe(false);
    expect(model.centre).toBeUndefined();
  });

  it('two shares: solid, then ringed; the text alternative is the SVG title it is labelled by', () => {
    const model = drawFigure({ kind: 'share', values: '4%|90%', labels: 'a|b', alt: '4 and 90 <of> "100"' }, ltr);
    expect(shapes(model.svg, 'solid')).toHaveLength(4);
    expect(shapes(model.svg, 'ring')).toHaveLength(90);
    expect(shapes(model.svg, 'dot')).toHaveLength(6);
    expect(model.svg).toContain('role="img" aria-labelledby="fig-1-title"');
    expect(title(model.svg)).toEqual(['fig-1-title', '4 and 90 &lt;of&gt; &quot;100&quot;']);
    expect(model.key.map((item) => item.marker)).toEqual(['solid', 'ring']);
  });

  it('fills from the inline start, so right to left it starts on the right', () => {
    const props: FigureProps = { kind: 'share', values: '4%', labels: 'a', alt: '4' };
    const [width] = viewBox(drawFigure(props, ltr).svg);
    const first = shapes(drawFigure(props, ltr).svg, 'solid').map((shape) => Number(shape.cx));
    const mirrored = shapes(drawFigure(props, rtl).svg, 'solid').map((shape) => Number(shape.cx));
    expect(first).toEqual([12, 36, 60, 84]);
    expect(mirrored).toEqual(first.map((x) => width - x));
  });
});

describe('drawing a comparison', () => {
  it('a bar per share, as long as its share of the track, its number written', () => {
    const model = drawFigure({ kind: 'compare', values: '80%|90%', labels: 'do not complain|think of a competitor', alt: '80% and 90%' }, ltr);
    const tracks = shapes(model.svg, 'track');
    const bars = shapes(model.svg, 'solid');
    expect(bars.map((bar) => Math.round((100 * Number(bar.width)) / Number(tracks[0]!.width)))).toEqual([80, 90]);
    expect(texts(model.svg)).toEqual(['80%', '90%']);
    expect(viewBox(model.svg)).toEqual([320, 96]);
    expect(model.key).toEqual([
      { marker: 'solid', value: '80%', label: 'do not complain' },
      { marker: 'solid', value: '90%', label: 'think of a competitor' },
    ]);
  });

  it('right to left, bars grow from the right edge', () => {
    const bar = shapes(drawFigure({ kind: 'compare', values: '35%|65%', labels: 'a|b', alt: '35 65' }, rtl).svg, 'solid')[0]!;
    expect(Number(bar.x) + Number(bar.width)).toBe(320);
  });
});

describe('drawing a fan-out', () => {
  it('one person telling 13: 13 people, 13 lines, "1" and "13" written', () => {
    const model = drawFigure({ kind: 'fanout', values: '13', labels: 'an unhappy customer|people hear about it', alt: '1 unhappy customer tells 13 people' }, ltr);
    expect(shapes(model.svg, 'solid')).toHaveLength(14);
    expect(shapes(model.svg, 'line')).toHaveLength(13);
    expect(shapes(model.svg, 'dashed')).toHaveLength(0);
    expect(texts(model.svg)).toEqual(['1', '13']);
    expect(model.key).toEqual([
      { marker: 'solid', value: '1', label: 'an unhappy customer' },
      { marker: 'solid', value: '13', label: 'people hear about it' },
    ]);
  });

  it('a range: the certain people solid, the uncertain ones dashed', () => {
    const model = drawFigure({ kind: 'fanout', values: '15–20', labels: 'a|b', alt: '15 to 20' }, ltr);
    expect(shapes(model.svg, 'solid')).toHaveLength(16);
    expect(shapes(model.svg, 'dashed')).toHaveLength(5);
    expect(shapes(model.svg, 'line-dashed')).toHaveLength(5);
    expect(model.key[1]!.marker).toBe('dashed');
  });

  it('"more than": the people drawn, then an ellipsis', () => {
    const model = drawFigure({ kind: 'fanout', values: '>30', labels: 'a|b', alt: 'more than 30' }, ltr);
    expect(shapes(model.svg, 'solid')).toHaveLength(31);
    expect(texts(model.svg)).toEqual(['1', '…', '&gt;30']);
  });

  it('many people: seven to a row', () => {
    const model = drawFigure({ kind: 'fanout', values: '40', labels: 'a|b', alt: '40' }, ltr);
    const rows = new Set(shapes(model.svg, 'solid').slice(1).map((spot) => spot.cy));
    expect(rows.size).toBe(6);
  });

  it('right to left, the one person stands on the right', () => {
    const [person] = shapes(drawFigure({ kind: 'fanout', values: '3', labels: 'a|b', alt: '3' }, rtl).svg, 'solid').filter((shape) => shape.r === '22');
    expect(person!.cx).toBe('280');
  });
});

describe('drawing a flow', () => {
  const labels = Array.from({ length: 7 }, (_, index) => `step ${index + 1}`).join('|');

  it('a numbered circle per step in order, an arrow between each two', () => {
    const model = drawFigure({ kind: 'flow', labels, alt: 'seven steps' }, ltr);
    expect(shapes(model.svg, 'ring')).toHaveLength(7);
    expect(texts(model.svg)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(shapes(model.svg, 'arrow')).toHaveLength(6);
    expect(model.ordered).toBe(true);
    expect(model.key.map((item) => item.label)).toEqual(labels.split('|'));
    expect(model.key.every((item) => item.marker === 'number' && item.value === undefined)).toBe(true);
  });

  it('reads from the inline start: step 2 right of step 1, or left of it right to left', () => {
    const x = (options: typeof ltr) => shapes(drawFigure({ kind: 'flow', labels, alt: 'x' }, options).svg, 'number').map((text) => Number(text.x));
    expect(x(ltr)[1]! > x(ltr)[0]!).toBe(true);
    expect(x(rtl)[1]! < x(rtl)[0]!).toBe(true);
    // The sixth step starts the second row at the inline start again.
    expect(x(ltr)[5]).toBe(x(ltr)[0]);
  });
});

describe('drawing parts', () => {
  it('the parts numbered in a ring around a solid centre, joined to it', () => {
    const model = drawFigure({ kind: 'parts', labels: 'strategy|systems|team', centre: 'the customer', alt: 'three things' }, ltr);
    expect(shapes(model.svg, 'ring')).toHaveLength(3);
    expect(shapes(model.svg, 'solid')).toHaveLength(1);
    expect(shapes(model.svg, 'line')).toHaveLength(3);
    expect(texts(model.svg)).toEqual(['1', '2', '3']);
    expect(model.centre).toBe('the customer');
    expect(model.key.map((item) => item.label)).toEqual(['strategy', 'systems', 'team']);
  });

  it('every part, 2 to 6 of them, is inside the drawing', () => {
    for (let count = 2; count <= 6; count += 1) {
      const { svg } = drawFigure({ kind: 'parts', labels: Array.from({ length: count }, (_, index) => `p${index}`).join('|'), centre: 'c', alt: 'x' }, ltr);
      const [width, height] = viewBox(svg);
      for (const ring of shapes(svg, 'ring')) {
        const [x, y, r] = [Number(ring.cx), Number(ring.cy), Number(ring.r)];
        expect(x - r, `${count} parts`).toBeGreaterThanOrEqual(0);
        expect(x + r, `${count} parts`).toBeLessThanOrEqual(width);
        expect(y - r, `${count} parts`).toBeGreaterThanOrEqual(0);
        expect(y + r, `${count} parts`).toBeLessThanOrEqual(height);
      }
    }
  });

    it('clockwise from the top, counter-clockwise right to left', () => {
    const second = (options: typeof ltr) => Number(shapes(drawFigure({ kind: 'parts', labels: 'a|b|c', centre: 'c', alt: 'x' }, options).svg, 'number')[1]!.x);
    expect(second(ltr)).toBeGreaterThan(160);
    expect(second(rtl)).toBeLessThan(160);
  });
});

it('a figure with problems is not drawn', () => {
  expect(() => drawFigure({ kind: 'share', values: '96%', labels: 'a', alt: 'most' }, ltr)).toThrow('alt: the text alternative must say every number the figure shows; it does not say 96');
});
