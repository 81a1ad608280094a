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
