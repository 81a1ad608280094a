import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, clockTime, duration, type AgendaItem } from '../../src/lib/trainer/agenda';
import { emptyPlan, planItems, readPlan, toggle, type Catalogue } from '../../src/lib/trainer/plan';
import { isLeadIn, MAX_STATS, splitSlides, type Block } from '../../src/lib/trainer/slides';

const text: Block = { kind: 'text' };
const stat: Block = { kind: 'stat' };
const big: Block = { kind: 'big' };
const leadIn: Block = { kind: 'text', leadIn: true };
const heading = (title: string): Block => ({ kind: 'heading', title, id: title.toLowerCase() });

describe('the slide splitter', () => {
  it('opens with the lesson title, starts a slide at each heading and never shows the facilitator notes', () => {
    const slides = splitSlides([{ kind: 'notes' }, text, heading('One'), text, text, heading('Two'), text], 'Lesson');
    expect(slides).toEqual([
      { title: 'Lesson', layout: 'text', blocks: [1], continued: false },
      { title: 'One', section: 'one', layout: 'text', blocks: [3, 4], continued: false },
      { title: 'Two', section: 'two', layout: 'text', blocks: [6], continued: false },
    ]);
  });

  it('continues a long part on the next slide under the same title', () => {
    const slides = splitSlides([heading('Long'), text, text, text, text, text], 'Lesson', 2);
    expect(slides.map((slide) => [slide.title, slide.blocks, slide.continued])).toEqual([
      ['Long', [1, 2], false],
      ['Long', [3, 4], true],
      ['Long', [5], true],
    ]);
  });

  it('shows a key point alone and large, and two statistics in a row together', () => {
    const slides = splitSlides([heading('Figures'), text, stat, stat, stat, big, stat, text], 'Lesson');
    expect(slides.map((slide) => [slide.layout, slide.blocks])).toEqual([
      ['text', [1]],
      ['big', [2, 3]],
      ['big', [4]],
      ['big', [5]],
      ['big', [6]],
      ['text', [7]],
    ]);
    expect(MAX_STATS).toBe(2);
  });

  it('gives self-contained parts (Try it, Takeaways) a slide each with their own title', () => {
    const slides = splitSlides([heading('One'), text, { kind: 'part', title: 'Try it', id: 'try-it' }, { kind: 'part', title: 'Key takeaways' }], 'Lesson');
    expect(slides.slice(1)).toEqual([
      { title: 'Try it', section: 'try-it', layout: 'part', blocks: [2], continued: false },
      { title: 'Key takeaways', layout: 'part', blocks: [3], continued: false },
    ]);
    expect(splitSlides([{ kind: 'part' }], 'Lesson')[0]!.title).toBe('Lesson');
  });

  it('keeps the previous title for an untitled heading, and makes no slide of a heading without content', () => {
    expect(splitSlides([heading('One'), { kind: 'heading' }, text], 'Lesson')).toEqual([{ title: 'One', layout: 'text', blocks: [2], continued: false }]);
    expect(splitSlides([], 'Lesson')).toEqual([]);
  });

  it('knows a lead-in by the colon it ends with', () => {
    expect(isLeadIn('He gathered his staff and told them:')).toBe(true);
    expect(isLeadIn('جمع موظفيه وقال لهم: \n')).toBe(true);
    expect(isLeadIn('They said: "We have 50,000 moments of truth."')).toBe(false);
    expect(isLeadIn('')).toBe(false);
  });

  it('keeps a lead-in on the slide of the statistic, key point or text it introduces', () => {
    // "…and told them:" then the quote as a statistic: both on one large slide, the text before stays behind.
    expect(splitSlides([heading('Idea'), text, leadIn, stat, text], 'Lesson').map((slide) => [slide.layout, slide.blocks])).toEqual([
      ['text', [1]],
      ['big', [2, 3]],
      ['text', [4]],
    ]);
    // A lead-in alone on its slide moves with the key point (or steps) it introduces: no empty slide is left.
    expect(splitSlides([heading('Steps'), leadIn, { kind: 'notes' }, big], 'Lesson').map((slide) => [slide.layout, slide.blocks])).toEqual([['big', [1, 3]]]);
    // A full text slide gives its last paragraph, a lead-in, to the next slide with the list it introduces.
    expect(splitSlides([text, text, leadIn, text], 'Lesson').map((slide) => [slide.blocks, slide.continued])).toEqual([
      [[0, 1], false],
      [[2, 3], true],
    ]);
    // Lead-ins in a row travel together; a lead-in before a heading or a part has nothing to keep.
    expect(splitSlides([leadIn, leadIn, text], 'Lesson', 1).map((slide) => slide.blocks)).toEqual([[0, 1, 2]]);
    expect(splitSlides([leadIn, heading('Next'), text, leadIn, { kind: 'part', title: 'Try it' }], 'Lesson').map((slide) => slide.blocks)).toEqual([[0], [2, 3], [4]]);
    // A second statistic after a lead-in and a statistic still shares the slide; a lead-in after a statistic is text again.
    expect(splitSlides([leadIn, stat, stat, leadIn, text], 'Lesson').map((slide) => [slide.layout, slide.blocks])).toEqual([
      ['big', [0, 1, 2]],
      ['text', [3, 4]],
    ]);
  });

  it('puts every block but headings and notes on exactly one slide, in order (property)', () => {
    const block = fc.constantFrom<Block>(text, leadIn, stat, big, heading('H'), { kind: 'part', title: 'P' }, { kind: 'notes' });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (blocks, maxText) => {
        const slides = splitSlides(blocks, 'Lesson', maxText);
        const shown = slides.flatMap((slide) => slide.blocks);
        const expected = blocks.flatMap((entry, index) => (entry.kind === 'heading' || entry.kind === 'notes' ? [] : [index]));
        expect(shown).toEqual(expected);
        const slideOf = new Map(slides.flatMap((slide, number) => slide.blocks.map((index) => [index, number] as const)));
        for (const slide of slides) {
          expect(slide.blocks.length).toBeGreaterThan(0);
          // Beyond the limit only with lead-ins carried over in front of the block they introduce.
          const carried = slide.blocks.slice(0, -1).every((index) => blocks[index]!.leadIn);
          if (slide.layout === 'text' && !carried) expect(slide.blocks.length).toBeLessThanOrEqual(maxText);
          if (slide.layout === 'big') {
            expect(slide.blocks.filter((index) => blocks[index]!.kind === 'stat').length).toBeLessThanOrEqual(MAX_STATS);
            expect(slide.blocks.filter((index) => blocks[index]!.kind === 'big').length).toBeLessThanOrEqual(1);
          }
        }
        // A lead-in shares its slide with the text, statistic or key point that follows it (notes aside).
        blocks.forEach((entry, index) => {
          const following = blocks.findIndex((other, at) => at > index && other.kind !== 'notes');
          if (entry.leadIn && following > 0 && ['text', 'stat', 'big'].includes(blocks[following]!.kind)) expect(slideOf.get(index)).toBe(slideOf.get(following));
        });
      }),
    );
  });
});

describe('the agenda', () => {
  const item = (id: string, minutes: number): AgendaItem => ({ kind: 'lesson', id, title: id, minutes });

  it('times each part from the start and puts a break in before the limit would be passed', () => {
    const agenda = buildAgenda([item('a', 35), item('b', 30), item('c', 45), item('d', 25)], { breakAfter: 90, breakMinutes: 15 });
    expect(agenda.rows.map((row) => [row.kind === 'break' ? 'break' : row.id, row.start, row.minutes])).toEqual([
      ['a', 0, 35],
      ['b', 35, 30],
      ['break', 65, 15],
      ['c', 80, 45],
      ['d', 125, 25],
    ]);
    expect(agenda.total).toBe(150);
    expect(agenda.breaks).toBe(1);
  });

  it('never starts with a break, even when the first part is longer than the limit', () => {
    const agenda = buildAgenda([item('long', 120), item('next', 10)], { breakAfter: 90, breakMinutes: 10 });
    expect(agenda.rows.map((row) => row.kind)).toEqual(['lesson', 'break', 'lesson']);
    expect(buildAgenda([], { breakAfter: 90, breakMinutes: 10 })).toEqual({ rows: [], total: 0, breaks: 0 });
  });

  it('adds up: the total is the parts plus the breaks, and no stretch without a break passes the limit unless one part does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 150 }), { maxLength: 20 }), fc.integer({ min: 15, max: 240 }), fc.integer({ min: 5, max: 60 }), (minutes, breakAfter, breakMinutes) => {
        const agenda = buildAgenda(minutes.map((value, index) => item(String(index), value)), { breakAfter, breakMinutes });
        const sum = minutes.reduce((total, value) => total + value, 0);
        expect(agenda.total).toBe(sum + agenda.breaks * breakMinutes);
        let stretch = 0;
        let longest = 0;
        agenda.rows.forEach((row, index) => {
          if (index > 0) expect(row.start).toBe(agenda.rows[index - 1]!.start + agenda.rows[index - 1]!.minutes);
          if (row.kind === 'break') {
            expect(agenda.rows[index + 1]?.kind).not.toBe('break');
            stretch = 0;
            longest = 0;
          } else {
            stretch += row.minutes;
            longest = Math.max(longest, row.minutes);
            if (stretch > breakAfter) expect(stretch).toBe(longest);
          }
        });
        expect(agenda.rows[0]?.kind).not.toBe('break');
      }),
    );
  });

  it('gives clock times from the start, wrapping past midnight', () => {
    expect(clockTime('09:00', 0)).toBe('09:00');
    expect(clockTime('09:30', 95)).toBe('11:05');
    expect(clockTime('23:30', 45)).toBe('00:15');
    expect(clockTime('not a time', 61)).toBe('01:01');
    expect(duration(205)).toEqual({ hours: 3, minutes: 25 });
  });
});

describe('the saved workshop plan', () => {
  const catalogue: Catalogue = {
    lessons: [
      { slug: 'one', title: 'One', minutes: 30, check: true },
      { slug: 'two', title: 'Two', lang: 'en', minutes: 40, check: false },
    ],
    roleplays: [
      { id: 'play', title: 'Play', lang: 'en', lesson: 'one' },
      { id: 'other', title: 'Other', lesson: 'two' },
    ],
    checkMinutes: 10,
    rolePlayMinutes: 20,
  };

  it('reads a saved plan, nothing saved, or says why it cannot', () => {
    const plan = { ...emptyPlan(90, 15), lessons: ['one'] };
    expect(readPlan(JSON.stringify(plan))).toEqual({ ok: true, plan });
    expect(readPlan(null)).toEqual({ ok: true, plan: null });
    expect(readPlan('{')).toMatchObject({ ok: false });
    expect(readPlan(JSON.stringify({ ...plan, start: '25:00' }))).toMatchObject({ ok: false });
    expect(readPlan(JSON.stringify({ ...plan, v: 2 }))).toMatchObject({ ok: false });
    expect(readPlan(JSON.stringify({ ...plan, lessons: ['<script>'] }))).toMatchObject({ ok: false });
  });

  it('puts the chosen items on the agenda in course order: lesson, its check, its role-plays', () => {
    let plan = emptyPlan(90, 15);
    plan = toggle(plan, 'roleplays', 'other', true);
    plan = toggle(plan, 'lessons', 'two', true);
    plan = toggle(plan, 'roleplays', 'play', true);
    plan = toggle(plan, 'checks', 'one', true);
    plan = toggle(plan, 'lessons', 'one', true);
    // A check the lesson does not have is ignored.
    plan = toggle(plan, 'checks', 'two', true);
    // A check carries its lesson's title; a title in another language than the page keeps its language.
    expect(planItems(plan, catalogue)).toEqual([
      { kind: 'lesson', id: 'one', title: 'One', minutes: 30 },
      { kind: 'check', id: 'one', title: 'One', minutes: 10 },
      { kind: 'roleplay', id: 'play', title: 'Play', lang: 'en', minutes: 20 },
      { kind: 'lesson', id: 'two', title: 'Two', lang: 'en', minutes: 40 },
      { kind: 'roleplay', id: 'other', title: 'Other', minutes: 20 },
    ]);
    expect(planItems(toggle(plan, 'checks', 'one', false), catalogue).map((item) => item.kind)).toEqual(['lesson', 'roleplay', 'lesson', 'roleplay']);
    expect(planItems(toggle(plan, 'roleplays', 'play', false), catalogue).map((item) => item.id)).toEqual(['one', 'one', 'two', 'other']);
    const without = toggle(plan, 'lessons', 'one', false);
    expect(without.lessons).toEqual(['two']);
    // A check without its lesson: a revision session.
    expect(planItems(without, catalogue)[0]).toMatchObject({ kind: 'check', id: 'one' });
    expect(toggle(without, 'lessons', 'two', true).lessons).toEqual(['two']);
  });
});
