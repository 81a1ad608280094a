/**
 * The progress file a learner downloads and can import on another browser or
 * device. It wraps the progress document:
 *
 *   { "format": "moments-of-truth-progress", "version": 1, "course": "<course id>",
 *     "exportedAt": "<ISO 8601 time>", "progress": <progress document> }
 *
 * A trainer may add "signature" (src/lib/trust/signature.ts): it is kept
 * as it is, unchecked, for whoever verifies it; a file without one is as good
 * as before. Other fields a later version may add are ignored.
 *
 * Reading a file is validated like storage (schema, version, migration) and
 * never throws: a bad file gets a message that says what is wrong.
 */
import * as v from 'valibot';
import { readProgress, validateProgress } from './codec';
import type { Progress } from './schema';

export const FILE_FORMAT = 'moments-of-truth-progress';
export const FILE_VERSION = 1;
/** Files larger than this are refused before they are read: a real one is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

const FileShape = v.object({
  format: v.literal(FILE_FORMAT),
  version: v.number(),
  course: v.string(),
  exportedAt: v.string(),
  progress: v.unknown(),
  signature: v.optional(v.unknown()),
});

export interface ProgressFile {
  readonly format: typeof FILE_FORMAT;
  readonly version: number;
  readonly course: string;
  readonly exportedAt: string;
  readonly progress: Progress;
  /** A trainer's signature on the completion, unchecked (src/lib/trust/signature.ts). */
  readonly signature?: unknown;
}

export function makeProgressFile(doc: Progress, course: string, now: Date): ProgressFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, course, exportedAt: now.toISOString(), progress: doc };
}

/** "Fatima Al-Zahra" → "fatima-al-zahra": letters and digits of any script, safe in a file name on every file system. */
export function fileNamePart(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** "moments-of-truth-progress-fatima-al-zahra-2026-11-22.json": readable, safe on every file system. */
export function progressFileName(course: string, name: string | undefined, now: Date): string {
  const who = fileNamePart(name ?? '');
  return `${course}-progress-${who ? `${who}-` : ''}${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The progress a browser keeps, read as the progress store reads it: for the
 * trainer page, which signs a learner's progress on the learner's own device
 * without loading the store (importing the codec there directly would split
 * the learner pages' shared code into one more chunk).
 */
export const readStoredProgress = readProgress;

export type FileProblem = 'too-large' | 'not-json' | 'not-progress' | 'other-course' | 'newer' | 'invalid';

/** The interface string (content/ui) that explains each reason a file is refused; "{detail}" is the result's detail. */
export const FILE_PROBLEM_KEYS: Readonly<Record<FileProblem, string>> = {
  'too-large': 'file.problem.tooLarge',
  'not-json': 'file.problem.notJson',
  'not-progress': 'file.problem.notProgress',
  'other-course': 'file.problem.otherCourse',
  newer: 'file.problem.newer',
  invalid: 'file.problem.invalid',
};

export type ReadFileResult = { ok: true; doc: Progress; file: Omit<ProgressFile, 'progress'> } | { ok: false; problem: FileProblem; detail: string };

/** Reads an imported file's text. `size` is checked first: a huge file is refused before parsing. */
export function readProgressFile(text: string, course: string, size = text.length): ReadFileResult {
  if (size > MAX_FILE_BYTES) return { ok: false, problem: 'too-large', detail: `${(size / 1048576).toFixed(1)} MB` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: (error as Error).message };
  }
  const shape = v.safeParse(FileShape, parsed);
  if (!shape.success) return { ok: false, problem: 'not-progress', detail: shape.issues[0].message };
  const file = shape.output;
  if (file.course !== course) return { ok: false, problem: 'other-course', detail: file.course };
  if (file.version > FILE_VERSION) return { ok: false, problem: 'newer', detail: `file version ${file.version}` };
  const progress = validateProgress(file.progress);
  if (!progress.ok) return { ok: false, problem: progress.problem === 'newer' ? 'newer' : 'invalid', detail: progress.detail };
  const kept = { format: file.format, version: file.version, course: file.course, exportedAt: file.exportedAt };
  return { ok: true, doc: progress.doc, file: file.signature === undefined ? kept : { ...kept, signature: file.signature } };
}
