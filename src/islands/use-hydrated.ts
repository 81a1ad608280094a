/**
 * Islands are rendered on the server with no progress (the server cannot see
 * the learner's storage). Preact does not patch attributes while hydrating, so
 * the first browser render must match the server's: read stores with
 * `useStore(store, { ssr: 'initial' })`, and show controls that need the
 * browser only once `useHydrated()` is true. Without this, a progress bar
 * keeps the server's value.
 *
 * An island that reads $progress passes $progressReady: it stays as the server
 * rendered it (controls waiting) until the stored document has been validated
 * (src/stores/progress.ts), so nothing is shown or done on a placeholder.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(ready?: ReadableAtom<boolean>): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    if (!ready) {
      setHydrated(true);
      return undefined;
    }
    const check = () => setHydrated(ready.get());
    check();
    return ready.listen(check);
  }, [ready]);
  return hydrated;
}
