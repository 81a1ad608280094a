/**
 * Unreadable progress is never thrown away: before anything is written over
 * it, its text is copied to a key of its own (prefix + time in ms). The same
 * text is kept once, however many times it is found.
 */
import type { SafeStorage } from '../safe-storage';

export interface Backup {
  readonly key: string;
  /** When it was kept, in ms since the epoch (from the key). */
  readonly savedAt: number;
  readonly text: string;
}

export function listBackups(storage: SafeStorage, prefix: string): Backup[] {
  const backups: Backup[] = [];
  for (const key of storage.keys(prefix)) {
    const text = storage.read(key);
    const savedAt = Number(key.slice(prefix.length));
    if (text !== null && Number.isFinite(savedAt)) backups.push({ key, savedAt, text });
  }
  return backups.sort((a, b) => a.savedAt - b.savedAt);
}

/** The key the text is kept under, or null when it could not be kept. */
export function keepUnreadable(storage: SafeStorage, prefix: string, text: string, now: number): string | null {
  const existing = listBackups(storage, prefix).find((backup) => backup.text === text);
  if (existing) return existing.key;
  const key = `${prefix}${now}`;
  return storage.write(key, text) ? key : null;
}
