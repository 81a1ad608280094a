/**
 * The SCORM session around the data: element names per version, starting
 * the session, session time, the learner's language, the page to resume at,
 * and whose progress this browser holds. Kept apart from ./cmi.ts (which
 * reads and validates progress) so the launch page loads none of that.
 */
import type { CompletionRules } from '../progress/completion';
import type { Lms, ScormVersion } from './api';

/** What the runtime needs to know about the course (rendered into the launch page at build time). */
export interface ScormCourse {
  /** Lesson slugs in course order. */
  readonly lessons: readonly string[];
  /** Lessons that have a knowledge check. */
  readonly checks: readonly string[];
  readonly rules: CompletionRules;
  /** Percent needed to pass the final assessment (course.yaml passMark). */
  readonly passMark: number;
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

/** The data model elements, by version. */
export const ELEMENTS = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    name: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    language: 'cmi.student_preference.language',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    name: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    language: 'cmi.learner_preference.language',
    entry: 'cmi.entry',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/** The longest location (1.2: CMIString255; 2004: 1,000 characters). */
export const LOCATION_LIMIT: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };

/**
 * Whether this browser's progress belongs to the LMS learner `current`:
 * `previous` is the learner it was last synced for (null: never synced, or
 * no learner ID from the LMS).
 */
export function isSameLearner(previous: string | null, current: string): boolean {
  return previous === null || current === '' || previous === current;
}

/** Session time since `startMs`: 1.2 "HHHH:MM:SS.SS", 2004 an ISO 8601 duration ("PT1H2M3S"). */
export function sessionTime(version: ScormVersion, elapsedMs: number): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (version === '1.2') return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return `PT${h}H${m}M${s}S`;
}

/**
 * Starts the session. An LMS that says the session is already open (1.2
 * error 101, 2004 error 103: a page of the course reloaded) counts as started.
 */
export function initialize(lms: Lms): boolean {
  return lms.initialize() || ['101', '103'].includes(lms.lastError());
}

/**
 * The locale to open: the first preference (the LMS's learner language, then
 * the browser's) whose language is one of the course's; else the default.
 */
export function pickLocale(preferences: readonly string[], locales: readonly string[], defaultLocale: string): string {
  for (const preference of preferences) {
    const language = preference.trim().toLowerCase().split(/[-_]/)[0]!;
    if (locales.includes(language)) return language;
  }
  return defaultLocale;
}

/** A page of the package, as a path from the package root ("ar/lessons/x/index.html"). */
const PACKAGE_PATH = /^(?:[a-z0-9-]+\/)*index\.html$/;

/** The page `pageUrl` as a location to store, or null when it is not a page of the package under `rootUrl`. */
export function toLocation(pageUrl: string, rootUrl: string, version: ScormVersion): string | null {
  const path = pageUrl.split('#')[0]!.split('?')[0]!;
  if (!path.startsWith(rootUrl)) return null;
  const relative = path.slice(rootUrl.length);
  const withIndex = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  return PACKAGE_PATH.test(withIndex) && withIndex.length <= LOCATION_LIMIT[version] ? withIndex : null;
}

/** A stored location, when it is a page path this course could have written (anything else is ignored). */
export function fromLocation(stored: string): string | null {
  return PACKAGE_PATH.test(stored) && !stored.startsWith('scorm/') ? stored : null;
}
