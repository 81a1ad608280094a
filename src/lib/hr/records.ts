/** The cohort as rows for the CSV export: one header row, then one row per learner. */
import type { Cell } from './csv';
import { isoTime } from './csv';
import type { CohortContext, FinalResult, LearnerRow, Signature } from './cohort';
import type { Reason } from './consistency';
import { describeReason } from './reason-words';
import { signatureWords } from '../trust/words';

export interface RecordLabels {
  readonly name: string;
  readonly employeeId: string;
  readonly email: string;
  readonly lessonsCompleted: string;
  readonly lessonsInCourse: string;
  /** Header of a knowledge-check column, given the lesson's title. */
  readonly check: (lessonTitle: string) => string;
  readonly finalScore: string;
  readonly finalResult: string;
  readonly complete: string;
  readonly completedAt: string;
  readonly certificateId: string;
  readonly files: string;
  readonly results: Readonly<Record<FinalResult, string>>;
  readonly yes: string;
  readonly no: string;
  /** The consistency column: its header, its two values, and each reason in words. */
  readonly recordCheck: string;
  readonly consistent: string;
  readonly inconsistent: string;
  readonly reason: (reason: Reason) => string;
  /** The signature column: its header and each learner's verdict in words. */
  readonly signature: string;
  readonly signatureWords: (signature: Signature) => string;
}

/** The column headers and values in the interface language ("hr.csv." and "hr.result." strings). */
export function recordLabels(t: (key: string, values?: Record<string, string | number>) => string): RecordLabels {
  return {
    name: t('hr.csv.name'),
    employeeId: t('hr.csv.employeeId'),
    email: t('hr.csv.email'),
    lessonsCompleted: t('hr.csv.lessonsCompleted'),
    lessonsInCourse: t('hr.csv.lessonsInCourse'),
    check: (title) => t('hr.csv.check', { lesson: title }),
    finalScore: t('hr.csv.finalScore'),
    finalResult: t('hr.csv.finalResult'),
    complete: t('hr.csv.complete'),
    completedAt: t('hr.csv.completedAt'),
    certificateId: t('hr.csv.certificateId'),
    files: t('hr.csv.files'),
    results: { passed: t('hr.result.passed'), failed: t('hr.result.failed'), 'not-taken': t('hr.result.notTaken') },
    yes: t('hr.csv.yes'),
    no: t('hr.csv.no'),
    recordCheck: t('hr.csv.recordCheck'),
    consistent: t('consistency.consistent'),
    inconsistent: t('consistency.inconsistent'),
    reason: (reason) => describeReason(reason, t),
    signature: t('hr.csv.signature'),
    signatureWords: (signature) => signatureWords(signature, t),
  };
}

export function cohortRecords(learners: readonly LearnerRow[], context: CohortContext, lessonTitles: Readonly<Record<string, string>>, labels: RecordLabels): Cell[][] {
  const header: Cell[] = [
    labels.name,
    labels.employeeId,
    labels.email,
    labels.lessonsCompleted,
    labels.lessonsInCourse,
    ...context.checks.map((slug) => labels.check(lessonTitles[slug] ?? slug)),
    labels.finalScore,
    labels.finalResult,
    labels.complete,
    labels.completedAt,
    labels.certificateId,
    labels.files,
    labels.recordCheck,
    labels.signature,
  ];
  const rows = learners.map((learner): Cell[] => [
    learner.name,
    learner.employeeId,
    learner.email,
    learner.lessonsCompleted,
    context.lessons.length,
    ...context.checks.map((slug) => learner.checkScores[slug]),
    learner.finalScore,
    labels.results[learner.finalResult],
    learner.complete ? labels.yes : labels.no,
    learner.completedAt === undefined ? undefined : isoTime(learner.completedAt),
    learner.certificateId,
    learner.files.join('; '),
    learner.inconsistent
      ? `${labels.inconsistent}: ${learner.inconsistent.map(({ file, reasons }) => `${file}: ${reasons.map(labels.reason).join('; ')}`).join(' | ')}`
      : labels.consistent,
    labels.signatureWords(learner.signature),
  ]);
  return [header, ...rows];
}

/** "moments-of-truth-cohort-2026-11-22.csv" */
export function cohortFileName(course: string, now: Date, extension: 'csv' | 'pdf', suffix = 'cohort'): string {
  return `${course}-${suffix}-${now.toISOString().slice(0, 10)}.${extension}`;
}
