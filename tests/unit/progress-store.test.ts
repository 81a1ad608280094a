// @vitest-environment happy-dom
/**
 * The $progress store against a browser-like window: every storage fault the
 * design comment in src/stores/progress.ts promises to survive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, quotaError, securityError } from './fake-storage';

type Store = typeof import('../../src/stores/progress');
const KEY = 'mot:progress@1';
const BACKUP = 'mot:progress@1:unreadable:';

let backing: FakeStorage;
const NOW_MS = Date.parse('2026-11-22T10:00:00Z');
const NOW_S = NOW_MS / 1000;

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
  return import('../../src/stores/progress');
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
});

describe('$progress', () => {
  it('starts empty, records start and completion, and writes version 1', async () => {
    const store = await load();
    const stop = await mount(store);
    expect(store.$progress.get()).toEqual({ v: 1, l: {} });
    store.startLesson('moments-of-truth');
    expect(store.$progress.get().l['moments-of-truth']).toEqual({ s: NOW_S });
    store.completeLesson('moments-of-truth');
    expect(JSON.parse(backing.getItem(KEY)!)).toEqual({ v: 1, l: { 'moments-of-truth': { s: NOW_S, c: NOW_S } } });
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
    expect(store.$progress.get()).toEqual({ v: 1, l: {} });
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
    expect(store.$progress.get()).toEqual({ v: 1, l: {} });
    await vi.waitFor(() => expect(store.$progress.get().l.a).toEqual({ s: 1, c: 2 }));
    // The other tab cleared everything.
    backing.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
    expect(store.$progress.get()).toEqual({ v: 1, l: {} });
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
});
