/**
 * content/lessons/<locale>/<slug>.mdx: frontmatter validated by its schema, then what a schema
 * cannot say, at content sync (before any page renders): the props of the author-facing
 * components that point at other content, and a translation's parity with its original.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { ContentError, formatIssues, parseWithFriendlyErrors } from '../lib/friendly-errors';
import { lessonOutlineOf, type LessonOutline } from '../lib/content/outline';
import { componentProblems as checkReferences } from '../lib/content/references';
import { contentHash, translationState, type TranslationState } from '../lib/i18n/hash';
import { translationProblems } from '../lib/i18n/parity';
import { EXTRA_TIMING_KEYS, FigureProps, LessonLinkProps, StatProps, StoryProps, TermProps } from '../schemas/mdx-components';
import type { Course } from '../schemas/course';
import { exists, listFiles, loadCourse, readStructured, readText, rootRelative, zodSafeParse } from './files';

/** Ids the lesson page gives its own parts, which questions and links may also point at. */
export const PAGE_SECTIONS = ['lesson-title', 'objectives-heading', 'try-it', 'key-takeaways', 'sources-heading'];

export interface LessonFile {
  readonly file: string;
  readonly outline: LessonOutline;
  readonly frontmatter: Record<string, unknown>;
  /** The fingerprint a translation records in `translatedFrom:`. */
  readonly hash: string;
}

export const lessonPath = (locale: string, slug: string) => `content/lessons/${locale}/${slug}.mdx`;

const outlines = new Map<string, { text: string; lesson: LessonFile }>();

/** Reads and outlines one lesson file (undefined when it does not exist); outlined once per content. */
export function readLesson(file: string): LessonFile | undefined {
  if (!exists(file)) return undefined;
  const text = readText(file).replace(/\r\n/g, '\n');
  const known = outlines.get(file);
  if (known?.text === text) return known.lesson;
  const lesson = outlineLesson(file, text);
  outlines.set(file, { text, lesson });
  return lesson;
}

function outlineLesson(file: string, text: string): LessonFile {
  const outline = lessonOutlineOf(text);
  const frontmatter = (parseYaml(outline.frontmatter) ?? {}) as Record<string, unknown>;
  const body = text.slice(text.indexOf('\n---', 3) + 4).trim();
  // `order` and `translatedFrom` are not part of what is translated.
  const { order: _order, translatedFrom: _from, ...shared } = frontmatter;
  return { file, outline, frontmatter, hash: contentHash({ frontmatter: shared, body }) };
}

export interface LessonTranslation {
  readonly state: TranslationState | 'missing';
  readonly translation: LessonFile | undefined;
  readonly original: LessonFile | undefined;
}

/** Where `locale`'s translation of a lesson stands. */
export function lessonTranslation(course: Course, locale: string, slug: string): LessonTranslation {
  const original = readLesson(lessonPath(course.defaultLocale, slug));
  const translation = locale === course.defaultLocale ? original : readLesson(lessonPath(locale, slug));
  if (!translation) return { state: 'missing', translation, original };
  if (!original || locale === course.defaultLocale) return { state: 'current', translation, original };
  const from = translation.frontmatter.translatedFrom;
  return { state: translationState(original.hash, typeof from === 'string' ? from : undefined), translation, original };
}

/** The ids a lesson page has in `locale` (its translation's unless that is missing or out of date). */
export function sectionsShown(course: Course, locale: string, slug: string): Set<string> {
  const { state, translation, original } = lessonTranslation(course, locale, slug);
  // A translation that contradicts its original fails the lessons' sync, naming it: links are checked against the original meanwhile.
  const shown = state === 'missing' || state === 'outOfDate' || lessonParityProblems(course, locale, slug).length > 0 ? original : translation;
  return new Set([...PAGE_SECTIONS, ...(shown?.outline.sections ?? [])]);
}

const PROPS: Record<string, z.ZodType> = { Stat: StatProps, Story: StoryProps, Figure: FigureProps, Term: TermProps, LessonLink: LessonLinkProps };

/** Shape problems of a component's string props; expression props (`{…}`) are not read here, so a missing one is no error. */
function propsProblems(name: string, props: Readonly<Record<string, string>>): string[] {
  const schema = PROPS[name];
  const result = schema?.safeParse(props);
  if (!result || result.success) return [];
  return formatIssues('', result.error.issues).split('\n').slice(1).filter((line) => !/expected string, received undefined/.test(line)).map((line) => line.replace(/^ {2}- /, ''));
}

/** Problems with the components of one lesson file (src/lib/content/references.ts), with what they point at read here. */
export function componentProblems(course: Course, locale: string, lesson: LessonFile): string[] {
  return checkReferences(lesson.outline, {
    file: lesson.file,
    locale,
    defaultLocale: course.defaultLocale,
    sources: (lesson.frontmatter.sources as string[] | undefined) ?? [],
    workshopMinutes: lesson.frontmatter.workshopMinutes,
    pageSections: PAGE_SECTIONS,
    extraTimingKeys: EXTRA_TIMING_KEYS,
    glossary: ((readStructured(`content/glossary/${course.defaultLocale}.yaml`) as Array<{ id?: string }> | null) ?? []).map((entry) => entry.id ?? ''),
    roleplays: listFiles(`content/roleplays/${course.defaultLocale}`, '.yaml').map((name) => name.replace(/\.yaml$/, '')),
    lessons: listFiles(`content/lessons/${course.defaultLocale}`, '.mdx').map((name) => name.replace(/\.mdx$/, '')),
    sectionsOf: (slug) => sectionsShown(course, locale, slug),
    propsProblems,
  });
}

/**
 * A translation's contradictions with its original (none when it is out of date: it then falls back),
 * or, with `evenIfOutOfDate`, those it would have once stamped (`npm run i18n:stamp -- --refresh`
 * must not stamp a translation that still lacks, say, a figure its original gained).
 */
export function lessonParityProblems(course: Course, locale: string, slug: string, evenIfOutOfDate = false): string[] {
  const { state, translation, original } = lessonTranslation(course, locale, slug);
  if (!translation || locale === course.defaultLocale || (state === 'outOfDate' && !evenIfOutOfDate)) return [];
  if (!original) return [`(file): there is no original ${lessonPath(course.defaultLocale, slug)} for it to translate`];
  const value = (lesson: LessonFile) => ({
    frontmatter: lesson.frontmatter,
    sections: lesson.outline.sections,
    timing: lesson.outline.timing,
    roleplay: lesson.outline.roleplay,
    figures: lesson.outline.components.filter((use) => use.name === 'Figure').map((use) => use.props),
    terms: lesson.outline.components.flatMap((use) => (use.name === 'Term' && use.props.id ? [use.props.id] : [])),
  });
  return translationProblems({ kind: 'lesson', value: value(original) }, { kind: 'lesson', value: value(translation) });
}

/** The course's lesson list (content/course.yaml `lessons:`) against the original lesson files. */
export function listProblems(course: Course): string[] {
  const files = listFiles(`content/lessons/${course.defaultLocale}`, '.mdx').map((name) => name.replace(/\.mdx$/, ''));
  return [
    ...course.lessons.filter((slug) => !files.includes(slug)).map((slug) => `lessons.${course.lessons.indexOf(slug)}: "${slug}" has no file ${lessonPath(course.defaultLocale, slug)}`),
    ...files.filter((slug) => !course.lessons.includes(slug)).map((slug) => `lessons: ${lessonPath(course.defaultLocale, slug)} is not in the list; add "- ${slug}" where it belongs in the course`),
  ];
}

/**
 * The lessons collection: Astro's glob loader for the frontmatter (schema), then every entry
 * checked here on every sync (the glob loader skips files it has seen, but their references may
 * have changed): a mistake fails the content sync with the file (and line) and the path inside
 * it. A translation's entry says whether it is out of date (`outOfDate`): its page then shows
 * the original.
 */
export function lessonsLoader<T extends z.ZodType>(schema: T): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: './content/lessons' });
  const check = zodSafeParse(schema);
  return {
    name: 'lessons-loader',
    load: async (context: LoaderContext) => {
      await inner.load({
        ...context,
        parseData: async ({ id, data, filePath }) => {
          const file = filePath ? rootRelative(filePath) : `content/lessons/${id}.mdx`;
          return { ...(parseWithFriendlyErrors(check, data, `Invalid lesson frontmatter in ${file}`) as object), outOfDate: false, terms: [] } as never;
        },
      });
      const course = loadCourse();
      const blocks: string[] = [];
      const listed = listProblems(course);
      if (listed.length > 0) blocks.push(`Invalid course settings in content/course.yaml\n${listed.map((line) => `  - ${line}`).join('\n')}`);
      for (const entry of [...context.store.values()]) {
        const [locale = '', ...rest] = entry.id.split('/');
        const slug = rest.join('/');
        const file = lessonPath(locale, slug);
        const lesson = readLesson(file)!;
        blocks.push(...componentProblems(course, locale, lesson));
        if (lesson.outline.unmarked.length > 0) {
          blocks.push(`Headings without an id in ${file}\n${lesson.outline.unmarked.map((text) => `  - "${text}": end it with its id, e.g. ## ${text} {/* #section-id */} (a translation keeps the original's)`).join('\n')}`);
        }
        const parity = lessonParityProblems(course, locale, slug);
        if (parity.length > 0) blocks.push(`Translation contradicts its original: ${file}\n${parity.map((line) => `  - ${line}`).join('\n')}`);
        const outOfDate = lessonTranslation(course, locale, slug).state === 'outOfDate';
        // The glossary terms the lesson explains (<Term id>): the glossary's "Explained in" comes from these.
        const terms = [...new Set(lesson.outline.components.filter((use) => use.name === 'Term' && use.props.id).map((use) => use.props.id!))];
        const derived = { outOfDate, terms };
        const stored = entry.data as { outOfDate?: boolean; terms?: string[] };
        if (JSON.stringify({ outOfDate: stored.outOfDate, terms: stored.terms }) !== JSON.stringify(derived)) {
          // A digest of its own, so the glob loader parses the file again next time (and this pass derives these again).
          context.store.set({ ...entry, data: { ...entry.data, ...derived }, ...(entry.digest ? { digest: `${entry.digest}+${outOfDate ? 'o' : 'c'}` } : {}) });
        }
      }
      // Every glossary term is explained somewhere: its "Explained in" would be empty otherwise.
      const glossaryFile = `content/glossary/${course.defaultLocale}.yaml`;
      const explained = new Set(course.lessons.flatMap((slug) => readLesson(lessonPath(course.defaultLocale, slug))?.outline.components.filter((use) => use.name === 'Term').map((use) => use.props.id) ?? []));
      const unexplained = ((readStructured(glossaryFile) as Array<{ id?: string }> | null) ?? []).map((entry) => entry.id).filter((id) => id && !explained.has(id));
      if (unexplained.length > 0) blocks.push(`Invalid glossary in ${glossaryFile}\n${unexplained.map((id) => `  - "${id}": no lesson explains it; mark its first use in a lesson with <Term id="${id}">…</Term>`).join('\n')}`);
      if (blocks.length > 0) throw new ContentError(blocks.join('\n'));
    },
  };
}
