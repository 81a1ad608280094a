/**
 * Islands are rendered on the server with no progress (the server cannot see
 * the learner's storage). Preact does not patch attributes while hydrating, so
 * the first browser render must match the server's: read stores with
 * `useStore(store, { ssr: 'initial' })`, and show controls that need the
 * browser only once `useHydrated()` is true. Without this, a progress bar
 * keeps the server's value.
 */
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
