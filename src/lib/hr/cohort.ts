/**
 * A cohort from a pile of learners' progress files (HR records). Each file is
 * read like an import (src/lib/progress/file.ts): a bad one is listed with its
 * reason and the rest still count. Files of the same learner are merged with
 * the learner's own merge rules (nothing lost; the newest file's profile and
 * attempt under way win). A learner is the same by employee ID, else by name.
 */
import { certificateId } from '../progress/certificate';
import type { Reason } from './consistency';
import type { TrustedSigner, Verdict } from '../trust/signature';
import type { SignatureStatus } from '../trust/words';
import { completion, type CompletionRules } from '../progress/completion';
import type { FileProblem, ReadFileResult } from '../progress/file';
import { mergeProgress } from '../progress/merge';
import type { Progress } from '../progress/schema';

export interface CohortContext {
  readonly course: string;
  /** Every lesson, in course order. */
  readonly lessons: readonly string[];
  /** The lessons with a knowledge check. */
  readonly checks: readonly string[];
  readonly rules: CompletionRules;
  readonly passMark: number;
  /** The course version (content/course.yaml), part of every signed completion. */
  readonly version: string;
  /** The keys whose signatures count: the build's, and any HR added. */
  readonly trustedSigners: readonly TrustedSigner[];
}

export interface LoadedFile {
  /** The file's name (or its path inside a dropped folder). */
  readonly name: string;
  readonly result: ReadFileResult;
  /** Why a readable file cannot be true (src/lib/hr/consistency.ts); none or absent when it is consistent. */
  readonly reasons?: readonly Reason[];
  /** What the file's signature proves; absent when it has none (self-reported). */
  readonly verdict?: Verdict;
}

/** A learner's records as signed: by a trusted trainer, by no one, or with a signature that fails. */
export type Signature = SignatureStatus;

/** An inconsistent file of a learner, with its reasons. */
export interface Inconsistency {
  readonly file: string;
  readonly reasons: readonly Reason[];
}

export type FinalResult = 'passed' | 'failed' | 'not-taken';

export interface Learner {
  /** Identity: "id:<employee id>", "name:<name>", or "file:<file name>" for a file with no details. */
  readonly key: string;
  readonly name?: string;
  readonly employeeId?: string;
  readonly email?: string;
  /** The learner's preferred language, if set. */
  readonly locale?: string;
  readonly doc: Progress;
  /** The files this learner's record came from, newest first. */
  readonly files: readonly string[];
  /** Set when several files were merged: how they were matched. */
  readonly matchedBy?: 'employee-id' | 'name';
  readonly lessonsCompleted: number;
  /** Best knowledge-check score per checked lesson; undefined when not attempted. */
  readonly checkScores: Readonly<Record<string, number | undefined>>;
  readonly finalScore?: number;
  readonly finalResult: FinalResult;
  readonly complete: boolean;
  /** Unix seconds, once complete. */
  readonly completedAt?: number;
  /** The same ID the learner's own certificate shows; only with a name and a completion. */
  readonly certificateId?: string;
  /**
   * The learner's files that cannot be true, with the reasons. A learner with
   * any is never counted as completed and gets no certificate.
   */
  readonly inconsistent?: readonly Inconsistency[];
  /** Any file with a failing signature makes it "invalid"; else a verified one makes it "verified". */
  readonly signature: Signature;
}

/** A learner as the table, the CSV and the certificates see them: everything but the merged document. */
export type LearnerRow = Omit<Learner, 'doc'>;

export interface Rejected {
  readonly file: string;
  readonly problem: FileProblem;
  readonly detail: string;
}

export interface Cohort {
  readonly learners: readonly Learner[];
  readonly rejected: readonly Rejected[];
}

/** For matching names and searching: one Unicode form, one space, no case. */
const normalise = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');

/** One verdict for a learner's files: a failing signature outweighs a good one (someone tampered with something). */
export function learnerSignature(verdicts: readonly (Verdict | undefined)[]): Signature {
  const invalid = verdicts.find((verdict) => verdict?.status === 'invalid');
  if (invalid?.status === 'invalid') return { status: 'invalid', reason: invalid.reason };
  const verified = verdicts.find((verdict) => verdict?.status === 'verified');
  return verified?.status === 'verified' ? { status: 'verified', signer: verified.signer } : { status: 'self-reported' };
}

function describe(key: string, doc: Progress, files: string[], matchedBy: Learner['matchedBy'], context: CohortContext, inconsistent: readonly Inconsistency[], verdicts: readonly (Verdict | undefined)[]): Learner {
  const checked = completion(doc, context.lessons, context.checks, context.rules);
  // An inconsistent record is never a completion, whatever it claims.
  const status = inconsistent.length ? { complete: false, completedAt: undefined } : checked;
  const name = doc.u?.n.trim();
  const finalScore = doc.f?.b;
  const finalResult: FinalResult = doc.f?.w !== undefined ? 'passed' : finalScore !== undefined ? 'failed' : 'not-taken';
  const lesson = (slug: string) => (Object.hasOwn(doc.l, slug) ? doc.l[slug] : undefined);
  return {
    key,
    ...(name ? { name } : {}),
    ...(doc.u?.e?.trim() ? { employeeId: doc.u.e.trim() } : {}),
    ...(doc.u?.m?.trim() ? { email: doc.u.m.trim() } : {}),
    ...(doc.u?.k ? { locale: doc.u.k } : {}),
    doc,
    files,
    ...(matchedBy ? { matchedBy } : {}),
    lessonsCompleted: context.lessons.filter((slug) => lesson(slug)?.c !== undefined).length,
    checkScores: Object.fromEntries(context.checks.map((slug) => [slug, lesson(slug)?.q?.b])),
    ...(finalScore !== undefined ? { finalScore } : {}),
    finalResult,
    complete: status.complete,
    ...(status.completedAt !== undefined ? { completedAt: status.completedAt } : {}),
    ...(status.complete && status.completedAt !== undefined && doc.u
      ? { certificateId: certificateId(context.course, doc.u.n, status.completedAt) }
      : {}),
    ...(inconsistent.length ? { inconsistent } : {}),
    signature: learnerSignature(verdicts),
  };
}

interface Group {
  doc: Progress;
  files: string[];
  by: 'employee-id' | 'name';
  inconsistent: Inconsistency[];
  verdicts: Array<Verdict | undefined>;
}

type GoodFile = { name: string; doc: Progress; exportedAt: string; reasons: readonly Reason[]; verdict: Verdict | undefined };
const inconsistencies = (file: GoodFile): Inconsistency[] => (file.reasons.length ? [{ file: file.name, reasons: file.reasons }] : []);

/** Builds the cohort. Files are taken newest export first, so the newest profile wins a merge. */
export function buildCohort(files: readonly LoadedFile[], context: CohortContext): Cohort {
  const rejected: Rejected[] = [];
  const good: GoodFile[] = [];
  for (const file of files) {
    if (file.result.ok) good.push({ name: file.name, doc: file.result.doc, exportedAt: file.result.file.exportedAt, reasons: file.reasons ?? [], verdict: file.verdict });
    else rejected.push({ file: file.name, problem: file.result.problem, detail: file.result.detail });
  }
  good.sort((a, b) => (a.exportedAt < b.exportedAt ? 1 : a.exportedAt > b.exportedAt ? -1 : a.name.localeCompare(b.name)));

  const groups = new Map<string, Group>();
  const add = (key: string, file: GoodFile, by: Group['by']) => {
    const group = groups.get(key);
    if (!group) groups.set(key, { doc: file.doc, files: [file.name], by, inconsistent: inconsistencies(file), verdicts: [file.verdict] });
    else {
      group.doc = mergeProgress(group.doc, file.doc, { replaceProfile: false });
      group.files.push(file.name);
      group.inconsistent.push(...inconsistencies(file));
      group.verdicts.push(file.verdict);
    }
  };
  // A file with no details cannot be matched to anyone: it stays a learner of its own.
  const anonymous = good.filter((file) => !file.doc.u);
  const withoutId: typeof good = [];
  for (const file of good) {
    const id = file.doc.u?.e?.trim();
    if (id) add(`id:${normalise(id)}`, file, 'employee-id');
    else if (file.doc.u) withoutId.push(file);
  }
  // A file without an employee ID joins the one learner with an ID and the same name, if there is exactly one.
  // The learners with an ID, by name, looked up once per file: a merge keeps the newest profile, so these names do not change below.
  const idsByName = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const name = normalise(group.doc.u!.n);
    idsByName.set(name, [...(idsByName.get(name) ?? []), key]);
  }
  for (const file of withoutId) {
    const name = normalise(file.doc.u!.n);
    const sameName = idsByName.get(name) ?? [];
    if (sameName.length === 1) {
      const key = sameName[0]!;
      add(key, file, 'name');
      groups.get(key)!.by = 'name';
    } else add(`name:${name}`, file, 'name');
  }

  const learners = [
    ...[...groups].map(([key, group]) => describe(key, group.doc, group.files, group.files.length > 1 ? group.by : undefined, context, group.inconsistent, group.verdicts)),
    ...anonymous.map((file) => describe(`file:${file.name}`, file.doc, [file.name], undefined, context, inconsistencies(file), [file.verdict])),
  ];
  return { learners, rejected };
}

export type SortKey = 'name' | 'employeeId' | 'lessons' | 'final' | 'status' | 'completedAt';
export type StatusFilter = 'all' | 'complete' | 'incomplete' | 'passed' | 'failed' | 'not-taken' | 'inconsistent' | 'verified';

const sortValue: Record<SortKey, (learner: LearnerRow) => string | number | undefined> = {
  name: (learner) => learner.name,
  employeeId: (learner) => learner.employeeId,
  lessons: (learner) => learner.lessonsCompleted,
  final: (learner) => learner.finalScore,
  status: (learner) => (learner.complete ? 1 : 0),
  completedAt: (learner) => learner.completedAt,
};

/** Sorted copy; learners with no value for the key always come last. */
export function sortLearners<T extends LearnerRow>(learners: readonly T[], key: SortKey, direction: 'ascending' | 'descending', locale: string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...learners].sort((a, b) => {
    const x = sortValue[key](a);
    const y = sortValue[key](b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

export function filterLearners<T extends LearnerRow>(learners: readonly T[], query: string, status: StatusFilter): T[] {
  const needle = normalise(query);
  // Nothing to find and everyone shown: the same list, without normalising 10,000 names.
  if (!needle && status === 'all') return [...learners];
  return learners.filter((learner) => {
    const matchesStatus =
      status === 'all' ||
      (status === 'complete' && learner.complete) ||
      (status === 'incomplete' && !learner.complete) ||
      (status === 'inconsistent' && learner.inconsistent !== undefined) ||
      (status === 'verified' && learner.signature.status === 'verified') ||
      // A learner whose records contradict themselves is never listed as having passed.
      (status === learner.finalResult && !(status === 'passed' && learner.inconsistent !== undefined));
    if (!matchesStatus) return false;
    const haystack = [learner.name, learner.employeeId, learner.email, ...learner.files].filter((text): text is string => Boolean(text)).map(normalise);
    return !needle || haystack.some((text) => text.includes(needle));
  });
}
