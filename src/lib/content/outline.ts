/**
 * A lesson's outline, read once from its MDX text at content sync: frontmatter, section ids
 * (explicit `{/* #id *\/}` markers, else the slug Astro gives the text), the facilitator
 * timing, and every author-facing component with its string props and line, so that
 * references are checked before any page renders.
 */
import GithubSlugger from 'github-slugger';
import { headingIdMarker } from './heading-id';

export interface ComponentUse {
  /** e.g. "Stat" */
  readonly name: string;
  /** Its string props (`name="value"`). */
  readonly props: Readonly<Record<string, string>>;
  /** 1-based line in the file. */
  readonly line: number;
}

export interface LessonOutline {
  /** The YAML between the first two `---` lines. */
  readonly frontmatter: string;
  /** Section ids outside <FacilitatorNotes>, in order. */
  readonly sections: readonly string[];
  /** Headings outside <FacilitatorNotes> without an explicit id, as written. */
  readonly unmarked: readonly string[];
  /** Heading text by id (every heading, the facilitator notes' included). */
  readonly headings: ReadonlyMap<string, string>;
  /** <FacilitatorNotes timing={{ … }}> key by key, when the lesson has notes. */
  readonly timing: Readonly<Record<string, number>> | undefined;
  readonly roleplay: string | undefined;
  readonly components: readonly ComponentUse[];
}

/** Components whose props name other content (sources, glossary terms, lessons, sections). */
export const CHECKED_COMPONENTS = ['Stat', 'Story', 'Figure', 'Term', 'LessonLink', 'FacilitatorNotes'] as const;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function lessonOutlineOf(text: string): LessonOutline {
  const normalised = text.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalised);
  const frontmatter = match?.[1] ?? '';
  const bodyStart = match ? match[0].length : 0;
  const body = normalised.slice(bodyStart);
  const slugger = new GithubSlugger();
  const headings = new Map<string, string>();
  const sections: string[] = [];
  const unmarked: string[] = [];
  let inNotes = false;
  let inFence = false;
  // The body with fenced code blanked out (lines kept, so line numbers hold): code is not content.
  const scannable: string[] = [];
  for (const line of body.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (fence) inFence = !inFence;
    scannable.push(inFence || fence ? '' : line);
    if (inFence || fence) continue;
    if (/<FacilitatorNotes\b/.test(line)) inNotes = true;
    const heading = /^#{2,6}\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const marker = /\s*\{(\/\*[^}]*\*\/)\}$/.exec(heading[1]!);
      const explicit = marker ? headingIdMarker(marker[1]!) : undefined;
      const textOnly = (explicit ? heading[1]!.slice(0, marker!.index) : heading[1]!).replace(/[*_`]/g, '');
      const id = explicit ?? slugger.slug(textOnly);
      headings.set(id, textOnly);
      if (!inNotes) sections.push(id);
      if (!inNotes && !explicit) unmarked.push(textOnly);
    }
    if (/<\/FacilitatorNotes>/.test(line)) inNotes = false;
  }
  const components: ComponentUse[] = [];
  let timing: Record<string, number> | undefined;
  let roleplay: string | undefined;
  const tag = new RegExp(`<(${CHECKED_COMPONENTS.join('|')})\\b((?:[^>"{]|"[^"]*"|\\{\\{[^}]*\\}\\})*)>`, 'g');
  const code = scannable.join('\n');
  const offset = lineAt(normalised, bodyStart) - 1;
  for (const found of code.matchAll(tag)) {
    const [, name, attributes = ''] = found;
    const props: Record<string, string> = {};
    for (const [, key, value] of attributes.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) props[key!] = value!;
    components.push({ name: name!, props, line: offset + lineAt(code, found.index) });
    if (name === 'FacilitatorNotes') {
      roleplay = props.roleplay;
      const object = /timing=\{\{([^}]*)\}\}/.exec(attributes)?.[1] ?? '';
      timing = Object.fromEntries([...object.matchAll(/"?([\p{L}\p{M}\p{N}-]+)"?\s*:\s*(\d+)/gu)].map(([, key, minutes]) => [key!, Number(minutes)]));
    }
  }
  return { frontmatter, sections, unmarked, headings, timing, roleplay, components };
}
