/**
 * The fingerprint of an original that a translation records (`translatedFrom:`): when the
 * original changes, its fingerprint no longer matches and the translation is out of date.
 * Objects are hashed by value (key order, comments and quoting do not count); the
 * translation's own `translatedFrom` never counts.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted, `translatedFrom` left out and undefined values dropped. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => key !== 'translatedFrom' && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A short fingerprint (12 hex digits of SHA-256) of a value, as written in `translatedFrom:`. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 12);
}

/** Where a translation stands against its original. */
export type TranslationState = 'current' | 'unstamped' | 'outOfDate';

/**
 * `current`: the recorded fingerprint is the original's; `unstamped`: none recorded (shown,
 * reported by `npm run i18n:status`, fixed by `npm run i18n:stamp`); `outOfDate`: the original
 * changed after the translation was made (the original is shown, with the notice).
 */
export function translationState(originalHash: string, translatedFrom: string | undefined): TranslationState {
  if (translatedFrom === undefined) return 'unstamped';
  return translatedFrom === originalHash ? 'current' : 'outOfDate';
}
