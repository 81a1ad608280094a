/** translationProblems (src/lib/i18n/parity.ts) and the fingerprints (src/lib/i18n/hash.ts). */
import { describe, expect, it } from 'vitest';
import { contentHash, stableJson, translationState } from '../../src/lib/i18n/hash';
import { translationProblems, type LessonLike, type QuestionLike, type RolePlayLike } from '../../src/lib/i18n/parity';

const single: QuestionLike = { id: 'definition', type: 'single', section: 'what', source: '000.txt', options: [{ correct: true }, {}, { correct: false }] };
const q = (value: QuestionLike) => ({ kind: 'question' as const, value });

describe('fingerprints', () => {
  it('hash by value: key order, translatedFrom and undefined values do not count', () => {
    expect(stableJson({ b: 1, a: [1, undefined, { d: null, c: 'x' }], translatedFrom: 'abc', e: undefined })).toBe('{"a":[1,null,{"c":"x","d":null}],"b":1}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1, translatedFrom: '0123456789ab' }));
    expect(contentHash({ a: 1 })).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(stableJson(undefined)).toBe('null');
  });

  it('say whether a translation is current, unstamped or out of date', () => {
    expect(translationState('abc', 'abc')).toBe('current');
    expect(translationState('abc', undefined)).toBe('unstamped');
    expect(translationState('abc', 'abd')).toBe('outOfDate');
  });
});

describe('translationProblems: quiz questions', () => {
  it('accepts a translation that changes only text', () => {
    expect(translationProblems(q(single), q({ ...single, options: [{ correct: true }, { correct: false }, {}] }))).toEqual([]);
    expect(translationProblems(q({ ...single, check: true }), q(single))).toEqual([]);
  });

  it('names a moved correct answer by option', () => {
    const moved = { ...single, options: [{}, { correct: true }, {}] };
    expect(translationProblems(q(single), q(moved))).toEqual([
      'options.0.correct: option 1 is not correct here but correct in the original (answers are stored by option position, shared by every locale)',
      'options.1.correct: option 2 is correct here but not correct in the original (answers are stored by option position, shared by every locale)',
    ]);
  });

  it('names a different type, and stops there', () => {
    expect(translationProblems(q(single), q({ ...single, type: 'multiple', section: 'other' }))).toEqual(['type: multiple here but single in the original']);
  });

  it('names counts, sections, sources, check, answers and ids that differ', () => {
    const ordering: QuestionLike = { id: 'steps', type: 'ordering', section: 's', source: 'a', items: [1, 2, 3] };
    expect(translationProblems(q(ordering), q({ ...ordering, items: [1, 2] }))).toEqual(['items: 2 items here but 3 in the original (same count, same order)']);
    const matching: QuestionLike = { id: 'm', type: 'matching', section: 's', source: 'a', pairs: [1, 2] };
    expect(translationProblems(q(matching), q({ ...matching, pairs: [1, 2, 3] }))).toEqual(['pairs: 3 pairs here but 2 in the original (same count, same order)']);
    const tf: QuestionLike = { id: 't', type: 'true-false', section: 's', source: 'a', answer: true };
    expect(translationProblems(q(tf), q({ ...tf, answer: false, check: false, section: 'x', source: 'b', id: 'u' }))).toEqual([
      'id: "u" here but "t" in the original',
      'section: "x" here but "s" in the original',
      'source: "b" here but "a" in the original',
      'check: false here but true in the original',
      'answer: false here but true in the original',
    ]);
    expect(translationProblems(q(single), q({ ...single, options: [{ correct: true }] }))).toEqual(['options: 1 options here but 3 in the original (same count, same order)']);
    expect(translationProblems(q({ ...tf, options: undefined }), q({ ...tf, options: [{}] }))).toEqual(['options: 1 options here but 0 in the original (same count, same order)']);
  });

  it('refuses to compare different kinds', () => {
    expect(translationProblems(q(single), { kind: 'glossary', value: { id: 'x' } })).toEqual(['(file): a glossary cannot translate a question']);
  });
});

describe('translationProblems: role-plays', () => {
  const play: RolePlayLike = {
    lesson: 'l',
    start: 'a',
    meter: { initial: 50 },
    persona: { openingLines: ['hi'] },
    nodes: { a: { choices: [{ next: 'b', effect: 10, lesson: 'l', source: 's' }, { next: 'lost', effect: -10, lesson: 'l', section: 'x', source: 's' }] }, b: { choices: [{ next: 'won', effect: 5, lesson: 'l', source: 's' }] } },
    endings: { won: { outcome: 'won' }, lost: { outcome: 'lost' } },
  };
  const rp = (value: RolePlayLike) => ({ kind: 'roleplay' as const, value });

  it('accepts the same graph', () => {
    expect(translationProblems(rp(play), rp(structuredClone(play)))).toEqual([]);
  });

  it('names every part of the graph that differs', () => {
    const changed = structuredClone(play) as { -readonly [K in keyof RolePlayLike]: any };
    changed.start = 'b';
    changed.lesson = 'm';
    changed.meter = { initial: 40 };
    changed.persona = { openingLines: [] };
    changed.nodes.a.choices[1].effect = -20;
    changed.nodes.a.choices[1].section = 'y';
    changed.nodes.b.choices.push({ next: 'won', effect: 1, lesson: 'l', source: 's' });
    changed.nodes.c = { choices: [] };
    changed.endings.lost = { outcome: 'neutral' };
    changed.endings.extra = { outcome: 'won' };
    delete changed.endings.won;
    expect(translationProblems(rp(play), rp(changed))).toEqual([
      'lesson: "m" here but "l" in the original',
      'start: "b" here but "a" in the original',
      'meter.initial: 40 here but 50 in the original',
      'persona.openingLines: 0 lines here but 1 in the original (same count, same order)',
      'nodes.a.choices.1.effect: -20 here but -10 in the original',
      'nodes.a.choices.1.section: "y" here but "x" in the original',
      'nodes.b.choices: 2 replies here but 1 in the original (same count, same order)',
      'nodes.c: not in the original',
      'endings.lost.outcome: "neutral" here but "lost" in the original',
      'endings.extra: not in the original',
      'endings.won: missing (the original has it)',
    ]);
    const fewer = structuredClone(play) as { -readonly [K in keyof RolePlayLike]: any };
    delete fewer.nodes.b;
    expect(translationProblems(rp(play), rp(fewer))).toEqual(['nodes.b: missing (the original has it)']);
  });
});

describe('translationProblems: lessons and glossary terms', () => {
  const lesson: LessonLike = { frontmatter: { title: 'T', order: 1, minutes: 12, workshopMinutes: 35, sources: ['a', 'b'] }, sections: ['one', 'two'], timing: { one: 5, two: 30 }, roleplay: 'late-salon' };
  const ls = (value: LessonLike) => ({ kind: 'lesson' as const, value });

  it('accepts restated shared fields that are equal, and shared fields left out', () => {
    expect(translationProblems(ls(lesson), ls({ ...lesson, frontmatter: { title: 'ع', minutes: 12, sources: ['a', 'b'] } }))).toEqual([]);
  });

  it('names each shared field that differs, and missing, extra or reordered section ids', () => {
    expect(translationProblems(ls(lesson), ls({ ...lesson, frontmatter: { order: 2, minutes: 10, workshopMinutes: 35, sources: ['b', 'a'] } }))).toEqual([
      'minutes: 10 here but 12 in the original',
      'sources: ["b","a"] here but ["a","b"] in the original',
    ]);
    expect(translationProblems(ls(lesson), ls({ ...lesson, sections: ['one', 'تمثل'] }))).toEqual([
      'sections: missing #two (give each heading its original\'s id: ## Heading {/* #id */})',
      'sections: #تمثل not in the original (give each heading its original\'s id: ## Heading {/* #id */})',
    ]);
    expect(translationProblems(ls(lesson), ls({ ...lesson, sections: ['two', 'one'] }))).toEqual(['sections: in the order two, one here but one, two in the original']);
    expect(translationProblems(ls(lesson), ls({ ...lesson, timing: { one: 6, two: 29 }, roleplay: undefined }))).toEqual([
      'FacilitatorNotes.timing: {"one":6,"two":29} here but {"one":5,"two":30} in the original',
      'FacilitatorNotes.roleplay: (none) here but "late-salon" in the original',
    ]);
  });

  it('a translation explains the same glossary terms as its original, in any order and as often as it likes', () => {
    const original: LessonLike = { ...lesson, terms: ['front-line', 'moment-of-truth'] };
    expect(translationProblems(ls(original), ls({ ...lesson, terms: ['moment-of-truth', 'front-line', 'front-line'] }))).toEqual([]);
    expect(translationProblems(ls(lesson), ls(lesson))).toEqual([]);
    expect(translationProblems(ls(original), ls({ ...lesson, terms: ['moment-of-truth', 'axioms-of-service', 'axioms-of-service'] }))).toEqual([
      'terms: missing <Term id="front-line"> (wrap the words that translate the original\'s term)',
      'terms: <Term id="axioms-of-service"> not in the original',
    ]);
    expect(translationProblems(ls(original), ls(lesson))).toEqual([
      'terms: missing <Term id="front-line">, <Term id="moment-of-truth"> (wrap the words that translate the original\'s term)',
    ]);
  });

  describe('figures', () => {
    const share = { kind: 'share', source: 'a', values: '96%', labels: 'say nothing', caption: 'C', alt: '96 of 100' };
    const fanout = { kind: 'fanout', source: 'b', values: '50,000|15–20', labels: 'one|many', caption: 'C', alt: '15 to 20' };
    const original: LessonLike = { ...lesson, figures: [share, fanout] };

    it('a translation may change every word, and write the digits its own way', () => {
      const translated = [
        { ...share, labels: 'لا يقولون شيئًا', caption: 'ع', alt: '٩٦ من ١٠٠' },
        { ...fanout, values: '50.000 | 15-20', labels: 'один|многие', caption: 'Р', alt: 'от 15 до 20' },
      ];
      expect(translationProblems(ls(original), ls({ ...lesson, figures: translated }))).toEqual([]);
      expect(translationProblems(ls(lesson), ls({ ...lesson, figures: [] }))).toEqual([]);
    });

    it('a figure missing or added fails, naming the count', () => {
      expect(translationProblems(ls(original), ls({ ...lesson, figures: [share] }))).toEqual(['figures: 1 <Figure> elements here but 2 in the original (same count, same order)']);
      expect(translationProblems(ls(lesson), ls({ ...lesson, figures: [share] }))).toEqual(['figures: 1 <Figure> elements here but 0 in the original (same count, same order)']);
    });

    it('another order, kind, source, number or count of labels fails, naming the figure and the prop', () => {
      expect(translationProblems(ls(original), ls({ ...lesson, figures: [fanout, share] }))).toEqual([
        'figures.0.kind: "fanout" here but "share" in the original',
        'figures.0.source: "b" here but "a" in the original',
        'figures.0.values: "50,000|15–20" here but "96%" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)',
        'figures.0.labels: 2 labels here but 1 in the original (translate each, separated by "|")',
        'figures.1.kind: "share" here but "fanout" in the original',
        'figures.1.source: "a" here but "b" in the original',
        'figures.1.values: "96%" here but "50,000|15–20" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)',
        'figures.1.labels: 1 labels here but 2 in the original (translate each, separated by "|")',
      ]);
      expect(translationProblems(ls(original), ls({ ...lesson, figures: [{ ...share, values: '95%' }, { ...fanout, values: '50,000|15–21' }] }))).toEqual([
        'figures.0.values: "95%" here but "96%" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)',
        'figures.1.values: "50,000|15–21" here but "50,000|15–20" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)',
      ]);
      const { values: _values, ...noValues } = share;
      expect(translationProblems(ls(original), ls({ ...lesson, figures: [noValues, fanout] }))).toEqual(['figures.0.values: (none) here but "96%" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)']);
    });
  });

  it('compares a glossary term\'s id', () => {
    const term = { kind: 'glossary' as const, value: { id: 'x' } };
    expect(translationProblems(term, { kind: 'glossary', value: { id: 'x' } })).toEqual([]);
    expect(translationProblems(term, { kind: 'glossary', value: { id: 'y' } })).toEqual(['id: "y" here but "x" in the original']);
  });
});
