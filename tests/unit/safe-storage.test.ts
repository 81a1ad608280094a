import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, isQuotaError, type StorageFault } from '../../src/lib/safe-storage';
import { keepUnreadable, listBackups } from '../../src/lib/progress/backups';
import { FakeStorage, quotaError, securityError } from './fake-storage';

function setup(getStorage: () => FakeStorage | undefined) {
  const faults: StorageFault[] = [];
  const storage = createSafeStorage(getStorage, (fault) => faults.push(fault));
  return { storage, faults };
}

describe('safe storage', () => {
  it('reads, writes, removes and lists keys', () => {
    const backing = new FakeStorage();
    const { storage, faults } = setup(() => backing);
    expect(storage.check()).toBe(true);
    expect(storage.write('p:a', '1')).toBe(true);
    expect(storage.write('q:b', '2')).toBe(true);
    expect(storage.read('p:a')).toBe('1');
    expect(storage.read('missing')).toBeNull();
    expect(storage.keys('p:')).toEqual(['p:a']);
    expect(storage.remove('p:a')).toBe(true);
    expect(storage.read('p:a')).toBeNull();
    expect(faults).toEqual([]);
  });

  it('works from nothing when storage cannot be reached, and says so', () => {
    const { storage, faults } = setup(() => {
      throw securityError();
    });
    expect(storage.check()).toBe(false);
    expect(storage.read('a')).toBeNull();
    expect(storage.write('a', '1')).toBe(false);
    expect(storage.remove('a')).toBe(false);
    expect(storage.keys('')).toEqual([]);
    expect(faults.every((fault) => fault === 'unavailable')).toBe(true);
    expect(faults.length).toBeGreaterThan(0);
  });

  it('treats a missing storage object as unavailable', () => {
    const { storage, faults } = setup(() => undefined);
    expect(storage.check()).toBe(false);
    expect(faults).toEqual(['unavailable']);
  });

  it('reports storage whose reads throw', () => {
    const backing = new FakeStorage();
    backing.failReads = securityError();
    const { storage, faults } = setup(() => backing);
    expect(storage.check()).toBe(false);
    expect(storage.read('a')).toBeNull();
    expect(storage.keys('')).toEqual([]);
    expect(faults).toEqual(['unavailable', 'unavailable', 'unavailable']);
  });

  it('tells a full quota from other write failures', () => {
    const backing = new FakeStorage();
    const { storage, faults } = setup(() => backing);
    backing.failWrites = quotaError();
    expect(storage.write('a', '1')).toBe(false);
    backing.failWrites = new Error('disk on fire');
    expect(storage.write('a', '1')).toBe(false);
    backing.failRemoves = new Error('nope');
    expect(storage.remove('a')).toBe(false);
    expect(faults).toEqual(['quota', 'write-failed', 'write-failed']);
  });

  it('recognises every browser form of a quota error', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('keeping unreadable progress', () => {
  it('keeps the text under a timed key, once per distinct text', () => {
    const backing = new FakeStorage();
    const { storage } = setup(() => backing);
    expect(keepUnreadable(storage, 'b:', 'garbage', 1000)).toBe('b:1000');
    expect(keepUnreadable(storage, 'b:', 'garbage', 2000)).toBe('b:1000');
    expect(keepUnreadable(storage, 'b:', 'other', 3000)).toBe('b:3000');
    expect(listBackups(storage, 'b:')).toEqual([
      { key: 'b:1000', savedAt: 1000, text: 'garbage' },
      { key: 'b:3000', savedAt: 3000, text: 'other' },
    ]);
  });

  it('lists backups oldest first and skips keys it did not write', () => {
    const backing = new FakeStorage();
    backing.setItem('b:30', 'late');
    backing.setItem('b:10', 'early');
    backing.setItem('b:oops', 'not a backup');
    const { storage } = setup(() => backing);
    expect(listBackups(storage, 'b:').map((backup) => backup.key)).toEqual(['b:10', 'b:30']);
  });

  it('says when the text could not be kept', () => {
    const backing = new FakeStorage();
    backing.failWrites = quotaError();
    const { storage } = setup(() => backing);
    expect(keepUnreadable(storage, 'b:', 'garbage', 1)).toBeNull();
  });

  it('skips a key that vanishes between listing and reading', () => {
    const backing = new FakeStorage();
    backing.setItem('b:1', 'x');
    const { storage } = setup(() => backing);
    const real = backing.getItem.bind(backing);
    backing.getItem = (key) => (key === 'b:1' ? null : real(key));
    expect(listBackups(storage, 'b:')).toEqual([]);
  });
});
