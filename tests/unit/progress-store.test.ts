// @vitest-environment happy-dom
/**
 * The $progress store against a browser-like window: every storage fault the
 * design comment in src/stores/progress.ts promises to survive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, quotaError, securityError } from './fake-storage';
import { withListeners } from './progress-ready';

type Store = typeof import('../../src/stores/progress');
const KEY = 'mot:progress@1';
const BACKUP = 'mot:progress@1:unreadable:';

let backing: FakeStorage;
const NOW_MS = Date.parse('2026-11-22T10:00:00Z');
const NOW_S = NOW_MS / 1000;

/** The window listeners of the store copies loaded so far (a store listens for the life of its page). */
const unloads: Array<() => void> = [];

/** Installs `storage` as window.localStorage and loads a fresh copy of the store module. */
async function load(options: { throwOnAccess?: boolean } = {}): Promise<Store> {
  vi.resetModules();
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      if (options.throwOnAccess) throw securityError();
      return backing;
    },
  });
  const { loaded, unload } = await withListeners(() => import('../../src/stores/progress'));
  unloads.push(unload);
  return loaded;
}

/**
 * Holds the validator's module back until `release` is called (or makes it fail to load), so a test sees what
 * the store does before stored text has been validated. Call before `load`.
 */
function holdValidator(options: { fail?: boolean } = {}): { release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.doMock('../../src/lib/progress/codec', async () => {
    await gate;
    if (options.fail) throw new Error('network error');
    return vi.importActual('../../src/lib/progress/codec');
  });
  return { release };
}

/** Subscribes as an island would and waits for the stored document to be validated; returns the unsubscribe. */
async function mount(store: Store): Promise<() => void> {
  const stop = store.$progress.listen(() => {});
  await ready(store);
  return stop;
}

/** Waits until stored text has been validated (the validator loads on demand) and queued changes applied. */
function ready(store: Store): Promise<void> {
  return new Promise((resolve) => store.onProgressReady(resolve));
}

beforeEach(() => {
  backing = new FakeStorage();
  vi.useFakeTimers({ now: new Date(NOW_MS), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.doUnmock('../../src/lib/progress/codec');
  unloads.splice(0).forEach((unload) => unload());
});

describe('$progress', () => {
  it('starts empty, records start and completion, and writes version 1', async () => {
    const store = await load();
    const stop = await mount(store);
    expect(store.$progress.get()).toEqual({ v: 2, l: {} });
    store.startLesson('moments-of-truth');
    expect(store.$progress.get().l['moments-of-truth']).toEqual({ s: NOW_S });
    store.completeLesson('moments-of-truth');
    expect(JSON.parse(backing.getItem(KEY)!)).toEqual({ v: 2, l: { 'moments-of-truth': { s: NOW_S, c: NOW_S } } });
    expect(store.$storageFault.get()).toBeNull();
    expect(store.$recovery.get()).toBeNull();
    stop();
  });

  it('does not write when nothing changes', async () => {
    const store = await load();
    const stop = await mount(store);
    store.completeLesson('a');
    const spy = vi.spyOn(backing, 'setItem');
    store.completeLesson('a');
    store.startLesson('a');
    expect(spy).not.toHaveBeenCalled();
    stop();
  });

  it('reads what an earlier visit saved', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"a":{"s":5,"c":6}}}');
    const store = await load();
    const stop = await mount(store);
    expect(store.$progress.get().l.a).toEqual({ s: 5, c: 6 });
    stop();
  });

  it.each([
    ['corrupt JSON', '{"v":1,"l":{', 'corrupt'],
    ['the wrong shape', '{"v":1,"lessons":[]}', 'invalid'],
    ['a newer version', '{"v":7,"l":{},"future":true}', 'newer'],
  ])('keeps %s under a backup key, starts fresh and says so', async (_name, text, problem) => {
    backing.setItem(KEY, text);
    const store = await load();
    const stop = await mount(store);
    expect(store.$progress.get()).toEqual({ v: 2, l: {} });
    const recovery = store.$recovery.get();
    expect(recovery).toMatchObject({ problem, text, backupKey: `${BACKUP}${NOW_MS}` });
    expect(backing.getItem(`${BACKUP}${NOW_MS}`)).toBe(text);
    expect(store.$backups.get()).toHaveLength(1);
    // Working on is safe now: the original is kept.
    store.completeLesson('a');
    expect(JSON.parse(backing.getItem(KEY)!).l.a.c).toBe(NOW_S);
    expect(backing.getItem(`${BACKUP}${NOW_MS}`)).toBe(text);
    store.dismissRecovery();
    expect(store.$recovery.get()).toBeNull();
    stop();
  });

  it('never writes over unreadable data it could not back up', async () => {
    backing.setItem(KEY, 'not json');
    backing.failWrites = quotaError();
    const store = await load();
    const stop = await mount(store);
    expect(store.$recovery.get()).toMatchObject({ problem: 'corrupt', backupKey: null });
    backing.failWrites = null; // even once storage would accept writes again
    store.completeLesson('a');
    expect(store.$progress.get().l.a?.c).toBe(NOW_S);
    expect(backing.getItem(KEY)).toBe('not json');
    stop();
  });

  it('keeps the same unreadable text once across visits', async () => {
    backing.setItem(KEY, 'garbage');
    let store = await load();
    let stop = await mount(store);
    stop();
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    store = await load();
    stop = await mount(store);
    expect(store.$backups.get().map((backup) => backup.text)).toEqual(['garbage']);
    stop();
  });

  it('works from memory when storage throws on access, and says progress will not be kept', async () => {
    const store = await load({ throwOnAccess: true });
    const stop = await mount(store);
    expect(store.$storageFault.get()).toBe('unavailable');
    store.completeLesson('a');
    expect(store.$progress.get().l.a?.c).toBe(NOW_S);
    stop();
  });

  it('keeps memory right and says so when the quota is full', async () => {
    const store = await load();
    const stop = await mount(store);
    store.startLesson('a');
    backing.failWrites = quotaError();
    store.completeLesson('a');
    expect(store.$storageFault.get()).toBe('quota');
    expect(store.$progress.get().l.a?.c).toBe(NOW_S);
    expect(JSON.parse(backing.getItem(KEY)!).l.a.c).toBeUndefined();
    stop();
  });

  it('follows another tab through storage events', async () => {
    const store = await load();
    const stop = await mount(store);
    const text = '{"v":1,"l":{"a":{"s":1,"c":2}}}';
    backing.setItem(KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
    // Nothing was stored at load, so the validator loads now: this tab shows its last good state meanwhile.
    expect(store.$progress.get()).toEqual({ v: 2, l: {} });
    await vi.waitFor(() => expect(store.$progress.get().l.a).toEqual({ s: 1, c: 2 }));
    // The other tab cleared everything.
    backing.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
    expect(store.$progress.get()).toEqual({ v: 2, l: {} });
    stop();
  });

  it('keeps its last good state when another tab writes something unreadable', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"a":{"s":1,"c":2}}}');
    const store = await load();
    const stop = await mount(store);
    backing.setItem(KEY, '{"v":99}');
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{"v":99}' }));
    expect(store.$progress.get().l.a).toEqual({ s: 1, c: 2 });
    expect(store.$recovery.get()).toMatchObject({ problem: 'newer' });
    expect(store.$backups.get().map((backup) => backup.text)).toEqual(['{"v":99}']);
    stop();
  });

  it('deletes a kept backup, and only backups', async () => {
    backing.setItem(KEY, 'garbage');
    const store = await load();
    const stop = await mount(store);
    const [backup] = store.$backups.get();
    store.deleteBackup(KEY);
    expect(backing.getItem(KEY)).toBe('garbage');
    store.deleteBackup(backup!.key);
    expect(store.$backups.get()).toEqual([]);
    stop();
  });
  describe('before the stored text has been validated (the validator loads on demand)', () => {
    const saved = '{"v":1,"l":{"a":{"s":5,"c":6}},"u":{"n":"Ana"}}';

    it('needs no validator when nothing is stored: ready at once', async () => {
      holdValidator();
      const store = await load();
      const stop = store.$progress.listen(() => {});
      expect(store.$progressReady.get()).toBe(true);
      store.startLesson('b');
      expect(store.$progress.get().l.b).toEqual({ s: NOW_S });
      expect(JSON.parse(backing.getItem(KEY)!).l.b).toEqual({ s: NOW_S });
      stop();
    });

    it('writes nothing, shows the empty document, and applies queued changes in order once validated', async () => {
      backing.setItem(KEY, saved);
      const validator = holdValidator();
      const store = await load();
      const journey = await import('../../src/stores/journey');
      const stop = store.$progress.listen(() => {});
      const writes = vi.spyOn(backing, 'setItem');
      store.startLesson('b');
      journey.saveProfile({ n: 'First' });
      store.completeLesson('b');
      journey.saveProfile({ n: 'Second' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(writes).not.toHaveBeenCalled();
      expect(store.$progressReady.get()).toBe(false);
      expect(store.$progress.get()).toEqual({ v: 2, l: {} });
      validator.release();
      await ready(store);
      const doc = JSON.parse(backing.getItem(KEY)!);
      // What was stored is kept; the changes were applied to it, the last profile saved last.
      expect(doc).toEqual({ v: 2, l: { a: { s: 5, c: 6 }, b: { s: NOW_S, c: NOW_S } }, u: { n: 'Second' } });
      expect(store.$progress.get()).toEqual(doc);
      expect(store.$progressReady.get()).toBe(true);
      stop();
    });

    it('backs up a document only full validation finds wrong, and never writes over it when that fails', async () => {
      // Parses, has a version and lessons: only the schema sees the negative start date.
      const text = '{"v":1,"l":{"a":{"s":-1}}}';
      backing.setItem(KEY, text);
      backing.failWrites = quotaError();
      const validator = holdValidator();
      const store = await load();
      const stop = store.$progress.listen(() => {});
      store.startLesson('b');
      validator.release();
      await ready(store);
      expect(store.$recovery.get()).toMatchObject({ problem: 'invalid', text, backupKey: null });
      backing.failWrites = null;
      store.completeLesson('b');
      expect(backing.getItem(KEY)).toBe(text);
      expect(store.$progress.get().l).toEqual({ b: { s: NOW_S, c: NOW_S } });
      stop();
    });

    it('keeps the same document under a backup key before working on, when it can', async () => {
      const text = '{"v":1,"l":{"a":{"s":-1}}}';
      backing.setItem(KEY, text);
      const validator = holdValidator();
      const store = await load();
      const stop = store.$progress.listen(() => {});
      store.startLesson('b');
      expect(backing.getItem(KEY)).toBe(text);
      validator.release();
      await ready(store);
      expect(backing.getItem(`${BACKUP}${NOW_MS}`)).toBe(text);
      expect(JSON.parse(backing.getItem(KEY)!).l).toEqual({ b: { s: NOW_S } });
      stop();
    });

    it('writes nothing and stays not ready when the validator cannot be loaded', async () => {
      backing.setItem(KEY, saved);
      const validator = holdValidator({ fail: true });
      const store = await load();
      const stop = store.$progress.listen(() => {});
      const writes = vi.spyOn(backing, 'setItem');
      store.startLesson('b');
      validator.release();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(writes).not.toHaveBeenCalled();
      expect(store.$progressReady.get()).toBe(false);
      expect(store.$progress.get()).toEqual({ v: 2, l: {} });
      expect(backing.getItem(KEY)).toBe(saved);
      // The next change tries again; once the validator loads, both changes are applied.
      vi.doUnmock('../../src/lib/progress/codec');
      store.completeLesson('b');
      await ready(store);
      expect(JSON.parse(backing.getItem(KEY)!).l).toEqual({ a: { s: 5, c: 6 }, b: { s: NOW_S, c: NOW_S } });
      stop();
    });

    it('runs onProgressReady callbacks only after the queued changes', async () => {
      backing.setItem(KEY, saved);
      const validator = holdValidator();
      const store = await load();
      const seen: unknown[] = [];
      store.startLesson('b');
      store.onProgressReady(() => seen.push(store.$progress.get().l.b));
      expect(seen).toEqual([]);
      validator.release();
      await vi.waitFor(() => expect(seen).toEqual([{ s: NOW_S }]));
      store.onProgressReady(() => seen.push('at once'));
      expect(seen).toEqual([{ s: NOW_S }, 'at once']);
    });

    it('reads the stored text again when a page comes back from the back/forward cache', async () => {
      const store = await load();
      const stop = await mount(store);
      backing.setItem(KEY, saved);
      window.dispatchEvent(new Event('pageshow'));
      await vi.waitFor(() => expect(store.$progress.get().u).toEqual({ n: 'Ana' }));
      stop();
    });
  });
});
