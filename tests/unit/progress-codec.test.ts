import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROGRESS_MIGRATIONS, readProgress, serializeProgress, validateProgress } from '../../src/lib/progress/codec';
import { migrate, readVersion, type MigrationChain } from '../../src/lib/progress/migrate';
import { emptyProgress, FINAL_QUESTIONS, MAX_CARD_ID, MAX_CARDS, MAX_SECTIONS, MAX_HISTORY, MAX_LESSONS, MAX_ROLEPLAY_STEPS, MAX_ROLEPLAYS, MAX_SLUG_LENGTH, RESERVED_SLUGS, type Progress } from '../../src/lib/progress/schema';
import { MAX_ENCODED_LENGTH } from '../../src/lib/quiz/encode';
import fixtureV1 from '../fixtures/progress-v1.json';

describe('reading stored progress', () => {
  it('starts fresh when nothing is stored', () => {
    expect(readProgress(null)).toEqual({ ok: true, doc: emptyProgress() });
    expect(readProgress(undefined)).toEqual({ ok: true, doc: emptyProgress() });
  });

  it('reads a version 1 document (a real one, tests/fixtures) as version 2, and says where it came from', () => {
    const result = readProgress(JSON.stringify(fixtureV1));
    expect(result).toEqual({ ok: true, doc: { ...fixtureV1, v: 2 }, migratedFrom: 1 });
    expect(PROGRESS_MIGRATIONS[1]).toBeDefined();
  });

  it('reads what version 2 added: the place in a lesson and the flashcard answers', () => {
    const doc: Progress = { v: 2, l: { a: { s: 1, p: MAX_SECTIONS - 1 } }, g: { 'moment-of-truth': 1, complaint: 0 } };
    expect(readProgress(serializeProgress(doc))).toEqual({ ok: true, doc });
    expect(readProgress(JSON.stringify({ v: 2, l: { a: { s: 1, p: MAX_SECTIONS } } }))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readProgress(JSON.stringify({ v: 2, l: {}, g: { complaint: 2 } }))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readProgress(JSON.stringify({ v: 2, l: {}, g: { ['c'.repeat(MAX_CARD_ID + 1)]: 1 } }))).toMatchObject({ ok: false, problem: 'invalid' });
    const many = Object.fromEntries(Array.from({ length: MAX_CARDS + 1 }, (_, i) => [`t${i}`, 1]));
    expect(readProgress(JSON.stringify({ v: 2, l: {}, g: many }))).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('calls broken JSON corrupt', () => {
    const result = readProgress('{"v":1,"l":');
    expect(result.ok).toBe(false);
    expect(result.ok || result.problem).toBe('corrupt');
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['no version', '{"l":{}}'],
    ['a string version', '{"v":"1","l":{}}'],
    ['a negative version', '{"v":-1,"l":{}}'],
    ['a fractional version', '{"v":0.5,"l":{}}'],
  ])('calls %s invalid', (_name, text) => {
    expect(readProgress(text)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('names the bad path when the shape is wrong', () => {
    const result = readProgress('{"v":1,"l":{"moments-of-truth":{"s":"yesterday"}}}');
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!result.ok && result.detail).toContain('l.moments-of-truth.s');
  });

  it('refuses unknown fields, bad slugs and too many lessons', () => {
    expect(readProgress('{"v":2,"l":{},"x":1}')).toMatchObject({ ok: false, problem: 'invalid' });
    // valibot drops a "__proto__" key rather than copying it: nothing is polluted, nothing is kept.
    const proto = readProgress('{"v":1,"l":{"__proto__":{"s":1}}}');
    expect(proto).toEqual({ ok: true, doc: { v: 2, l: {} }, migratedFrom: 1 });
    expect(({} as Record<string, unknown>).s).toBeUndefined();
    expect(readProgress(JSON.stringify({ v: 2, l: { ['a'.repeat(MAX_SLUG_LENGTH + 1)]: { s: 1 } } }))).toMatchObject({ ok: false });
    const many = Object.fromEntries(Array.from({ length: MAX_LESSONS + 1 }, (_, i) => [`l${i}`, { s: 1 }]));
    expect(readProgress(JSON.stringify({ v: 2, l: many }))).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('recognises data from a newer version and does not touch it', () => {
    expect(readProgress('{"v":3,"l":{},"quiz":{}}')).toEqual({ ok: false, problem: 'newer', detail: 'written by version 3' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ v: 2, l: value }))), (text) => {
        const result = readProgress(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back whatever it writes', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= MAX_SLUG_LENGTH && !RESERVED_SLUGS.includes(s));
    const record = fc.record({ s: fc.nat(), c: fc.option(fc.nat(), { nil: undefined }) }).map((r) => (r.c === undefined ? { s: r.s } : r));
    fc.assert(
      fc.property(fc.dictionary(slug, record, { maxKeys: MAX_LESSONS }), (lessons) => {
        const doc: Progress = { v: 2, l: lessons };
        expect(readProgress(serializeProgress(doc))).toEqual({ ok: true, doc });
      }),
    );
  });

  it('fits the largest document the schema accepts, flashcards aside, in 4,096 characters (the SCORM 1.2 suspend_data limit)', () => {
    // Every lesson with the longest slug, started, completed, with a full knowledge-check record and a place;
    // a submitted final assessment with every answer at its longest; every role-play at its longest
    // path; timestamps of the year 2100.
    const time = 4_102_444_800;
    const lessons: Progress['l'] = {};
    for (let index = 0; index < MAX_LESSONS; index += 1) {
      const slug = `${String(index).padStart(2, '0')}-${'x'.repeat(MAX_SLUG_LENGTH - 3)}`;
      lessons[slug] = { s: time, c: time, q: { b: 100, n: 999, h: Array(MAX_HISTORY).fill(100) }, p: MAX_SECTIONS - 1 };
    }
    const doc: Progress = {
      v: 2,
      l: lessons,
      f: { n: 999, s: 4294967295, p: 'ffffffff', r: Array(FINAL_QUESTIONS).fill('9'.repeat(MAX_ENCODED_LENGTH)), d: 1, l: 100, b: 100, w: time, t: time, e: time },
      r: Object.fromEntries(Array.from({ length: MAX_ROLEPLAYS }, (_, i) => [`${i}-${'r'.repeat(22)}`, { p: Array(MAX_ROLEPLAY_STEPS).fill(3), b: 2 }])),
      u: { n: 'Ж'.repeat(80), e: '9'.repeat(32), m: 'm'.repeat(80), k: 'ar' },
    };
    expect(readProgress(serializeProgress(doc))).toEqual({ ok: true, doc });
    expect(serializeProgress(doc).length).toBeLessThanOrEqual(4096);
  });
});

describe('migrations', () => {
  // A made-up history, to prove the chain: v0 kept a list of completed slugs,
  // v1 split it into records, v2 renamed "l" to "lessons".
  const chain: MigrationChain = {
    0: (doc) => ({ l: Object.fromEntries((doc.completed as string[]).map((slug) => [slug, { s: 0, c: 0 }])) }),
    1: (doc) => ({ lessons: doc.l }),
  };

  it('runs every step from the stored version to the target', () => {
    expect(migrate({ v: 0, completed: ['a'] }, 2, chain)).toEqual({
      ok: true,
      from: 0,
      doc: { v: 2, lessons: { a: { s: 0, c: 0 } } },
    });
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ v: 2, lessons: {} }, 2, chain)).toEqual({ ok: true, from: 2, doc: { v: 2, lessons: {} } });
  });

  it('says when there is no way up or the data is newer', () => {
    expect(migrate({ v: 0 }, 3, { 0: (doc) => doc })).toEqual({ ok: false, reason: 'no-path', found: 1 });
    expect(migrate({ v: 5 }, 2, chain)).toEqual({ ok: false, reason: 'newer', found: 5 });
    expect(migrate('x', 2, chain)).toEqual({ ok: false, reason: 'no-version', found: 'x' });
  });

  it('reads the version only when it is a whole number', () => {
    expect(readVersion({ v: 3 })).toBe(3);
    expect(readVersion({ v: '3' })).toBeUndefined();
    expect(readVersion([])).toBeUndefined();
    expect(readVersion(null)).toBeUndefined();
  });

  it('migrates an older document while validating, and reports where it came from', () => {
    const toV1: MigrationChain = { ...PROGRESS_MIGRATIONS, 0: (doc) => ({ l: Object.fromEntries((doc.completed as string[]).map((slug) => [slug, { s: 5, c: 9 }])) }) };
    expect(validateProgress({ v: 0, completed: ['moments-of-truth'] }, toV1)).toEqual({
      ok: true,
      doc: { v: 2, l: { 'moments-of-truth': { s: 5, c: 9 } } },
      migratedFrom: 0,
    });
  });

  it('turns a failing migration step into an invalid result instead of a crash', () => {
    const broken: MigrationChain = {
      0: () => {
        throw new Error('boom');
      },
    };
    expect(readProgress('{"v":0}', broken)).toEqual({ ok: false, problem: 'invalid', detail: 'migration failed: boom' });
  });

  it('has no real migrations yet: version 0 data has no way up', () => {
    expect(readProgress('{"v":0}')).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
