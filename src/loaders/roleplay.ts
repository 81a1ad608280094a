/** content/roleplays: see src/schemas/roleplay.ts for the format. */
import { readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors';
import { scenarioProblems } from '../lib/roleplay/graph';
import { MAX_ROLEPLAYS } from '../lib/progress/schema';
import { RolePlaySchema, type AuthoredRolePlay } from '../schemas/roleplay';
import { exists, lessonOutline, loadCourse, loadSources, localesDefaultFirst, readStructured, root, zodSafeParse } from './index';

/** Problems with what a scenario points at: lessons, their sections, sources. */
function referenceProblems(play: AuthoredRolePlay, defaultLocale: string): string[] {
  const problems: string[] = [];
  const sources = new Set(loadSources().map((source) => source.id));
  const lessonFile = (slug: string) => `content/lessons/${defaultLocale}/${slug}.mdx`;
  if (!exists(lessonFile(play.lesson))) problems.push(`lesson: there is no lesson ${lessonFile(play.lesson)}`);
  for (const [nodeId, node] of Object.entries(play.nodes)) {
    node.choices.forEach((choice, index) => {
      const where = `node "${nodeId}": choice ${index + 1}`;
      if (!exists(lessonFile(choice.lesson))) problems.push(`${where} names lesson "${choice.lesson}", which does not exist`);
      else if (choice.section && !lessonOutline(lessonFile(choice.lesson)).sections.has(choice.section)) {
        problems.push(`${where} links to section "#${choice.section}", which is not a heading in ${lessonFile(choice.lesson)}`);
      }
      if (!sources.has(choice.source)) problems.push(`${where} cites ${choice.source}, which is not in content/sources.yaml`);
    });
  }
  return problems;
}

/** A translation must keep the original's graph (progress stores paths, shared by every locale). */
function structureProblems(play: AuthoredRolePlay, original: AuthoredRolePlay): string[] {
  const problems: string[] = [];
  if (play.start !== original.start) problems.push(`start: "${play.start}" differs from the original's "${original.start}"`);
  const shape = (p: AuthoredRolePlay) =>
    Object.fromEntries(Object.entries(p.nodes).map(([nodeId, node]) => [nodeId, node.choices.map((c) => `${c.next}:${c.effect}`).join()]));
  const ours = shape(play);
  const theirs = shape(original);
  for (const nodeId of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (ours[nodeId] !== theirs[nodeId]) problems.push(`node "${nodeId}": its replies (targets and effects) differ from the original's`);
  }
  for (const endingId of new Set([...Object.keys(play.endings), ...Object.keys(original.endings)])) {
    if (play.endings[endingId]?.outcome !== original.endings[endingId]?.outcome) problems.push(`ending "${endingId}": differs from the original's`);
  }
  return problems;
}

/** content/roleplays/<locale>/<id>.yaml, entries keyed "<locale>/<id>". */
export function roleplayLoader(): Loader {
  return {
    name: 'roleplay-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      const originals = new Map<string, AuthoredRolePlay>();
      for (const locale of localesDefaultFirst(course)) {
        const folder = new URL(`content/roleplays/${locale}/`, root);
        const names = exists(`content/roleplays/${locale}`) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort() : [];
        for (const name of names) {
          const id = name.replace(/\.yaml$/, '');
          const file = `content/roleplays/${locale}/${name}`;
          const heading = `Invalid role-play in ${file}`;
          const play = parseWithFriendlyErrors(zodSafeParse(RolePlaySchema), readStructured(file), heading);
          const problems = [...scenarioProblems(play), ...referenceProblems(play, course.defaultLocale)];
          if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 24) problems.push('(file): the file name must be lower-case words joined by hyphens, at most 24 characters');
          if (locale === course.defaultLocale) originals.set(id, play);
          else if (!originals.has(id)) problems.push(`there is no ${course.defaultLocale} role-play "${id}" to translate`);
          else problems.push(...structureProblems(play, originals.get(id)!));
          if (problems.length > 0) throw new ContentError(`${heading}\n${problems.map((line) => `  - ${line}`).join('\n')}`);
          store.set({ id: `${locale}/${id}`, data: { ...play, id } });
        }
      }
      if (originals.size > MAX_ROLEPLAYS) {
        throw new ContentError(`content/roleplays/${course.defaultLocale} has ${originals.size} role-plays; progress can record at most ${MAX_ROLEPLAYS}`);
      }
    },
  };
}
