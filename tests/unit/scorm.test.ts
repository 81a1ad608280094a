import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connect, findApi, MAX_HOPS, type FoundApi, type WindowLike } from '../../src/lib/scorm/api';
import { displayName, encodeSuspend, lmsValues, restore, SUSPEND_LIMIT } from '../../src/lib/scorm/cmi';
import { ELEMENTS, fromLocation, initialize, isSameLearner, pickLocale, sessionTime, toLocation, type ScormCourse } from '../../src/lib/scorm/session';
import { readProgress, serializeProgress } from '../../src/lib/progress/codec';
import { FINAL_QUESTIONS, MAX_CARD_ID, MAX_CARDS, MAX_SECTIONS, MAX_HISTORY, MAX_LESSONS, MAX_NAME, MAX_ROLEPLAYS, MAX_ROLEPLAY_STEPS, MAX_SLUG_LENGTH, type Progress } from '../../src/lib/progress/schema';
import { MAX_ENCODED_LENGTH } from '../../src/lib/quiz/encode';

const api12 = () => ({ LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0' });
const api2004 = () => ({ Initialize: () => 'true', Terminate: () => 'true', GetValue: () => '', SetValue: () => 'true', Commit: () => 'true', GetLastError: () => '0' });

/** A chain of windows: the first is the course, each next one its parent; the last is its own parent (the top). */
function chain(length: number, at: Record<number, Record<string, unknown>> = {}): WindowLike[] {
  const windows: Array<Record<string, unknown>> = Array.from({ length }, (_, index) => ({ ...at[index] }));
  windows.forEach((win, index) => (win.parent = windows[Math.min(index + 1, length - 1)]));
  return windows as WindowLike[];
}

describe('finding the API', () => {
  it('finds 1.2 and 2004 APIs on the window or up the parents, 2004 first', () => {
    expect(findApi(chain(1, { 0: { API: api12() } })[0]!)?.version).toBe('1.2');
    expect(findApi(chain(3, { 2: { API_1484_11: api2004() } })[0]!)?.version).toBe('2004');
    expect(findApi(chain(2, { 1: { API: api12(), API_1484_11: api2004() } })[0]!)?.version).toBe('2004');
  });

  it('stops after the standard number of parents', () => {
    expect(findApi(chain(MAX_HOPS + 1, { [MAX_HOPS]: { API: api12() } })[0]!)?.version).toBe('1.2');
    // An endless chain of distinct parents: the API beyond the limit is not reached.
    const far = chain(MAX_HOPS + 3, { [MAX_HOPS + 1]: { API: api12() } });
    expect(findApi(far[0]!)).toBeNull();
  });

  it('looks in the opener when no parent has it (a course opened in its own window)', () => {
    const opener = chain(2, { 1: { API: api12() } })[0]!;
    expect(findApi({ ...chain(1)[0]!, opener })?.version).toBe('1.2');
    expect(findApi({ parent: null, opener: null })).toBeNull();
    const top = chain(1)[0]!;
    expect(findApi(top)).toBeNull();
  });

  it('ignores objects that are not a full API, and windows of another origin', () => {
    expect(findApi(chain(1, { 0: { API: { LMSInitialize: () => 'true' } } })[0]!)).toBeNull();
    expect(findApi(chain(1, { 0: { API: null, API_1484_11: 'yes' } })[0]!)).toBeNull();
    const crossOrigin = new Proxy({} as WindowLike, {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi({ parent: crossOrigin, API: undefined } as WindowLike)).toBeNull();
  });
});

describe('calling the LMS', () => {
  it('maps one set of calls onto both versions, as strings and booleans', () => {
    const seen: string[] = [];
    const record = (name: string, answer: unknown) => (...args: unknown[]) => {
      seen.push(`${name}(${args.join(',')})`);
      return answer;
    };
    const v12 = connect({
      version: '1.2',
      api: { LMSInitialize: record('LMSInitialize', 'true'), LMSFinish: record('LMSFinish', true), LMSGetValue: record('LMSGetValue', 'x'), LMSSetValue: record('LMSSetValue', 'false'), LMSCommit: record('LMSCommit', 'true'), LMSGetLastError: record('LMSGetLastError', 101) },
    } as FoundApi);
    expect([v12.version, v12.initialize(), v12.terminate(), v12.get('a'), v12.set('a', 'b'), v12.commit(), v12.lastError()]).toEqual(['1.2', true, true, 'x', false, true, '101']);
    expect(seen).toEqual(['LMSInitialize()', 'LMSFinish()', 'LMSGetValue(a)', 'LMSSetValue(a,b)', 'LMSCommit()', 'LMSGetLastError()']);

    seen.length = 0;
    const v2004 = connect({
      version: '2004',
      api: { Initialize: record('Initialize', 'false'), Terminate: record('Terminate', 'true'), GetValue: record('GetValue', null), SetValue: record('SetValue', 'true'), Commit: record('Commit', 'false'), GetLastError: record('GetLastError', undefined) },
    } as FoundApi);
    expect([v2004.version, v2004.initialize(), v2004.terminate(), v2004.get('a'), v2004.set('a', 'b'), v2004.commit(), v2004.lastError()]).toEqual(['2004', false, true, '', true, false, '']);
    expect(seen).toEqual(['Initialize()', 'Terminate()', 'GetValue(a)', 'SetValue(a,b)', 'Commit()', 'GetLastError()']);
  });

  it('turns an LMS method that throws into a failure', () => {
    const boom = () => {
      throw new Error('LMS fault');
    };
    for (const found of [
      { version: '1.2', api: { LMSInitialize: boom, LMSFinish: boom, LMSGetValue: boom, LMSSetValue: boom, LMSCommit: boom, LMSGetLastError: boom } },
      { version: '2004', api: { Initialize: boom, Terminate: boom, GetValue: boom, SetValue: boom, Commit: boom, GetLastError: boom } },
    ] as FoundApi[]) {
      const lms = connect(found);
      expect([lms.initialize(), lms.terminate(), lms.get('a'), lms.set('a', 'b'), lms.commit(), lms.lastError()]).toEqual([false, false, '', false, false, '']);
    }
  });

  it('counts "already initialized" (a reloaded page) as started, any other refusal as not', () => {
    const lms = (initialized: string, error: string) => connect({ version: '2004', api: { ...api2004(), Initialize: () => initialized, GetLastError: () => error } });
    expect(initialize(lms('true', '0'))).toBe(true);
    expect(initialize(lms('false', '103'))).toBe(true);
    expect(initialize(connect({ version: '1.2', api: { ...api12(), LMSInitialize: () => 'false', LMSGetLastError: () => '101' } }))).toBe(true);
    expect(initialize(lms('false', '102'))).toBe(false);
  });
});

const course: ScormCourse = {
  lessons: ['one', 'two'],
  checks: ['one'],
  rules: { lessons: true, checks: true, final: true },
  passMark: 80,
  locales: ['en', 'ar'],
  defaultLocale: 'en',
};
const final = (fields: Partial<NonNullable<Progress['f']>>): NonNullable<Progress['f']> => ({ n: 1, s: 1, p: '00000000', r: [], ...fields });
const done: Progress['l'] = { one: { s: 1, c: 2, q: { b: 60, n: 1, h: [60] } }, two: { s: 3, c: 4 } };

const values = (version: '1.2' | '2004', doc: Progress, on: ScormCourse = course, withSuspend = true) => Object.fromEntries(lmsValues(version, doc, on, withSuspend));

describe('what the LMS is told', () => {
  it('1.2: incomplete, then failed after a failed attempt, passed only with the whole course done and the final passed', () => {
    expect(values('1.2', { v: 2, l: {} })).toEqual({ 'cmi.suspend_data': '{"v":2,"l":{}}', 'cmi.core.lesson_status': 'incomplete' });
    const failed = values('1.2', { v: 2, l: {}, f: final({ d: 1, l: 50, b: 50 }) });
    expect(failed).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '50', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
    // Passed the final, lessons still to do: not passed yet, and the score is sent.
    expect(values('1.2', { v: 2, l: {}, f: final({ l: 90, b: 90, w: 9 }) })).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '90' });
    expect(values('1.2', { v: 2, l: done, f: final({ l: 90, b: 90, w: 9 }) })['cmi.core.lesson_status']).toBe('passed');
    // A course without a final assessment in its rules completes.
    expect(values('1.2', { v: 2, l: done }, { ...course, rules: { ...course.rules, final: false } })['cmi.core.lesson_status']).toBe('completed');
  });

  it('2004: completion and success apart, the score scaled, progress as a fraction of the requirements', () => {
    expect(values('2004', { v: 2, l: {} })).toEqual({
      'cmi.suspend_data': '{"v":2,"l":{}}',
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0',
    });
    expect(values('2004', { v: 2, l: { one: { s: 1, c: 2 } }, f: final({ d: 1, l: 45, b: 45 }) })).toMatchObject({
      'cmi.success_status': 'failed',
      'cmi.progress_measure': '0.25',
      'cmi.score.raw': '45',
      'cmi.score.scaled': '0.45',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
    });
    expect(values('2004', { v: 2, l: done, f: final({ l: 85, b: 85, w: 9 }) })).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.progress_measure': '1',
      'cmi.score.scaled': '0.85',
    });
    const nothingRequired = { ...course, rules: { lessons: false, checks: false, final: false } };
    expect(values('2004', { v: 2, l: {} }, nothingRequired)).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.progress_measure': '1' });
    expect(values('2004', { v: 2, l: { one: { s: 1, c: 2 } } }, { ...course, lessons: ['one', 'two', 'three'], checks: [], rules: { lessons: true, checks: false, final: false } })['cmi.progress_measure']).toBe('0.3333');
  });

  it('leaves suspend_data alone when asked (unreadable LMS data that could not be kept)', () => {
    expect(values('1.2', { v: 2, l: {} }, course, false)).toEqual({ 'cmi.core.lesson_status': 'incomplete' });
  });

  it('stores progress in ASCII when that fits, and reads it back as the same document', () => {
    const doc: Progress = { v: 2, l: {}, u: { n: 'فاطمة Ж 😀' } };
    const encoded = encodeSuspend(doc, 4096);
    expect(encoded).toMatch(/^[\x20-\x7e]+$/);
    expect(encoded).toContain('\\u0641');
    expect(readProgress(encoded)).toEqual({ ok: true, doc });
    // When the ASCII form would not fit, plain JSON (which the schema keeps within the limit).
    expect(encodeSuspend(doc, 20)).toBe(serializeProgress(doc));
  });

  it('fits the largest document the schema accepts in 1.2 suspend_data, flashcard answers left out, and reads it back', () => {
    const time = 4_102_444_800;
    const lessons: Progress['l'] = {};
    for (let index = 0; index < MAX_LESSONS; index += 1) {
      lessons[`${String(index).padStart(2, '0')}-${'x'.repeat(MAX_SLUG_LENGTH - 3)}`] = { s: time, c: time, q: { b: 100, n: 999, h: Array(MAX_HISTORY).fill(100) }, p: MAX_SECTIONS - 1 };
    }
    const largest: Progress = {
      v: 2,
      l: lessons,
      f: { n: 999, s: 4294967295, p: 'ffffffff', r: Array(FINAL_QUESTIONS).fill('9'.repeat(MAX_ENCODED_LENGTH)), d: 1, l: 100, b: 100, w: time },
      r: Object.fromEntries(Array.from({ length: MAX_ROLEPLAYS }, (_, i) => [`${i}-${'r'.repeat(22)}`, { p: Array(MAX_ROLEPLAY_STEPS).fill(3), b: 2 }])),
      u: { n: 'ف'.repeat(MAX_NAME), e: '9'.repeat(32), m: 'm'.repeat(80), k: 'ar' },
    };
    const cards = Object.fromEntries(Array.from({ length: MAX_CARDS }, (_, i) => [`${String(i).padStart(2, '0')}-${'g'.repeat(MAX_CARD_ID - 3)}`, 0 as const]));
    const stored = values('1.2', { ...largest, g: cards })['cmi.suspend_data']!;
    expect(stored.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
    expect(readProgress(stored)).toEqual({ ok: true, doc: largest });
    // In SCORM 2004's 64,000 characters the flashcard answers stay.
    expect(readProgress(values('2004', { ...largest, g: cards })['cmi.suspend_data']!)).toEqual({ ok: true, doc: { ...largest, g: cards } });
  });

  it('keeps the flashcard answers in suspend_data while they fit, and a restore keeps this browser\'s', () => {
    const doc: Progress = { v: 2, l: { one: { s: 1, p: 2 } }, g: { complaint: 0 } };
    const stored = values('1.2', doc)['cmi.suspend_data']!;
    expect(readProgress(stored)).toEqual({ ok: true, doc });
    expect(restore({ v: 2, l: {}, g: { 'front-line': 1 } }, stored, '').doc.g).toEqual({ complaint: 0, 'front-line': 1 });
  });

  it('fits this course, finished, with the longest Arabic name, in 1.2 suspend_data as ASCII', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8')) as { progress: Progress };
    const finished: Progress = { ...fixture.progress, u: { n: 'ف'.repeat(MAX_NAME), e: '9'.repeat(32), m: 'm'.repeat(80), k: 'ar' } };
    const stored = values('1.2', finished)['cmi.suspend_data']!;
    expect(stored).toMatch(/^[\x20-\x7e]+$/);
    expect(stored.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
  });
});

describe('reading back what the LMS kept', () => {
  const local: Progress = { v: 2, l: { one: { s: 5, c: 6 } } };

  it('starts from this browser when the LMS has nothing, with the LMS name in an empty profile', () => {
    expect(restore(local, '', 'Doe, Jane')).toEqual({ doc: { ...local, u: { n: 'Jane Doe' } } });
    expect(restore(local, '', '')).toEqual({ doc: local });
  });

  it('merges the LMS copy with this browser: nothing lost, the LMS profile kept', () => {
    const lms: Progress = { v: 2, l: { one: { s: 1 }, two: { s: 2, c: 3 } }, u: { n: 'From LMS' } };
    const { doc, problem } = restore({ ...local, u: { n: 'Local' } }, encodeSuspend(lms, 4096), 'Doe, Jane');
    expect(problem).toBeUndefined();
    expect(doc).toEqual({ v: 2, l: { one: { s: 1, c: 6 }, two: { s: 2, c: 3 } }, u: { n: 'From LMS' } });
  });

  it('leaves out progress this browser synced for another LMS learner (a shared computer)', () => {
    const lms: Progress = { v: 2, l: { two: { s: 2 } } };
    const other: Progress = { v: 2, l: { one: { s: 5, c: 6 } }, u: { n: 'Someone Else' } };
    expect(restore(other, encodeSuspend(lms, 4096), 'Doe, Jane', false)).toEqual({ doc: { ...lms, u: { n: 'Jane Doe' } } });
    expect(restore(other, '', '', false)).toEqual({ doc: { v: 2, l: {} } });
    expect(restore(other, '{"v":', '', false).doc).toEqual({ v: 2, l: {} });
    expect(isSameLearner(null, 'jane')).toBe(true);
    expect(isSameLearner('jane', 'jane')).toBe(true);
    expect(isSameLearner('jane', '')).toBe(true);
    expect(isSameLearner('omar', 'jane')).toBe(false);
  });

  it('reports unreadable LMS data and carries on with this browser, never throwing', () => {
    for (const [text, kind] of [
      ['{"v":1,"l":', 'corrupt'],
      ['{"v":1,"l":{"one":{"s":-1}}}', 'invalid'],
      ['{"v":9,"l":{}}', 'newer'],
      ['null', 'invalid'],
    ] as const) {
      const result = restore(local, text, 'Doe, Jane');
      expect(result.doc).toEqual({ ...local, u: { n: 'Jane Doe' } });
      expect(result.problem).toMatchObject({ kind, text });
    }
  });

  it('turns "Last, First" into "First Last", keeps other names, and cuts them to what a profile holds', () => {
    expect(displayName('Doe, Jane')).toBe('Jane Doe');
    expect(displayName('  Fatima Al-Zahra ')).toBe('Fatima Al-Zahra');
    expect(displayName('A, B, C')).toBe('A, B, C');
    expect(displayName(', Jane')).toBe(', Jane');
    expect(displayName('   ')).toBeNull();
    expect(displayName('x'.repeat(200))).toHaveLength(MAX_NAME);
  });
});

describe('session time, language and location', () => {
  it('formats the session time for each version', () => {
    expect(sessionTime('1.2', 3_723_450)).toBe('0001:02:03');
    expect(sessionTime('2004', 3_723_450)).toBe('PT1H2M3S');
    expect(sessionTime('1.2', -5)).toBe('0000:00:00');
    expect(sessionTime('1.2', 99_999 * 3_600_000)).toBe('9999:00:00');
  });

  it('opens the first preferred language the course has, else the default', () => {
    expect(pickLocale(['ar-SA', 'en'], ['en', 'ar'], 'en')).toBe('ar');
    expect(pickLocale(['', 'fr_FR', 'AR'], ['en', 'ar'], 'en')).toBe('ar');
    expect(pickLocale(['fr'], ['en', 'ar'], 'en')).toBe('en');
    expect(pickLocale([], ['en', 'ar'], 'en')).toBe('en');
  });

  it('stores the page as a path in the package, and reads back only such paths', () => {
    const root = 'https://lms.example/content/1/';
    expect(toLocation(`${root}ar/lessons/x/index.html#check`, root, '1.2')).toBe('ar/lessons/x/index.html');
    expect(toLocation(`${root}lessons/x/?a=1`, root, '2004')).toBe('lessons/x/index.html');
    expect(toLocation(root, root, '2004')).toBe('index.html');
    expect(toLocation('https://elsewhere.example/index.html', root, '1.2')).toBeNull();
    expect(toLocation(`${root}_astro/x.js`, root, '1.2')).toBeNull();
    expect(toLocation(`${root}${'a/'.repeat(130)}index.html`, root, '1.2')).toBeNull();
    expect(fromLocation('ar/lessons/x/index.html')).toBe('ar/lessons/x/index.html');
    expect(fromLocation('scorm/index.html')).toBeNull();
    expect(fromLocation('https://evil.example/index.html')).toBeNull();
    expect(fromLocation('../index.html')).toBeNull();
    expect(fromLocation('')).toBeNull();
  });

  it('names the elements of each version', () => {
    expect(ELEMENTS['1.2'].suspend).toBe('cmi.suspend_data');
    expect(ELEMENTS['2004'].name).toBe('cmi.learner_name');
  });
});
