/**
 * What the course tells the LMS, and how it reads back what the LMS kept.
 *
 * Sent (SCORM 1.2 | SCORM 2004 element):
 * - status: cmi.core.lesson_status | cmi.completion_status + cmi.success_status,
 *   from the course's completion rules (course.yaml) and the final assessment;
 * - score of the final assessment, best attempt, in percent:
 *   cmi.core.score.raw/min/max | cmi.score.raw/min/max/scaled;
 * - how far along (2004 only): cmi.progress_measure;
 * - the whole progress document: cmi.suspend_data, as JSON with every
 *   character outside ASCII escaped (\uXXXX) when that fits, so an LMS that
 *   stores text in a single-byte column cannot garble a name;
 * - the page the learner is on: cmi.core.lesson_location | cmi.location.
 *
 * Read back: cmi.suspend_data (validated exactly like localStorage, by
 * readProgress), the learner's name, the learner's language, the location.
 */
import { completion, type CompletionRules } from '../progress/completion';
import { readProgress, type ReadProblem } from '../progress/codec';
import { mergeProgress } from '../progress/merge';
import { MAX_NAME, type Progress } from '../progress/schema';
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
    language: 'cmi.student_preference.language',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    name: 'cmi.learner_name',
    language: 'cmi.learner_preference.language',
    entry: 'cmi.entry',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/** The longest suspend_data each version must accept (SCORM 1.2: CMIString4096; 2004 4th edition: 64,000). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };
/** The longest location (1.2: CMIString255; 2004: 1,000 characters). */
export const LOCATION_LIMIT: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };

/**
 * The progress document as stored in suspend_data: JSON in ASCII (escapes
 * make a name in Arabic six times longer), or plain JSON when the ASCII form
 * would pass `limit` (the schema keeps plain JSON within 4,096 characters).
 */
export function encodeSuspend(doc: Progress, limit: number): string {
  const json = JSON.stringify(doc);
  const ascii = json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ascii.length <= limit ? ascii : json;
}

export type Restored =
  | { readonly doc: Progress; readonly problem?: undefined }
  | { readonly doc: Progress; readonly problem: { readonly kind: ReadProblem; readonly detail: string; readonly text: string } };

/**
 * "Last, First" (the usual LMS form) as "First Last"; the name cut to what a
 * profile holds. Null when there is no name.
 */
export function displayName(lmsName: string): string | null {
  const parts = lmsName.split(',').map((part) => part.trim());
  const name = (parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim()).slice(0, MAX_NAME).trim();
  return name ? name : null;
}

/**
 * The progress to carry on with, from what this browser has (`local`) and
 * what the LMS kept (`suspendData`): merged by the import rules, so nothing
 * is lost; the LMS's copy leads (its profile, its final attempt under way).
 * Unreadable LMS data is reported, and the learner carries on with `local`.
 * With no profile on either side, the LMS's learner name fills it in.
 */
export function restore(local: Progress, suspendData: string, lmsName: string): Restored {
  const read = readProgress(suspendData === '' ? null : suspendData);
  const base = read.ok ? mergeProgress(read.doc, local, { replaceProfile: false }) : local;
  const name = displayName(lmsName);
  const doc = base.u || name === null ? base : { ...base, u: { n: name } };
  return read.ok ? { doc } : { doc, problem: { kind: read.problem, detail: read.detail, text: suspendData } };
}

/** Whole-number percent as an LMS decimal; fractions as at most 4 decimals. */
const decimal = (value: number) => String(Math.round(value * 10000) / 10000);

/**
 * The data model values for a progress document, in the order they should be
 * set. `withSuspend` false leaves suspend_data alone (the LMS holds data that
 * could not be read and could not be kept elsewhere: nothing is written over it).
 */
export function lmsValues(version: ScormVersion, doc: Progress, course: ScormCourse, withSuspend = true): Array<readonly [string, string]> {
  const state = completion(doc, course.lessons, course.checks, course.rules);
  const attempted = doc.f?.l !== undefined;
  const passed = doc.f?.w !== undefined;
  const best = doc.f?.b;
  const values: Array<readonly [string, string]> = [];
  if (withSuspend) values.push([ELEMENTS[version].suspend, encodeSuspend(doc, SUSPEND_LIMIT[version])]);
  if (version === '1.2') {
    // One status in 1.2: passed needs the whole course; a failed attempt shows until a pass.
    const status = state.complete ? (course.rules.final ? 'passed' : 'completed') : attempted && !passed ? 'failed' : 'incomplete';
    values.push(['cmi.core.lesson_status', status]);
    if (best !== undefined) values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(best)]);
    return values;
  }
  const { rules } = course;
  const all = (rules.lessons ? course.lessons.length : 0) + (rules.checks ? course.checks.length : 0) + (rules.final ? 1 : 0);
  values.push(['cmi.completion_status', state.complete ? 'completed' : 'incomplete']);
  values.push(['cmi.success_status', passed ? 'passed' : attempted ? 'failed' : 'unknown']);
  values.push(['cmi.progress_measure', all === 0 ? '1' : decimal((all - state.remaining.length) / all)]);
  if (best !== undefined) {
    values.push(['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', String(best)], ['cmi.score.scaled', decimal(best / 100)]);
  }
  return values;
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
