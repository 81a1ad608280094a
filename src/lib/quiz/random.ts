/** Deterministic randomness: the same seed always gives the same draw and order. */

/** mulberry32: a small, fast 32-bit generator, good enough for shuffling questions. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates on a copy: always a permutation of the input. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint of a text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A seed from a question id, so a question's options are shuffled the same way on every visit. */
export function seedFrom(text: string): number {
  return Number.parseInt(fingerprint(text), 16);
}

/**
 * The order in which to show an ordering question's items: shuffled, but
 * never already in the correct order (that would give the answer away).
 */
export function displayOrder(count: number, seed: number): number[] {
  const identity = Array.from({ length: count }, (_, index) => index);
  if (count < 2) return identity;
  const order = shuffle(identity, rng(seed));
  if (order.every((value, index) => value === index)) order.push(order.shift() as number);
  return order;
}
