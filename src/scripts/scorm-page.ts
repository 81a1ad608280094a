/**
 * SCORM on a course page, loaded only inside the package's launch page (see
 * StorageNotice): restores the progress the LMS kept (validated and merged
 * with this browser's, nothing lost; not merged when this browser's progress
 * was synced for another LMS learner), then sends every change: status, score
 * and the progress document as suspend_data, committed a moment after the
 * last change and whenever the page is hidden or left.
 */
import { lmsValues, restore } from '../lib/scorm/cmi';
import { ELEMENTS, isSameLearner, toLocation } from '../lib/scorm/session';
import { keepUnreadable, listBackups } from '../lib/progress/backups';
import type { ReadProblem } from '../lib/progress/codec';
import { createSafeStorage } from '../lib/safe-storage';
import { $backups, $progress, $recovery, BACKUP_PREFIX, onProgressReady, update } from '../stores/progress';
import type { ScormSession } from './scorm-session';

/** The LMS learner this browser's progress was last synced for (see isSameLearner). */
const LEARNER_KEY = 'mot:scorm@1:learner';

function storedLearner(): string | null {
  try {
    return window.localStorage.getItem(LEARNER_KEY);
  } catch {
    return null;
  }
}

function rememberLearner(id: string): void {
  try {
    if (id) window.localStorage.setItem(LEARNER_KEY, id);
  } catch {
    // storage blocked or full: the store's notice already says so
  }
}

/**
 * Progress the LMS kept that could not be read: copied beside the store's own
 * backups and offered for download by the store's notice. Returns false when
 * no copy could be made; then nothing is written over the LMS's text.
 * (Storage faults here are the store's to report: it uses the same storage.)
 */
function keepUnreadableFromLms(text: string, problem: ReadProblem, detail: string): boolean {
  const storage = createSafeStorage(() => window.localStorage, () => {});
  const backupKey = keepUnreadable(storage, BACKUP_PREFIX, text, Date.now());
  $recovery.set({ problem, detail, text, backupKey, source: 'Lms' });
  $backups.set(listBackups(storage, BACKUP_PREFIX));
  return backupKey !== null;
}

/** Commits wait this long after the last change: an LMS that saves synchronously must not freeze on every answer. */
const COMMIT_DELAY_MS = 1500;

let started = false;

/** Runs when the module loads (StorageNotice imports it), and is exported for tests. */
export function start(): void {
  let session: ScormSession | undefined;
  try {
    session = window.parent.motScorm;
  } catch {
    session = undefined;
  }
  if (started || !session) return;
  started = true;
  const { lms, course } = session;
  const names = ELEMENTS[lms.version];

  let writeSuspend = true;
  const learner = lms.get(names.learnerId);
  const sameLearner = isSameLearner(storedLearner(), learner);
  update((doc) => {
    const restored = restore(doc, lms.get(names.suspend), lms.get(names.name), sameLearner);
    if (restored.problem) writeSuspend = keepUnreadableFromLms(restored.problem.text, restored.problem.kind, restored.problem.detail);
    return restored.doc;
  });
  rememberLearner(learner);

  // Nothing is sent before this browser's stored progress has been validated and the LMS's merged into it
  // (the update above): the LMS's copy is never replaced by the empty document a page holds until then.
  onProgressReady(() => {
    const sent = new Map<string, string>();
    let uncommitted = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      for (const [element, value] of lmsValues(lms.version, $progress.get(), course, writeSuspend)) {
        if (sent.get(element) !== value && lms.set(element, value)) {
          sent.set(element, value);
          uncommitted = true;
        }
      }
    };
    const flush = () => {
      clearTimeout(timer);
      send();
      if (uncommitted && lms.commit()) uncommitted = false;
    };
    session.flush = flush;

    const location = toLocation(window.location.href, session.root, lms.version);
    if (location) lms.set(names.location, location);
    $progress.subscribe(() => {
      send();
      clearTimeout(timer);
      timer = setTimeout(flush, COMMIT_DELAY_MS);
    });
    flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  });
}

start();
