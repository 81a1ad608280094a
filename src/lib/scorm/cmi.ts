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
 * (the page the learner is on, the session time and the exit are in ./session.ts).
 *
 * Read back: cmi.suspend_data (validated exactly like localStorage, by
 * readProgress) and the learner's name.
 */
import { completion } from '../progress/completion';
import { readProgress, type ReadProblem } from '../progress/codec';
import { mergeProgress } from '../progress/merge';
import { emptyProgress, MAX_NAME, type Progress } from '../progress/schema';
import type { ScormVersion } from './api';
import { ELEMENTS, type ScormCourse } from './session';

/** The longest suspend_data each version must accept (SCORM 1.2: CMIString4096; 2004 4th edition: 64,000). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/**
 * The progress document as stored in suspend_data: JSON in ASCII (escapes
 * make a name in Arabic six times longer), or plain JSON when the ASCII form
 * would pass `limit`. The schema keeps plain JSON within 4,096 characters
 * without the flashcard answers ("g"), which are left out when the whole
 * document would pass `limit`: they stay in the browser, and merging what the
 * LMS kept back in (`restore`) keeps them.
 */
export function encodeSuspend(doc: Progress, limit: number): string {
  const encode = (value: Progress) => {
    const json = JSON.stringify(value);
    const ascii = json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return ascii.length <= limit ? ascii : json;
  };
  const whole = encode(doc);
  if (whole.length <= limit || !doc.g) return whole;
  const { g: _cards, ...rest } = doc;
  return encode(rest);
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
 *
 * `sameLearner` false (this browser's progress was last synced for another
 * LMS learner: a shared computer) leaves `local` out entirely: it is that
 * learner's, and their LMS record already has it.
 */
export function restore(local: Progress, suspendData: string, lmsName: string, sameLearner = true): Restored {
  const read = readProgress(suspendData === '' ? null : suspendData);
  const mine = sameLearner ? local : emptyProgress();
  const base = read.ok ? mergeProgress(read.doc, mine, { replaceProfile: false }) : mine;
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

