/** content/roleplays: see src/schemas/roleplay.ts for the format. */
import type { Loader } from 'astro/loaders';
import type { Course } from '../schemas/course';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors';
import { contentHash, translationState } from '../lib/i18n/hash';
import { translationProblems } from '../lib/i18n/parity';
import { scenarioProblems } from '../lib/roleplay/graph';
import { MAX_ROLEPLAYS } from '../lib/progress/schema';
import { RolePlaySchema, type AuthoredRolePlay } from '../schemas/roleplay';
import { exists, failOn, listFiles, loadCourse, loadSources, localesDefaultFirst, readStructured, zodSafeParse } from './files';
import { lessonPath, sectionsShown } from './lessons';

/** Problems with what a scenario points at: lessons, their sections in the page's locale (debrief links), sources. */
function referenceProblems(play: AuthoredRolePlay, course: Course, locale: string): string[] {
  const problems: string[] = [];
  const sources = new Set(loadSources().map((source) => source.id));
  if (!exists(lessonPath(course.defaultLocale, play.lesson))) problems.push(`lesson: there is no lesson ${lessonPath(course.defaultLocale, play.lesson)}`);
  for (const [nodeId, node] of Object.entries(play.nodes)) {
    node.choices.forEach((choice, index) => {
      const where = `node "${nodeId}": choice ${index + 1}`;
      if (!exists(lessonPath(course.defaultLocale, choice.lesson))) problems.push(`${where} names lesson "${choice.lesson}", which does not exist`);
      else if (choice.section && !sectionsShown(course, locale, choice.lesson).has(choice.section)) {
        problems.push(`${where} links to section "#${choice.section}", which is not a heading of the ${locale} page of ${choice.lesson} (${lessonPath(locale, choice.lesson)} or its original)`);
      }
      if (!sources.has(choice.source)) problems.push(`${where} cites ${choice.source}, which is not in content/sources.yaml`);
    });
  }
  return problems;
}

/**
 * content/roleplays/<locale>/<id>.yaml, entries keyed "<locale>/<id>". A translation must keep
 * its original's graph (progress stores paths, shared by every locale): a different graph fails
 * the build; a translation whose original changed since (`translatedFrom:`) is stored as out of
 * date and the page shows the original instead.
 */
export function roleplayLoader(): Loader {
  return {
    name: 'roleplay-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      const originals = new Map<string, { play: AuthoredRolePlay; hash: string }>();
      for (const locale of localesDefaultFirst(course)) {
        for (const name of listFiles(`content/roleplays/${locale}`, '.yaml')) {
          const id = name.replace(/\.yaml$/, '');
          const file = `content/roleplays/${locale}/${name}`;
          const heading = `Invalid role-play in ${file}`;
          const raw = readStructured(file);
          const play = parseWithFriendlyErrors(zodSafeParse(RolePlaySchema), raw, heading);
          const { translatedFrom, ...scenario } = play;
          const problems: string[] = [];
          if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 24) problems.push('(file): the file name must be lower-case words joined by hyphens, at most 24 characters');
          let outOfDate = false;
          if (locale === course.defaultLocale) {
            originals.set(id, { play, hash: contentHash(raw) });
          } else {
            const original = originals.get(id);
            if (!original) {
              // A stamped translation whose original was removed is obsolete (listed by i18n:status), not an error.
              if (translatedFrom !== undefined) continue;
              problems.push(`(file): there is no ${course.defaultLocale} role-play "${id}" to translate`);
            } else {
              outOfDate = translationState(original.hash, translatedFrom) === 'outOfDate';
              if (!outOfDate) problems.push(...translationProblems({ kind: 'roleplay', value: original.play }, { kind: 'roleplay', value: play }));
            }
          }
          // An out-of-date translation is not shown, so its references may have gone stale: not an error.
          if (!outOfDate) problems.push(...scenarioProblems(play), ...referenceProblems(play, course, locale));
          // An original is shown wherever it is not translated: its debrief links must land on every locale's page.
          if (locale === course.defaultLocale) for (const other of course.locales.filter((code) => code !== locale)) problems.push(...referenceProblems(play, course, other).filter((line) => line.includes('links to section')));
          failOn(heading, problems);
          store.set({ id: `${locale}/${id}`, data: { ...scenario, id, outOfDate } });
        }
      }
      if (originals.size > MAX_ROLEPLAYS) {
        throw new ContentError(`content/roleplays/${course.defaultLocale} has ${originals.size} role-plays; progress can record at most ${MAX_ROLEPLAYS}`);
      }
    },
  };
}
