export { quizLoader } from './quiz';
export { roleplayLoader } from './roleplay';

/**
 * Content loaders: they read what authors write in content/ and validate it
 * with the schemas in src/schemas, so a mistake fails the build with the file
 * and the path inside it (parseWithFriendlyErrors), in one wording for all.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseWithFriendlyErrors, type SafeParse } from '../lib/friendly-errors';
import { checkUiKeys, type UiFile } from '../lib/ui-strings';
import { CourseSchema, type Course } from '../schemas/course';
import { SourcesSchema } from '../schemas/source';
import { UiSchema } from '../schemas/ui';
import { GlossarySchema } from '../schemas/glossary';
import GithubSlugger from 'github-slugger';
import { headingIdMarker } from '../lib/content/heading-id';

// Astro runs from the project root; import.meta.url would point into its bundle.
export const root = pathToFileURL(`${process.cwd()}/`);

export function rootRelative(path: string): string {
  return relative(fileURLToPath(root), path).split('\\').join('/');
}

/** Adapts a zod schema to the helper's safeParse shape. */
export function zodSafeParse<T extends z.ZodType>(schema: T): SafeParse<z.output<T>> {
  return (input) => {
    const result = schema.safeParse(input);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues };
  };
}

export function readText(file: string): string {
  return readFileSync(new URL(file, root), 'utf-8');
}

/** Whether a project file exists. */
export function exists(file: string): boolean {
  return existsSync(new URL(file, root));
}

/** Parses a YAML or JSON file, naming the file when its syntax is broken. */
export function readStructured(file: string): unknown {
  const text = readText(file);
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ContentError(`Could not parse ${file}: ${(error as Error).message}`);
  }
}

export function loadSources() {
  const file = 'content/sources.yaml';
  return parseWithFriendlyErrors(zodSafeParse(SourcesSchema), readStructured(file), `Invalid source list in ${file}`);
}

/** The course's locales with the default one first: originals are read before their translations. */
export function localesDefaultFirst(course: Course) {
  return [course.defaultLocale, ...course.locales.filter((code) => code !== course.defaultLocale)];
}

export function loadCourse(): Course {
  const file = 'content/course.yaml';
  return parseWithFriendlyErrors(zodSafeParse(CourseSchema), readStructured(file), `Invalid course settings in ${file}`);
}

/** content/sources.yaml as a collection, so pages can cite a document by id. */
export function sourcesLoader(): Loader {
  return {
    name: 'sources-loader',
    load: async ({ store }) => {
      store.clear();
      for (const source of loadSources()) store.set({ id: source.id, data: source });
    },
  };
}

/** content/course.yaml as a one-entry collection (id "course"). */
export function courseLoader(): Loader {
  return {
    name: 'course-loader',
    load: async ({ store }) => {
      store.clear();
      store.set({ id: 'course', data: loadCourse() });
    },
  };
}

/**
 * content/ui/<locale>.json, one entry per locale. Each file is validated, then
 * compared key by key with the default locale's file; every locale of the
 * course must have one.
 */
export function uiLoader(): Loader {
  return {
    name: 'ui-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      const present = new Set(readdirSync(new URL('content/ui/', root)).filter((name) => name.endsWith('.json')));
      const files = new Map<string, UiFile>();
      for (const locale of course.locales) {
        const file = `content/ui/${locale}.json`;
        if (!present.has(`${locale}.json`)) throw new ContentError(`Missing ${file}: every locale in content/course.yaml needs its interface strings`);
        const strings = parseWithFriendlyErrors(zodSafeParse(UiSchema), readStructured(file), `Invalid interface strings in ${file}`);
        files.set(locale, { file, strings });
      }
      const reference = files.get(course.defaultLocale)!;
      const problems = checkUiKeys(reference, [...files.values()].filter((file) => file !== reference));
      if (problems.length > 0) {
        throw new ContentError(`Interface strings do not match:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
      }
      store.clear();
      for (const [locale, { strings }] of files) store.set({ id: locale, data: strings });
    },
  };
}

/**
 * content/glossary/<locale>.yaml, entries keyed "<locale>/<id>". Only the
 * default locale's file is required; ids must be unique within a file and a
 * translation may only translate terms the default file has.
 */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      const present = new Set(readdirSync(new URL('content/glossary/', root)));
      let reference: Set<string> | undefined;
      for (const locale of localesDefaultFirst(course)) {
        const file = `content/glossary/${locale}.yaml`;
        if (!present.has(`${locale}.yaml`)) {
          if (locale === course.defaultLocale) throw new ContentError(`Missing ${file}: the default locale needs a glossary`);
          continue;
        }
        const entries = parseWithFriendlyErrors(zodSafeParse(GlossarySchema), readStructured(file), `Invalid glossary in ${file}`);
        const seen = new Set<string>();
        entries.forEach((entry, index) => {
          if (seen.has(entry.id)) throw new ContentError(`Invalid glossary in ${file}\n  - ${index}.id: "${entry.id}" is used twice`);
          if (reference && !reference.has(entry.id)) {
            throw new ContentError(`Invalid glossary in ${file}\n  - ${index}.id: "${entry.id}" is not in content/glossary/${course.defaultLocale}.yaml`);
          }
          seen.add(entry.id);
          store.set({ id: `${locale}/${entry.id}`, data: { ...entry, order: index } });
        });
        reference ??= seen;
      }
    },
  };
}

/** Ids the lesson page gives its own parts, which questions may also link to. */
const PAGE_SECTIONS = ['lesson-title', 'objectives-heading', 'try-it', 'key-takeaways', 'sources-heading'];

/** A lesson's markdown headings, level 2 to 6, as id (as Astro makes them) and text, in order. */
export function lessonHeadings(file: string): Map<string, string> {
  const [, , body = ''] = readText(file).split(/^---$/m);
  const slugger = new GithubSlugger();
  const headings = new Map<string, string>();
  for (const [, heading] of body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)) {
    // An explicit id (`{/* #id */}`, see src/lib/content/heading-id.ts) wins over the slug of the text.
    const marker = /\s*\{(\/\*[^}]*\*\/)\}$/.exec(heading!);
    const explicit = marker ? headingIdMarker(marker[1]!) : undefined;
    const text = (explicit ? heading!.slice(0, marker!.index) : heading!).replace(/[*_`]/g, '');
    headings.set(explicit ?? slugger.slug(text), text);
  }
  return headings;
}

/** A lesson's heading ids (as Astro makes them) and its sources, read from the MDX file. */
export function lessonOutline(file: string): { sections: Set<string>; sources: string[] } {
  const [, frontmatter = ''] = readText(file).split(/^---$/m);
  const sections = new Set([...PAGE_SECTIONS, ...lessonHeadings(file).keys()]);
  const sources = ((parseYaml(frontmatter) as { sources?: string[] } | null)?.sources ?? []).filter((id) => typeof id === 'string');
  return { sections, sources };
}

/**
 * The glob loader, with frontmatter validated by our helper so the message
 * names the file relative to the project and every bad field.
 */
export function validatedGlob<T extends z.ZodType>(options: { pattern: string; base: string; schema: T; what: string }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const check = zodSafeParse(options.schema);
  return {
    name: 'validated-glob',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async ({ data, filePath }) =>
          parseWithFriendlyErrors(check, data, `Invalid ${options.what} in ${filePath ? rootRelative(filePath) : 'an entry'}`) as never,
      }),
  };
}
