/**
 * $progress: what the learner has done, shared by every island on a page and,
 * through storage events, by every open tab.
 *
 * Data: one JSON document (src/lib/progress/schema.ts) under PROGRESS_KEY in
 * localStorage. The key carries the storage layout version ("@1"); the
 * document carries its schema version ("v"), which migrations advance.
 *
 * Lifecycle:
 * - Read when the first island on a page subscribes; parsed and validated
 *   (src/lib/progress/codec.ts), older versions migrated in memory and written
 *   in the new version at the next change.
 * - Written on every change. Another tab's write arrives as a storage event
 *   and replaces this tab's copy; a page restored from the back/forward cache
 *   reads storage again (@nanostores/persistent handles both).
 *
 * Faults it must survive, each with a notice ($storageFault, $recovery):
 * - storage that cannot be reached (private modes, blocked site data): the
 *   course works from memory;
 * - a full quota or a failed write: memory stays right;
 * - unreadable text (corrupt JSON, wrong shape, written by a newer version):
 *   the learner starts fresh; the text is first copied under BACKUP_PREFIX and
 *   offered as a download. If that copy fails, nothing is ever written over
 *   the original: progress is kept in memory only.
 * - another tab writing unreadable text: it is kept the same way, and this tab
 *   carries on with its last good state.
 */
import { atom, onMount } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { keepUnreadable, listBackups, type Backup } from '../lib/progress/backups';
import { readProgress, serializeProgress, type ReadProblem } from '../lib/progress/codec';
import { markCompleted, markStarted } from '../lib/progress/rules';
import { emptyProgress, type Progress } from '../lib/progress/schema';
import { createSafeStorage, type StorageFault } from '../lib/safe-storage';

export const PROGRESS_KEY = 'mot:progress@1';
export const BACKUP_PREFIX = 'mot:progress@1:unreadable:';

export interface Recovery {
  readonly problem: ReadProblem;
  readonly detail: string;
  /** The text that could not be read, for download. */
  readonly text: string;
  /** Where it is kept, or null when it could not be kept (writes are then held back). */
  readonly backupKey: string | null;
  /** Where the text came from: this browser's storage, or the LMS (a SCORM package's suspend_data; the notice's key suffix). */
  readonly source?: 'Lms';
}

export const $storageFault = atom<StorageFault | null>(null);
export const $recovery = atom<Recovery | null>(null);
export const $backups = atom<Backup[]>([]);
export const $progress = atom<Progress>(emptyProgress());

const storage = createSafeStorage(
  () => (typeof window === 'undefined' ? undefined : window.localStorage),
  (fault) => $storageFault.set(fault),
);
setPersistentEngine(storage.engine, windowPersistentEvents);

const $stored = persistentAtom<string | undefined>(PROGRESS_KEY, undefined);

/** Set when unreadable text could not be backed up: from then on nothing is written. */
let holdWrites = false;

function refreshBackups(): void {
  $backups.set(listBackups(storage, BACKUP_PREFIX));
}

/** The stored text this tab last read or wrote. */
let lastSeen: string | undefined;

/**
 * What storage holds now, while writes go through; otherwise `text` (memory
 * is then ahead of storage). A storage event carries the value of its write,
 * which by the time it arrives may be older than what this tab wrote since.
 */
function latest(text: string | undefined): string | undefined {
  if (holdWrites || $storageFault.get() !== null || typeof window === 'undefined') return text;
  return storage.read(PROGRESS_KEY) ?? undefined;
}

function accept(text: string | undefined): void {
  lastSeen = text;
  const result = readProgress(text);
  if (result.ok) {
    $progress.set(result.doc);
    return;
  }
  const unreadable = text as string;
  const backupKey = keepUnreadable(storage, BACKUP_PREFIX, unreadable, Date.now());
  if (backupKey === null) holdWrites = true;
  $recovery.set({ problem: result.problem, detail: result.detail, text: unreadable, backupKey });
  refreshBackups();
}

onMount($progress, () => {
  if (typeof window === 'undefined') return undefined;
  storage.check();
  refreshBackups();
  return $stored.subscribe((text) => {
    const stored = latest(text);
    if (stored !== lastSeen) accept(stored);
  });
});

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Applies a change to the progress document and saves it (used by the actions
 * here and in ./quiz.ts, ./roleplay.ts, ./journey.ts).
 *
 * Another tab's write reaches this tab as a storage event, which the browser
 * delivers later than the write itself. So that a change made in between is
 * not applied to a stale copy (and written over the other tab's work), the
 * stored text is read again first, as long as writes have been going through.
 */
export function update(change: (doc: Progress) => Progress): void {
  const stored = latest(lastSeen);
  if (stored !== lastSeen) accept(stored);
  const current = $progress.get();
  const next = change(current);
  if (next === current) return;
  if (holdWrites) {
    $progress.set(next);
    return;
  }
  $stored.set(serializeProgress(next));
}

/** Opening a lesson starts it. */
export function startLesson(slug: string): void {
  update((doc) => markStarted(doc, slug, nowSeconds()));
}

export function completeLesson(slug: string): void {
  update((doc) => markCompleted(doc, slug, nowSeconds()));
}

/** Hides the notice; the kept copy stays (see My progress). */
export function dismissRecovery(): void {
  $recovery.set(null);
}

export function deleteBackup(key: string): void {
  if (key.startsWith(BACKUP_PREFIX)) storage.remove(key);
  refreshBackups();
}


