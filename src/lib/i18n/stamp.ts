/**
 * Writing `translatedFrom:` into translation files as text, so a stamp changes one line and
 * leaves the translator's formatting and comments alone.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sets `translatedFrom:` in an MDX file's frontmatter. */
export function stampFrontmatter(text: string, hash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('the file has no frontmatter');
  const frontmatter = match[1]!;
  const stamped = /^translatedFrom:.*$/m.test(frontmatter) ? frontmatter.replace(/^translatedFrom:.*$/m, `translatedFrom: ${hash}`) : `${frontmatter}\ntranslatedFrom: ${hash}`;
  return text.replace(frontmatter, stamped);
}

/** Sets a top-level `translatedFrom:` in a YAML file (before its first key). */
export function stampTopLevel(text: string, hash: string): string {
  if (/^translatedFrom:.*$/m.test(text)) return text.replace(/^translatedFrom:.*$/m, `translatedFrom: ${hash}`);
  const lines = text.split('\n');
  const first = lines.findIndex((line) => /^[A-Za-z_]/.test(line));
  lines.splice(first === -1 ? lines.length : first, 0, `translatedFrom: ${hash}`);
  return lines.join('\n');
}

/**
 * Sets `translatedFrom:` on the list item `- id: <id>` of a YAML file (a quiz question, a
 * glossary term), right after its id line.
 */
export function stampListItem(text: string, id: string, hash: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^(\\s*)- id: ["']?${escapeRegExp(id)}["']?\\s*$`).test(line));
  if (start === -1) throw new Error(`no item "- id: ${id}"`);
  const indent = /^(\s*)-/.exec(lines[start]!)![1]!.length + 2;
  const field = `${' '.repeat(indent)}translatedFrom: ${hash}`;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const depth = line.length - line.trimStart().length;
    if (depth < indent) break;
    if (depth === indent && line.trimStart().startsWith('translatedFrom:')) {
      lines[index] = field;
      return lines.join('\n');
    }
  }
  lines.splice(start + 1, 0, field);
  return lines.join('\n');
}
