import type { StorageLike } from '../../src/lib/safe-storage';

/** An in-memory Web Storage whose faults a test can switch on. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Set to make setItem throw, e.g. a QuotaExceededError. */
  failWrites: Error | null = null;
  failReads: Error | null = null;
  failRemoves: Error | null = null;

  get length(): number {
    if (this.failReads) throw this.failReads;
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw this.failReads;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failRemoves) throw this.failRemoves;
    this.data.delete(key);
  }
}

export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

export function securityError(): Error {
  const error = new Error('Access is denied for this document.');
  error.name = 'SecurityError';
  return error;
}
