/**
 * The SCORM session, held by the package's launch page (src/pages/scorm.astro)
 * for as long as the course is open, and shared with the course pages shown in
 * its frame. The course is many pages: only a page that stays loaded can
 * Initialize once and Terminate once, so the launch page does both, and each
 * course page reads and writes through this object (src/scripts/scorm-page.ts).
 */
import type { Lms } from '../lib/scorm/api';
import type { ScormCourse } from '../lib/scorm/session';

export interface ScormSession {
  readonly lms: Lms;
  readonly course: ScormCourse;
  /** The package root, ending in "/". */
  readonly root: string;
  /** Set by the page in the frame: sends its latest progress now (called before the session ends). */
  flush?: (() => void) | undefined;
}

declare global {
  interface Window {
    motScorm?: ScormSession;
  }
}
