/**
 * Reading and writing the progress document as text. Whatever is in storage is
 * untrusted: reading never throws, and says exactly what was wrong so the
 * store can keep the unreadable text and tell the learner.
 */
import * as v from 'valibot';
import { formatPath } from '../friendly-errors';
import { migrate, type MigrationChain } from './migrate';
import { CURRENT_VERSION, emptyProgress, ProgressSchema, type Progress } from './schema';

export { serializeProgress } from './document';

/**
 * Upgrades from older versions, keyed by the version they upgrade from; each
 * has a fixture of a real document of that version in tests/fixtures.
 * 1 → 2: version 2 only added optional fields (src/lib/progress/schema.ts), so
 * a version 1 document needs nothing but its new number (which `migrate` sets).
 */
export const PROGRESS_MIGRATIONS: MigrationChain = { 1: (doc) => doc };

export type ReadProblem = 'corrupt' | 'invalid' | 'newer';

export type ReadResult =
  | { ok: true; doc: Progress; migratedFrom?: number }
  | { ok: false; problem: ReadProblem; detail: string };

/** Parses stored text. Nothing stored (null or undefined) is a fresh, valid start. */
export function readProgress(
  raw: string | null | undefined,
  chain: MigrationChain = PROGRESS_MIGRATIONS,
): ReadResult {
  if (raw === null || raw === undefined) return { ok: true, doc: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: (error as Error).message };
  }
  return validateProgress(parsed, chain);
}

/** Validates an already parsed value (stored or imported) and migrates it to the current version. */
export function validateProgress(parsed: unknown, chain: MigrationChain = PROGRESS_MIGRATIONS): ReadResult {
  let migrated;
  try {
    migrated = migrate(parsed, CURRENT_VERSION, chain);
  } catch (error) {
    return { ok: false, problem: 'invalid', detail: `migration failed: ${(error as Error).message}` };
  }
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return { ok: false, problem: 'newer', detail: `written by version ${String(migrated.found)}` };
    }
    return { ok: false, problem: 'invalid', detail: `${migrated.reason}: no usable version number` };
  }
  const result = v.safeParse(ProgressSchema, migrated.doc);
  if (!result.success) {
    // One line is enough: learners see a plain notice, and the data itself is kept for whoever looks closer.
    const [first] = result.issues;
    return { ok: false, problem: 'invalid', detail: `${formatPath(first.path)}: ${first.message}` };
  }
  return migrated.from === CURRENT_VERSION
    ? { ok: true, doc: result.output }
    : { ok: true, doc: result.output, migratedFrom: migrated.from };
}
