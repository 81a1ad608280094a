/**
 * $progress: what the learner has done, shared by every island on a page and,
 * through storage events, by every open tab.
 *
 * Data: one JSON document (src/lib/progress/schema.ts) under PROGRESS_KEY in
 * localStorage. The key carries the storage layout version ("@1"); the
 * document carries its schema version ("v"), which migrations advance.
 *
 * Lifecycle:
 * - Read when this module loads in the browser (with the first island that
 *   keeps progress). Nothing stored is a fresh start, ready at once. Stored
 *   text is parsed and validated
 *   (src/lib/progress/codec.ts: valibot and the schema), a module loaded only
 *   then, right after the page (a lesson page is lighter without it), and
 *   cached by the service worker like every other chunk. Older versions are
 *   migrated in memory and written in the new version at the next change.
 * - Until the stored text has been validated, $progress keeps its initial,
 *   empty value (what the server rendered) and $progressReady is false:
 *   islands stay as they were before hydration (useHydrated($progressReady)),
 *   nothing is written, and changes asked for meanwhile (the lesson started
 *   at load, a click) wait in a queue, applied in order to the validated
 *   document. The SCORM page sends nothing to the LMS before then.
 * - Written on every change. Another tab's write arrives as a storage event
 *   and replaces this tab's copy (validated first, the same way; meanwhile
 *   this tab shows its last good state and queues changes); a page restored
 *   from the back/forward cache reads storage again (pageshow).
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
 * - the validator's module failing to load (a network error with no service
 *   worker yet): nothing is written, islands keep waiting, and the next change
 *   or storage event tries again.
 */
import { atom } from 'nanostores';
import { keepUnreadable, listBackups, type Backup } from '../lib/progress/backups';
import type { ReadProblem, ReadResult } from '../lib/progress/codec';
import { emptyDocument, serializeProgress } from '../lib/progress/document';
import { markCompleted, markStarted } from '../lib/progress/rules';
import type { Progress } from '../lib/progress/schema';
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
export const $progress = atom<Progress>(emptyDocument());
/** True once the stored document has been read and validated (at once when nothing is stored); never false again. */
export const $progressReady = atom(false);

const storage = createSafeStorage(
  () => (typeof window === 'undefined' ? undefined : window.localStorage),
  (fault) => $storageFault.set(fault),
);

/** The stored text as this tab last heard of it: read at load, carried by a storage event, or written here. */
let known: string | undefined;

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
function latest(): string | undefined {
  if (holdWrites || $storageFault.get() !== null) return known;
  return storage.read(PROGRESS_KEY) ?? undefined;
}

/** readProgress, once its module has loaded (see loadValidator). */
let readStored: ((text: string) => ReadResult) | undefined;
let loading = false;

/** Loads the validator (valibot and the schema), then reads what is stored. A failed load is tried again at the next call. */
function loadValidator(): void {
  if (loading) return;
  loading = true;
  import('../lib/progress/codec').then(
    (codec) => {
      readStored = codec.readProgress;
      settle();
    },
    () => {
      loading = false;
    },
  );
}

function accept(text: string | undefined, read: (text: string) => ReadResult): void {
  lastSeen = text;
  const result: ReadResult = text === undefined ? { ok: true, doc: emptyDocument() } : read(text);
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

/**
 * Brings memory in line with storage. False while stored text waits for the
 * validator: memory then keeps its last good state, and nothing may be written.
 */
function sync(): boolean {
  const stored = latest();
  if (stored === lastSeen) return true;
  if (stored !== undefined && !readStored) {
    loadValidator();
    return false;
  }
  accept(stored, readStored as (text: string) => ReadResult);
  return true;
}

/** Changes asked for while stored text waited for the validator, oldest first. */
const queue: Array<(doc: Progress) => Progress> = [];
/** Callbacks waiting for the queue to be applied (onProgressReady). */
const waiting: Array<() => void> = [];

/** True while settle runs: a write's own storage notice, or a change asked for by a listener, waits for its loop. */
let settling = false;

/** Applies the queued changes, each to what storage holds then, once memory is in line with storage. */
function settle(): void {
  if (settling) return;
  settling = true;
  let inLine = false;
  try {
    while ((inLine = sync())) {
      const change = queue.shift();
      if (!change) break;
      const current = $progress.get();
      const next = change(current);
      if (next === current) continue;
      if (!holdWrites) {
        // This tab's own text needs no validating: `next` comes from a validated document, by the rules.
        known = lastSeen = serializeProgress(next);
        storage.write(PROGRESS_KEY, lastSeen);
      }
      $progress.set(next);
    }
  } finally {
    settling = false;
  }
  if (inLine) {
    $progressReady.set(true);
    for (const callback of waiting.splice(0)) callback();
  }
}

if (typeof window !== 'undefined') {
  const reread = () => {
    known = storage.read(PROGRESS_KEY) ?? undefined;
    settle();
  };
  window.addEventListener('storage', (event) => {
    // A null key: the other tab cleared all storage.
    if (event.key !== null && event.key !== PROGRESS_KEY) return;
    known = event.newValue ?? undefined;
    settle();
  });
  window.addEventListener('pageshow', reread);
  storage.check();
  refreshBackups();
  reread();
}

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
 * While stored text waits for the validator, the change waits in the queue.
 */
export function update(change: (doc: Progress) => Progress): void {
  queue.push(change);
  settle();
}

/** Runs `callback` once the stored progress has been validated and the changes asked for so far applied (at once if they have). */
export function onProgressReady(callback: () => void): void {
  waiting.push(callback);
  settle();
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


