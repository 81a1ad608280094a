/**
 * Islands are rendered on the server with no progress (the server cannot see
 * the learner's storage). Preact does not patch attributes while hydrating, so
 * the first browser render must match the server's; the stored state follows
 * one render later. Without this, a progress bar keeps the server's value.
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** The store's value once hydrated; `serverValue` (what the server rendered with) before. */
export function useStoreAfterHydration<T>(store: ReadableAtom<T>, serverValue: T): T {
  const value = useStore(store);
  return useHydrated() ? value : serverValue;
}
