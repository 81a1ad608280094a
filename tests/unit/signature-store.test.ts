// @vitest-environment happy-dom
/** The kept trainer's signature: read from storage once, kept on import, never breaking the page when storage fails. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, securityError } from './fake-storage';

let backing: FakeStorage;

async function load(options: { throwOnAccess?: boolean } = {}) {
  vi.resetModules();
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      if (options.throwOnAccess) throw securityError();
      return backing;
    },
  });
  return import('../../src/stores/signature');
}

beforeEach(() => {
  backing = new FakeStorage();
});

describe('$signature', () => {
  it('reads what was kept, keeps a new one, and ignores a file without one', async () => {
    backing.setItem('mot:signature@1', JSON.stringify({ v: 1 }));
    const store = await load();
    expect(store.$signature.get()).toEqual({ v: 1 });
    store.keepSignature(undefined);
    expect(store.$signature.get()).toEqual({ v: 1 });
    store.keepSignature({ v: 2 });
    expect(store.$signature.get()).toEqual({ v: 2 });
    expect(backing.getItem('mot:signature@1')).toBe('{"v":2}');
  });

  it('starts empty on garbage or blocked storage, and still shows a signature it cannot keep', async () => {
    backing.setItem('mot:signature@1', '{');
    expect((await load()).$signature.get()).toBeUndefined();
    const blocked = await load({ throwOnAccess: true });
    expect(blocked.$signature.get()).toBeUndefined();
    blocked.keepSignature({ v: 1 });
    expect(blocked.$signature.get()).toEqual({ v: 1 });
  });
});

describe('the trainer page', () => {
  it('reads and writes the same keys as the stores it does not load', async () => {
    const trainer = await import('../../src/islands/TrainerSigning');
    const progress = await import('../../src/stores/progress');
    const signature = await load();
    expect(trainer.PROGRESS_KEY).toBe(progress.PROGRESS_KEY);
    expect(trainer.SIGNATURE_KEY).toBe(signature.SIGNATURE_KEY);
  });
});
