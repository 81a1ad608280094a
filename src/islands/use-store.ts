/**
 * A store's value in an island, re-rendered when it changes: what
 * @nanostores/preact's useStore did here, in a few lines (a smaller lesson page).
 * With `{ ssr: 'initial' }` the first render, the one that hydrates the
 * server's HTML, uses the store's initial value, as the server did; the
 * stored value follows at once (see use-hydrated.ts).
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useStore<T>(store: ReadableAtom<T>, { ssr }: { ssr?: 'initial' } = {}): T {
  const [, rerender] = useState({});
  const [hydrated, setHydrated] = useState(!ssr);
  const rendered = store.get();
  useEffect(() => {
    setHydrated(true);
    // A change between this render and this effect would otherwise be missed.
    if (store.get() !== rendered) rerender({});
    return store.listen(() => rerender({}));
  }, [store]);
  return hydrated ? store.get() : (store.init as T);
}
