/**
 * SCORM on a course page, loaded only inside the package's launch page (see
 * StorageNotice): restores the progress the LMS kept (validated and merged
 * with this browser's, nothing lost), then sends every change: status, score
 * and the progress document as suspend_data, committed a moment after the
 * last change and whenever the page is hidden or left.
 */
import { ELEMENTS, lmsValues, restore, toLocation } from '../lib/scorm/cmi';
import { $progress, keepUnreadableFromLms, update } from '../stores/progress';
import type { ScormSession } from './scorm-session';

/** Commits wait this long after the last change: an LMS that saves synchronously must not freeze on every answer. */
const COMMIT_DELAY_MS = 1500;

let started = false;

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
  update((doc) => {
    const restored = restore(doc, lms.get(names.suspend), lms.get(names.name));
    if (restored.problem) writeSuspend = keepUnreadableFromLms(restored.problem.text, restored.problem.kind, restored.problem.detail);
    return restored.doc;
  });

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
}
