/**
 * What the author-facing components of a lesson point at, checked at content sync (no page
 * renders first): a <Stat>/<Story>/<Figure> source among the lesson's sources, a <Term> a glossary id,
 * a <LessonLink> a lesson and a section its page has in this locale, <FacilitatorNotes> timing
 * keys that are sections and add up to workshopMinutes, and a role-play that exists.
 * Pure: the loader passes what it read (src/loaders/lessons.ts).
 */
import type { LessonOutline } from './outline';

export interface ReferenceContext {
  /** The lesson file, for messages, e.g. "content/lessons/ar/x.mdx". */
  readonly file: string;
  /** The locale the lesson is shown in (its links land on that locale's pages). */
  readonly locale: string;
  readonly defaultLocale: string;
  /** The lesson's frontmatter `sources` and `workshopMinutes`. */
  readonly sources: readonly string[];
  readonly workshopMinutes: unknown;
  /** Ids the lesson page itself gives its parts (title, objectives, try-it…). */
  readonly pageSections: readonly string[];
  /** Timing keys that are not sections (the group activity). */
  readonly extraTimingKeys: readonly string[];
  readonly glossary: readonly string[];
  readonly roleplays: readonly string[];
  readonly lessons: readonly string[];
  /** The ids the page of `slug` has in this locale. */
  readonly sectionsOf: (slug: string) => ReadonlySet<string>;
  /** Shape problems of a component's string props (the schemas of src/schemas/mdx-components.ts). */
  readonly propsProblems: (name: string, props: Readonly<Record<string, string>>) => string[];
}

/** One block per component with problems: "Invalid <Name> in file:line" and a line per problem. */
export function componentProblems(outline: LessonOutline, context: ReferenceContext): string[] {
  const blocks: string[] = [];
  const ownSections = new Set([...context.pageSections, ...outline.sections]);
  for (const use of outline.components) {
    const { props } = use;
    const problems = [...context.propsProblems(use.name, props)];
    switch (use.name) {
      case 'Stat':
      case 'Story':
      case 'Figure':
        if (props.source && !context.sources.includes(props.source)) problems.push(`source: "${props.source}" is not one of the lesson's sources (${context.sources.join(', ')})`);
        break;
      case 'Term':
        if (props.id && !context.glossary.includes(props.id)) problems.push(`id: no glossary entry "${props.id}" in content/glossary/${context.defaultLocale}.yaml`);
        break;
      case 'LessonLink':
        if (props.to && !context.lessons.includes(props.to)) problems.push(`to: no lesson "${props.to}" in content/lessons/${context.defaultLocale}; known: ${context.lessons.join(', ')}`);
        else if (props.to && props.section) {
          const known = context.sectionsOf(props.to);
          if (!known.has(props.section)) problems.push(`section: "#${props.section}" is not a section of the ${context.locale} page of "${props.to}"; known: ${[...known].join(', ')}`);
        }
        break;
      default: {
        // FacilitatorNotes: the outline sets `timing` (perhaps empty) whenever it finds them.
        const timing = outline.timing as Readonly<Record<string, number>>;
        for (const key of Object.keys(timing)) {
          if (!ownSections.has(key) && !context.extraTimingKeys.includes(key)) {
            problems.push(`timing.${key}: not a section of this lesson; use a heading id (${[...ownSections].join(', ')}) or ${context.extraTimingKeys.join(', ')}`);
          }
        }
        const total = Object.values(timing).reduce((sum, minutes) => sum + minutes, 0);
        if (total !== context.workshopMinutes) problems.push(`timing: adds up to ${total} minutes, but workshopMinutes in the frontmatter is ${String(context.workshopMinutes)}`);
        if (!props.roleplay || !context.roleplays.includes(props.roleplay)) problems.push(`roleplay: unknown role-play "${props.roleplay ?? ''}"; known: ${context.roleplays.join(', ')}`);
      }
    }
    if (problems.length > 0) blocks.push(`Invalid <${use.name}> in ${context.file}:${use.line}\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
  return blocks;
}
