/**
 * Explicit heading ids, shared by every locale: `## Nine expectations {/* #nine-expectations *\/}`.
 * The marker is an MDX comment, so an MDX file stays valid wherever it is read; the id is the
 * anchor that quizzes, role-plays, lesson links and facilitator timings point at, and a
 * translation keeps it while its heading text changes.
 */

/** The form an explicit id takes: lowercase ASCII letters and digits, words joined by hyphens. */
export const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MARKER = /^\s*\/\*\s*#(\S*)\s*\*\/\s*$/;

/**
 * The id in the text of an MDX expression (`/* #id *\/`), if it is a heading-id marker.
 * Returns `undefined` for any other expression and throws when the marker's id is not a valid id.
 */
export function headingIdMarker(expression: string): string | undefined {
  const match = MARKER.exec(expression);
  if (!match) return undefined;
  const id = match[1]!;
  if (!SECTION_ID.test(id)) {
    throw new Error(`Heading id "#${id}" is not a valid section id: use lowercase letters a-z, digits and single hyphens (for example #nine-expectations).`);
  }
  return id;
}
