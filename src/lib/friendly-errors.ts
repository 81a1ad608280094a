/**
 * Turns a schema failure into a message an author can act on: which file, which
 * path inside it, and what is wrong there. Every content schema goes through
 * this one helper (build time with zod, browser time with valibot) so the
 * wording is the same everywhere, and tests pin it.
 */

/** The part of a zod or valibot issue that we report. */
export interface SchemaIssue {
  readonly path?: ReadonlyArray<PropertyKey | { key: unknown }> | undefined;
  readonly message: string;
  /** zod nests the real reason for a bad record key here. */
  readonly issues?: ReadonlyArray<{ readonly message: string }> | undefined;
}

export type SafeParse<T> = (
  input: unknown,
) => { success: true; data: T } | { success: false; issues: ReadonlyArray<SchemaIssue> };

/** Thrown when authored content does not match its schema. */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(message: string) {
    super(message);
    // The message names the file and the path: a stack (and the location Astro reads from it) would only bury it.
    this.stack = '';
  }
}

/** `objectives.0`, or `(root)` for the document itself. */
export function formatPath(path: SchemaIssue['path']): string {
  if (!path || path.length === 0) return '(root)';
  return path
    .map((segment) => (typeof segment === 'object' && segment !== null ? String(segment.key) : String(segment)))
    .join('.');
}

export function formatIssues(heading: string, issues: ReadonlyArray<SchemaIssue>): string {
  const lines = issues.map((issue) => {
    const reason = issue.issues?.length ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
    return `  - ${formatPath(issue.path)}: ${reason}`;
  });
  return [heading, ...lines].join('\n');
}

/**
 * Parses `input` and returns the data, or throws a ContentError whose message
 * starts with `heading` (say "Invalid lesson frontmatter in content/lessons/en/x.mdx")
 * and lists every bad path.
 */
export function parseWithFriendlyErrors<T>(safeParse: SafeParse<T>, input: unknown, heading: string): T {
  const result = safeParse(input);
  if (result.success) return result.data;
  throw new ContentError(formatIssues(heading, result.issues));
}
