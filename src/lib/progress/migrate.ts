/**
 * Migrations between versions of a stored document. Each step takes a document
 * of version N and returns one of version N + 1; `migrate` chains them. The
 * chain is data, so tests can run it on fixture chains long before the
 * progress document has a version 2.
 */

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Steps keyed by the version they upgrade *from*. */
export type MigrationChain = Readonly<Record<number, Migration>>;

export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; reason: 'no-version' | 'newer' | 'no-path'; found: unknown };

export function readVersion(doc: unknown): number | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const version = (doc as Record<string, unknown>).v;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** Brings `doc` up to `target`, or says why it cannot. A step that throws is the caller's to catch. */
export function migrate(doc: unknown, target: number, chain: MigrationChain): MigrateResult {
  const from = readVersion(doc);
  if (from === undefined) return { ok: false, reason: 'no-version', found: doc };
  if (from > target) return { ok: false, reason: 'newer', found: from };
  let current = doc as Record<string, unknown>;
  for (let version = from; version < target; version += 1) {
    const step = chain[version];
    if (!step) return { ok: false, reason: 'no-path', found: version };
    current = { ...step(current), v: version + 1 };
  }
  return { ok: true, doc: current, from };
}
