/**
 * Waits until a store that found stored text has validated it: the validator
 * (src/lib/progress/codec.ts) loads on demand, and the store reads storage
 * again once it has. Unlike onProgressReady, this does not make the store
 * read storage itself, so a test still sees what storage events alone do.
 */
export async function validatorSettled(): Promise<void> {
  await import('../../src/lib/progress/codec');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `load` (which imports a fresh copy of the store) and returns a function
 * that removes the window listeners it added: the store listens for storage
 * and pageshow events from the moment it loads, for the life of the page, so a
 * test that "reloads" must take the old page's listeners away, as a browser does.
 */
export async function withListeners<T>(load: () => Promise<T>): Promise<{ loaded: T; unload: () => void }> {
  const added: Array<[string, EventListenerOrEventListenerObject]> = [];
  const original = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    added.push([type, listener]);
    original(type, listener, options);
  }) as typeof window.addEventListener;
  try {
    const loaded = await load();
    return { loaded, unload: () => added.forEach(([type, listener]) => window.removeEventListener(type, listener)) };
  } finally {
    window.addEventListener = original;
  }
}
