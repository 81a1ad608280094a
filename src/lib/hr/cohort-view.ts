/**
 * The cohort as the HR page shows it, made where the files are read (a Web
 * Worker on the page): the learners without their merged documents, the
 * refused files, the summary, the per-lesson statistics, the most-missed
 * questions and who gets a certificate. The page receives only this, so a
 * cohort of 10,000 learners is a few megabytes of rows, not 10,000 documents.
 */
import { readProgressFile } from '../progress/file';
import type { Progress } from '../progress/schema';
import type { Question } from '../quiz/types';
import { certificateGaps, type CertificateGaps } from './certificate-entries';
import type { Reason } from './consistency';
import { buildCohort, type CohortContext, type Learner, type LearnerRow, type LoadedFile, type Rejected } from './cohort';
import { lessonStats, mostMissed, summarise, type LessonStat, type MissedQuestion, type Summary } from './statistics';

export interface CohortView {
  readonly learners: readonly LearnerRow[];
  readonly rejected: readonly Rejected[];
  readonly summary: Summary;
  readonly stats: readonly LessonStat[];
  readonly missed: readonly MissedQuestion[];
  readonly gaps: CertificateGaps;
}

/** How many of the most-missed questions the page lists. */
export const MISSED_LIMIT = 5;

/** A learner without the merged document (which only the statistics need). */
export function learnerRow(learner: Learner): LearnerRow {
  const { doc, ...row } = learner;
  void doc;
  return row;
}

/** Everything the page shows of the files read so far. */
export function cohortView(files: readonly LoadedFile[], context: CohortContext, bank: readonly Question[]): CohortView {
  const cohort = buildCohort(files, context);
  const learners = cohort.learners.map(learnerRow);
  return {
    learners,
    rejected: cohort.rejected,
    summary: summarise(learners),
    stats: lessonStats(cohort.learners, context),
    missed: mostMissed(cohort.learners, bank, MISSED_LIMIT),
    gaps: certificateGaps(learners),
  };
}

/**
 * One file read into its parsed, validated document: the text is dropped at
 * once, so what stays in memory per learner is the small progress document.
 * `text` is undefined when the file is over the size limit (never read) and an
 * Error when it could not be read at all. `inspect` lists why a readable file
 * cannot be true (checkConsistency).
 */
export function loadedFile(name: string, text: string | Error | undefined, size: number, course: string, inspect?: (doc: Progress, exportedAt: string) => Reason[]): LoadedFile {
  if (text instanceof Error) return { name, result: { ok: false, problem: 'not-json', detail: text.message } };
  const result = readProgressFile(text ?? '', course, size);
  const reasons = result.ok && inspect ? inspect(result.doc, result.file.exportedAt) : [];
  return reasons.length ? { name, result, reasons } : { name, result };
}
