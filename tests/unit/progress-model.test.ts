// @vitest-environment happy-dom
/**
 * Model-based test of everything a learner can do to their progress: random
 * sequences of actions run against the real stores (over a fake localStorage
 * in a browser-like window), and after every step nothing recorded is lost.
 *
 * Actions: open a lesson, check it with any score, mark it complete, walk and
 * finish a role-play with any outcome, start / answer / submit the final
 * (passed or not, on one of two question banks), edit or clear the profile,
 * import and merge a file, another tab writing (its storage event delivered at
 * once or later), a reload, and time passing.
 *
 * Invariants, checked on what is stored and on what the page shows:
 * - a completed lesson stays completed, and its completion date never moves
 *   (an import can only bring an earlier one);
 * - a knowledge check's best score and attempt count never go down, and equal
 *   what was recorded;
 * - a role-play's best outcome never goes down;
 * - the final's attempt count and best score never go down, and a passed final
 *   stays passed with its first pass date;
 * - the profile is the one the learner last saved or imported.
 *
 * The model keeps the floor of what has been recorded; the real document must
 * match it exactly where the rules say so.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeProgress } from '../../src/lib/progress/merge';
import { markCompleted } from '../../src/lib/progress/rules';
import { recordCheck } from '../../src/lib/progress/quiz-rules';
import { validateProgress } from '../../src/lib/progress/codec';
import type { Profile, Progress } from '../../src/lib/progress/schema';
import { FakeStorage } from './fake-storage';
import { validatorSettled, withListeners } from './progress-ready';

const KEY = 'mot:progress@1';
const START_MS = Date.parse('2026-11-22T10:00:00Z');

const LESSONS = ['moments-of-truth', 'team-spirit', 'handling-complaints', 'customers-for-life'] as const;
const PLAYS = ['angry-caller', 'late-salon', 'coffee-regular'] as const;
const BANKS = ['0badf00d', '1234abcd'] as const;

interface Stores {
  progress: typeof import('../../src/stores/progress');
  quiz: typeof import('../../src/stores/quiz');
  roleplay: typeof import('../../src/stores/roleplay');
  journey: typeof import('../../src/stores/journey');
}

interface Real {
  backing: FakeStorage;
  stores: Stores;
  stop: () => void;
  /** Storage events another tab has caused that this tab has not received yet. */
  pending: string[];
}

interface Model {
  completed: Map<string, number>;
  checks: Map<string, { b: number; n: number }>;
  plays: Map<string, number>;
  final: { n: number; b?: number; w?: number; open: boolean; bank: string } | undefined;
  profile: Profile | undefined;
}

const nowS = () => Math.floor(Date.now() / 1000);

async function loadStores(): Promise<Stores> {
  vi.resetModules();
  const progress = await import('../../src/stores/progress');
  const quiz = await import('../../src/stores/quiz');
  const roleplay = await import('../../src/stores/roleplay');
  const journey = await import('../../src/stores/journey');
  return { progress, quiz, roleplay, journey };
}

async function open(backing: FakeStorage): Promise<Real> {
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
  const { loaded: stores, unload } = await withListeners(loadStores);
  // Subscribed as an island would be.
  const unlisten = stores.progress.$progress.listen(() => {});
  const stop = () => {
    unlisten();
    unload();
  };
  return { backing, stores, stop, pending: [] };
}

function stored(real: Real): Progress {
  const text = real.backing.getItem(KEY);
  if (text === null) return { v: 2, l: {} };
  const result = validateProgress(JSON.parse(text));
  if (!result.ok) throw new Error(`stored progress is unreadable: ${result.detail}`);
  return result.doc;
}

/** Everything the model says was recorded is there, exactly. */
function expectModel(doc: Progress, model: Model, where: string): void {
  for (const [slug, date] of model.completed) {
    expect(doc.l[slug]?.c, `${where}: completion of ${slug}`).toBe(date);
  }
  for (const [slug, check] of model.checks) {
    expect(doc.l[slug]?.q?.b, `${where}: best check score of ${slug}`).toBe(check.b);
    expect(doc.l[slug]?.q?.n, `${where}: check attempts of ${slug}`).toBe(check.n);
  }
  for (const [id, best] of model.plays) {
    expect(doc.r?.[id]?.b, `${where}: best outcome of ${id}`).toBe(best);
  }
  if (model.final) {
    expect(doc.f?.n, `${where}: final attempts`).toBe(model.final.n);
    expect(doc.f?.b, `${where}: final best`).toBe(model.final.b);
    expect(doc.f?.w, `${where}: final first pass`).toBe(model.final.w);
    expect(doc.f?.d === undefined, `${where}: final attempt under way`).toBe(model.final.open);
  }
  expect(doc.u, `${where}: profile`).toEqual(model.profile);
}

/** Nothing went backwards from one step to the next (whatever the model says). */
function expectMonotonic(before: Progress, after: Progress): void {
  for (const [slug, record] of Object.entries(before.l)) {
    const now = after.l[slug];
    expect(now, `lesson ${slug} still recorded`).toBeDefined();
    if (record.c !== undefined) expect(now!.c).toBeLessThanOrEqual(record.c);
    if (record.q) {
      expect(now!.q!.b).toBeGreaterThanOrEqual(record.q.b);
      expect(now!.q!.n).toBeGreaterThanOrEqual(record.q.n);
    }
  }
  for (const [id, play] of Object.entries(before.r ?? {})) {
    if (play.b !== undefined) expect(after.r?.[id]?.b).toBeGreaterThanOrEqual(play.b);
  }
  if (before.f) {
    expect(after.f!.n).toBeGreaterThanOrEqual(before.f.n);
    if (before.f.b !== undefined) expect(after.f!.b).toBeGreaterThanOrEqual(before.f.b);
    if (before.f.w !== undefined) expect(after.f!.w).toBeLessThanOrEqual(before.f.w);
  }
}

function check(model: Model, real: Real, before: Progress): void {
  const doc = stored(real);
  expectModel(doc, model, 'stored');
  expectMonotonic(before, doc);
  // With every storage event delivered, the page shows exactly what is stored.
  if (real.pending.length === 0) expect(real.stores.progress.$progress.get()).toEqual(doc);
}

type Cmd = fc.AsyncCommand<Model, Real>;

abstract class Step implements Cmd {
  check(_model: Readonly<Model>): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const before = stored(real);
    await this.act(model, real);
    // Stored text is validated by a module loaded on demand: changes wait for it, in order.
    await validatorSettled();
    check(model, real, before);
  }
  abstract act(model: Model, real: Real): Promise<void> | void;
  abstract toString(): string;
}

function recordCompletion(model: Model, slug: string, date: number): void {
  const earlier = model.completed.get(slug);
  model.completed.set(slug, earlier === undefined ? date : Math.min(earlier, date));
}

class OpenLesson extends Step {
  constructor(readonly slug: string) {
    super();
  }
  act(_model: Model, real: Real) {
    real.stores.progress.startLesson(this.slug);
  }
  toString() {
    return `open ${this.slug}`;
  }
}

class CheckLesson extends Step {
  constructor(readonly slug: string, readonly score: number) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.quiz.recordKnowledgeCheck(this.slug, this.score);
    const previous = model.checks.get(this.slug);
    model.checks.set(this.slug, { b: Math.max(previous?.b ?? 0, this.score), n: (previous?.n ?? 0) + 1 });
  }
  toString() {
    return `check ${this.slug} ${this.score}%`;
  }
}

class CompleteLesson extends Step {
  constructor(readonly slug: string) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.progress.completeLesson(this.slug);
    if (!model.completed.has(this.slug)) model.completed.set(this.slug, nowS());
  }
  toString() {
    return `mark ${this.slug} complete`;
  }
}

class PlayRolePlay extends Step {
  constructor(readonly id: string, readonly path: number[], readonly ending: number | null) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.roleplay.saveRolePlayPath(this.id, this.path);
    if (this.ending !== null) {
      real.stores.roleplay.recordRolePlayOutcome(this.id, this.ending);
      model.plays.set(this.id, Math.max(model.plays.get(this.id) ?? 0, this.ending));
    }
  }
  toString() {
    return `role-play ${this.id} path [${this.path.join(',')}]${this.ending === null ? '' : ` ends ${this.ending}`}`;
  }
}

class StartFinal extends Step {
  constructor(readonly bank: string) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.quiz.startFinalAttempt(this.bank);
    const previous = model.final;
    model.final = { n: (previous?.n ?? 0) + 1, b: previous?.b, w: previous?.w, open: true, bank: this.bank };
  }
  toString() {
    return `start the final on bank ${this.bank}`;
  }
}

class AnswerFinal extends Step {
  constructor(readonly index: number, readonly answer: string) {
    super();
  }
  act(_model: Model, real: Real) {
    real.stores.quiz.saveFinalAnswer(this.index, this.answer);
  }
  toString() {
    return `answer final question ${this.index} with "${this.answer}"`;
  }
}

class SubmitFinal extends Step {
  constructor(readonly score: number, readonly passed: boolean) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.quiz.submitFinalAttempt(this.score, this.passed);
    const final = model.final;
    if (!final || !final.open) return;
    final.open = false;
    final.b = Math.max(final.b ?? 0, this.score);
    if (this.passed && final.w === undefined) final.w = nowS();
  }
  toString() {
    return `submit the final: ${this.score}% ${this.passed ? 'passed' : 'not passed'}`;
  }
}

class EditProfile extends Step {
  constructor(readonly profile: Profile | undefined) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.journey.saveProfile(this.profile);
    model.profile = this.profile;
  }
  toString() {
    return `save profile ${JSON.stringify(this.profile)}`;
  }
}

/** What merging `incoming` must leave recorded, from the merge rules in src/lib/progress/merge.ts. */
function modelMerge(model: Model, incoming: Progress, replaceProfile: boolean): void {
  for (const [slug, record] of Object.entries(incoming.l)) {
    if (record.c !== undefined) recordCompletion(model, slug, record.c);
    if (record.q) {
      const here = model.checks.get(slug);
      model.checks.set(slug, { b: Math.max(here?.b ?? 0, record.q.b), n: Math.max(here?.n ?? 0, record.q.n) });
    }
  }
  for (const [id, play] of Object.entries(incoming.r ?? {})) {
    if (play.b !== undefined) model.plays.set(id, Math.max(model.plays.get(id) ?? 0, play.b));
  }
  if (incoming.f) {
    const here = model.final;
    const f = incoming.f;
    if (!here) {
      model.final = { n: f.n, b: f.b, w: f.w, open: f.d === undefined, bank: f.p };
    } else {
      here.n = Math.max(here.n, f.n);
      if (f.b !== undefined) here.b = Math.max(here.b ?? -1, f.b);
      if (f.w !== undefined) here.w = here.w === undefined ? f.w : Math.min(here.w, f.w);
    }
  }
  model.profile = replaceProfile ? (incoming.u ?? model.profile) : (model.profile ?? incoming.u);
}

class ImportFile extends Step {
  constructor(readonly incoming: Progress, readonly replaceProfile: boolean) {
    super();
  }
  act(model: Model, real: Real) {
    real.stores.journey.mergeIntoProgress(this.incoming, { replaceProfile: this.replaceProfile });
    modelMerge(model, this.incoming, this.replaceProfile);
  }
  toString() {
    return `import ${JSON.stringify(this.incoming)}${this.replaceProfile ? ' replacing the name' : ''}`;
  }
}

/** Another tab, on the same storage, checks or completes a lesson. Its event arrives now or later. */
class OtherTab extends Step {
  constructor(readonly slug: string, readonly score: number | null, readonly deliverNow: boolean) {
    super();
  }
  act(model: Model, real: Real) {
    const doc = stored(real);
    const next = this.score === null ? markCompleted(doc, this.slug, nowS()) : recordCheck(doc, this.slug, this.score, nowS());
    const text = JSON.stringify(next);
    real.backing.setItem(KEY, text);
    real.pending.push(text);
    if (this.score === null) {
      if (!model.completed.has(this.slug)) model.completed.set(this.slug, nowS());
    } else {
      const previous = model.checks.get(this.slug);
      model.checks.set(this.slug, { b: Math.max(previous?.b ?? 0, this.score), n: (previous?.n ?? 0) + 1 });
    }
    if (this.deliverNow) deliver(real);
  }
  toString() {
    return `another tab ${this.score === null ? `completes ${this.slug}` : `checks ${this.slug} ${this.score}%`}${this.deliverNow ? '' : ' (event delayed)'}`;
  }
}

function deliver(real: Real): void {
  for (const text of real.pending.splice(0)) {
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
  }
}

class DeliverEvents extends Step {
  act(_model: Model, real: Real) {
    deliver(real);
  }
  toString() {
    return 'storage events arrive';
  }
}

class Reload extends Step {
  async act(_model: Model, real: Real) {
    real.stop();
    const fresh = await open(real.backing);
    real.stores = fresh.stores;
    real.stop = fresh.stop;
    real.pending = [];
  }
  toString() {
    return 'reload the page';
  }
}

class Wait extends Step {
  constructor(readonly seconds: number) {
    super();
  }
  act() {
    vi.setSystemTime(Date.now() + this.seconds * 1000);
  }
  toString() {
    return `wait ${this.seconds} s`;
  }
}

const slug = fc.constantFrom(...LESSONS);
const percent = fc.integer({ min: 0, max: 100 });
const seconds = fc.integer({ min: 0, max: 2_000_000 });
const text = (max: number) => fc.string({ minLength: 1, maxLength: max });
const profile: fc.Arbitrary<Profile> = fc.record(
  {
    n: text(80).filter((name) => name.trim().length > 0),
    e: text(32),
    m: text(80),
    k: fc.constantFrom('en', 'ar', 'ru', 'el', 'hu'),
  },
  { requiredKeys: ['n'] },
);

/** Any valid progress file another device could have written. */
const incomingDoc: fc.Arbitrary<Progress> = fc
  .record(
    {
      v: fc.constant(2 as const),
      l: fc.dictionary(
        slug,
        fc.record(
          {
            s: seconds,
            c: seconds,
            q: fc.record({ b: percent, n: fc.integer({ min: 1, max: 50 }), h: fc.array(percent, { maxLength: 3 }) }),
          },
          { requiredKeys: ['s'] },
        ),
      ),
      f: fc.record(
        {
          n: fc.integer({ min: 1, max: 9 }),
          s: fc.nat(),
          p: fc.constantFrom(...BANKS),
          r: fc.array(fc.constantFrom('', '0', '1', '2'), { maxLength: 20 }),
          d: fc.constant(1 as const),
          l: percent,
          b: percent,
          w: seconds,
        },
        { requiredKeys: ['n', 's', 'p', 'r'] },
      ),
      r: fc.dictionary(
        fc.constantFrom(...PLAYS),
        fc.record({ p: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 16 }), b: fc.integer({ min: 0, max: 2 }) }, { requiredKeys: ['p'] }),
      ),
      u: profile,
    },
    { requiredKeys: ['v', 'l'] },
  )
  .filter((doc) => validateProgress(doc).ok) as fc.Arbitrary<Progress>;

const commands = [
  slug.map((s) => new OpenLesson(s)),
  fc.tuple(slug, percent).map(([s, p]) => new CheckLesson(s, p)),
  slug.map((s) => new CompleteLesson(s)),
  fc
    .tuple(fc.constantFrom(...PLAYS), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 2 })))
    .map(([id, path, ending]) => new PlayRolePlay(id, path, ending)),
  fc.constantFrom(...BANKS).map((bank) => new StartFinal(bank)),
  fc.tuple(fc.integer({ min: 0, max: 19 }), fc.constantFrom('', '0', '1', '0,2', '3|1')).map(([i, a]) => new AnswerFinal(i, a)),
  fc.tuple(percent, fc.boolean()).map(([score, passed]) => new SubmitFinal(score, passed)),
  fc.option(profile, { nil: undefined }).map((p) => new EditProfile(p)),
  fc.tuple(incomingDoc, fc.boolean()).map(([doc, replace]) => new ImportFile(doc, replace)),
  fc.tuple(slug, fc.option(percent), fc.boolean()).map(([s, score, now]) => new OtherTab(s, score, now)),
  fc.constant(new DeliverEvents()),
  fc.constant(new Reload()),
  seconds.map((s) => new Wait(s)),
];

function emptyModel(): Model {
  return { completed: new Map(), checks: new Map(), plays: new Map(), final: undefined, profile: undefined };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(START_MS), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('no sequence of learner actions loses what was recorded', () => {
  it('holds over random sequences of every action', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
        vi.setSystemTime(START_MS);
        const real = await open(new FakeStorage());
        try {
          await fc.asyncModelRun(() => ({ model: emptyModel(), real }), cmds);
        } finally {
          real.stop();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a knowledge-check result when the lesson is then marked complete (the reported order)', async () => {
    const real = await open(new FakeStorage());
    real.stores.progress.startLesson('team-spirit');
    real.stores.quiz.recordKnowledgeCheck('team-spirit', 100);
    real.stores.progress.completeLesson('team-spirit');
    expect(stored(real).l['team-spirit']).toEqual({ s: START_MS / 1000, c: START_MS / 1000, q: { b: 100, n: 1, h: [100] } });
    real.stop();
  });

  it('builds on another tab\'s write even before its storage event arrives', async () => {
    const real = await open(new FakeStorage());
    real.stores.progress.completeLesson('team-spirit');
    // The other tab records a check; this tab has not heard of it yet.
    real.backing.setItem(KEY, JSON.stringify(recordCheck(stored(real), 'team-spirit', 80, 5)));
    real.stores.progress.completeLesson('moments-of-truth');
    // This tab had read nothing stored, so the other tab's text is validated first (the change waits for it).
    await validatorSettled();
    expect(stored(real).l['team-spirit']?.q).toEqual({ b: 80, n: 1, h: [80] });
    expect(real.stores.progress.$progress.get().l['team-spirit']?.q).toEqual({ b: 80, n: 1, h: [80] });
    real.stop();
  });

  it('merges an import into what is stored, not into a stale copy', async () => {
    const real = await open(new FakeStorage());
    real.backing.setItem(KEY, JSON.stringify(markCompleted({ v: 2, l: {} }, 'team-spirit', 7)));
    real.stores.journey.mergeIntoProgress({ v: 2, l: { 'moments-of-truth': { s: 1, c: 2 } } }, { replaceProfile: false });
    await validatorSettled();
    expect(Object.keys(stored(real).l).sort()).toEqual(['moments-of-truth', 'team-spirit']);
    real.stop();
  });
});

// The model's merge must agree with the real one on the facts it tracks (a wrong model would hide bugs).
describe('the model', () => {
  it('tracks merges as the merge rules do', () => {
    fc.assert(
      fc.property(incomingDoc, incomingDoc, fc.boolean(), (a, b, replace) => {
        const model = emptyModel();
        modelMerge(model, a, false);
        modelMerge(model, b, replace);
        const merged = mergeProgress(mergeProgress({ v: 2, l: {} }, a, { replaceProfile: false }), b, { replaceProfile: replace });
        expectModel(merged, model, 'merged');
      }),
    );
  });
});
