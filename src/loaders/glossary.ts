/** content/glossary: see src/schemas/glossary.ts for the format. */
import type { Loader } from 'astro/loaders';
import { parseWithFriendlyErrors } from '../lib/friendly-errors';
import { contentHash, translationState } from '../lib/i18n/hash';
import { translationProblems } from '../lib/i18n/parity';
import { GlossarySchema, type GlossaryEntry } from '../schemas/glossary';
import { exists, failOn, loadCourse, localesDefaultFirst, readStructured, zodSafeParse } from './files';

/**
 * content/glossary/<locale>.yaml, entries keyed "<locale>/<id>". Only the default locale's file
 * is required. A translation may translate any of its terms (the others fall back, term by
 * term); an id the original does not have fails the build, unless it was stamped (its
 * original was removed: obsolete, listed by i18n:status).
 */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      let originals: Map<string, { entry: GlossaryEntry; hash: string }> | undefined;
      for (const locale of localesDefaultFirst(course)) {
        const file = `content/glossary/${locale}.yaml`;
        if (!exists(file)) {
          if (locale === course.defaultLocale) failOn(`Missing ${file}: the default locale needs a glossary`, ['give at least one term']);
          continue;
        }
        const heading = `Invalid glossary in ${file}`;
        const raw = readStructured(file) as unknown[];
        const entries = parseWithFriendlyErrors(zodSafeParse(GlossarySchema), raw, heading);
        const seen = new Set<string>();
        const problems: string[] = [];
        entries.forEach((entry, index) => {
          if (seen.has(entry.id)) problems.push(`${index}.id: "${entry.id}" is used twice`);
          seen.add(entry.id);
          const { translatedFrom, lessons: _lessons, ...data } = entry;
          let outOfDate = false;
          if (originals) {
            const original = originals.get(entry.id);
            if (!original) {
              if (translatedFrom === undefined) problems.push(`${index}.id: "${entry.id}" is not in content/glossary/${course.defaultLocale}.yaml`);
              return;
            }
            outOfDate = translationState(original.hash, translatedFrom) === 'outOfDate';
            if (!outOfDate) problems.push(...translationProblems({ kind: 'glossary', value: original.entry }, { kind: 'glossary', value: entry }).map((line) => `${index}.${line}`));
          }
          store.set({ id: `${locale}/${entry.id}`, data: { ...data, order: index, outOfDate } });
        });
        failOn(heading, problems);
        originals ??= new Map(entries.map((entry, index) => [entry.id, { entry, hash: contentHash(raw[index]) }]));
      }
    },
  };
}
