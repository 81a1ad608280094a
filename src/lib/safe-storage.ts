/**
 * Web Storage that never throws. Getting `localStorage` itself throws where
 * site data is blocked; setItem throws when the quota is full. Every such
 * failure is reported through `onFault` and turned into "nothing stored" or
 * "not written", so the course keeps working from memory.
 */

export type StorageFault = 'unavailable' | 'quota' | 'write-failed';

/** The part of the Web Storage interface the course uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SafeStorage {
  /** True when storage can be reached; reports "unavailable" when it cannot. */
  check(): boolean;
  read(key: string): string | null;
  /** False when the value was not written (the fault has been reported). */
  write(key: string, value: string): boolean;
  remove(key: string): boolean;
  /** Keys that start with `prefix`, in storage order. */
  keys(prefix: string): string[];
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chrome and Safari name it; old Firefox names it NS_ERROR_DOM_QUOTA_REACHED; codes 22 and 1014 are the legacy forms.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function createSafeStorage(
  getStorage: () => StorageLike | null | undefined,
  onFault: (fault: StorageFault, error?: unknown) => void,
): SafeStorage {
  function reach(): StorageLike | undefined {
    try {
      return getStorage() ?? undefined;
    } catch (error) {
      onFault('unavailable', error);
      return undefined;
    }
  }

  function check(): boolean {
    const storage = reach();
    if (!storage) {
      onFault('unavailable');
      return false;
    }
    try {
      storage.getItem('mot:probe');
      return true;
    } catch (error) {
      onFault('unavailable', error);
      return false;
    }
  }

  function read(key: string): string | null {
    try {
      return reach()?.getItem(key) ?? null;
    } catch (error) {
      onFault('unavailable', error);
      return null;
    }
  }

  function write(key: string, value: string): boolean {
    const storage = reach();
    if (!storage) return false;
    try {
      storage.setItem(key, value);
      return true;
    } catch (error) {
      onFault(isQuotaError(error) ? 'quota' : 'write-failed', error);
      return false;
    }
  }

  function remove(key: string): boolean {
    const storage = reach();
    if (!storage) return false;
    try {
      storage.removeItem(key);
      return true;
    } catch (error) {
      onFault('write-failed', error);
      return false;
    }
  }

  function keys(prefix: string): string[] {
    const storage = reach();
    if (!storage) return [];
    try {
      const found: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(prefix)) found.push(key);
      }
      return found;
    } catch (error) {
      onFault('unavailable', error);
      return [];
    }
  }

  return { check, read, write, remove, keys };
}
