/**
 * The launch page's script (src/pages/scorm.astro): finds the LMS, starts the
 * session, opens the course in the frame (the learner's language, or the page
 * they were on when they left), and ends the session once when the LMS closes
 * the course. Without an LMS the course still opens, with a note.
 */
import { connect, findApi, type WindowLike } from '../lib/scorm/api';
import { ELEMENTS, fromLocation, initialize, pickLocale, sessionTime, type ScormCourse } from '../lib/scorm/session';
import type { ScormSession } from './scorm-session';

const startedAt = Date.now();
const frame = document.querySelector<HTMLIFrameElement>('#course-frame')!;
const course = JSON.parse(document.querySelector('#scorm-course')!.textContent!) as ScormCourse;
const root = new URL('../', window.location.href).href;
const found = findApi(window as unknown as WindowLike);
const lms = found ? connect(found) : null;

let start = '';
if (lms && initialize(lms)) {
  const names = ELEMENTS[lms.version];
  const session: ScormSession = { lms, course, root };
  window.motScorm = session;
  const locale = pickLocale([lms.get(names.language), ...navigator.languages], course.locales, course.defaultLocale);
  const resumed = lms.get(names.entry) === 'resume' ? fromLocation(lms.get(names.location)) : null;
  start = resumed ?? (locale === course.defaultLocale ? 'index.html' : `${locale}/index.html`);
  // Suspend, not a normal exit, so the next launch resumes with the data kept (entry = resume).
  lms.set(names.exit, 'suspend');

  let finished = false;
  const flushPage = () => {
    try {
      session.flush?.();
    } catch {
      // the page in the frame is already gone: it saved on its own pagehide
    }
  };
  window.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    flushPage();
    lms.set(names.sessionTime, sessionTime(lms.version, Date.now() - startedAt));
    lms.set(names.exit, 'suspend');
    lms.commit();
    lms.terminate();
  });
  // Browsers may not finish work started while a page is closed: commit as soon as it is hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden' || finished) return;
    flushPage();
    lms.commit();
  });
} else {
  document.querySelector<HTMLElement>('#scorm-no-lms')!.hidden = false;
  const locale = pickLocale([...navigator.languages], course.locales, course.defaultLocale);
  start = locale === course.defaultLocale ? 'index.html' : `${locale}/index.html`;
}
frame.src = new URL(start, root).href;
