export { quizLoader } from './quiz';
export { roleplayLoader } from './roleplay';
export { glossaryLoader } from './glossary';
export { lessonsLoader, PAGE_SECTIONS } from './lessons';
export { exists, loadCourse, loadSources, localesDefaultFirst, readStructured, readText, root, rootRelative, zodSafeParse } from './files';

/**
 * Content loaders: they read what authors write in content/ and validate it
 * with the schemas in src/schemas, so a mistake fails the build with the file
 * and the path inside it (parseWithFriendlyErrors), in one wording for all.
 */
import { readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors';
import { checkUiKeys, type UiFile } from '../lib/ui-strings';
import { UiSchema } from '../schemas/ui';
import { loadCourse, loadSources, readStructured, root, zodSafeParse } from './files';

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

