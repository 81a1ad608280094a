import type { RolePlayView } from '../course-data';
import type { LocaleCode } from '../lib/locales';
import { rolePlaysByLesson } from '../lib/progress/practice';
import type { RolePlayLink } from '../islands/RolePlayResults';

/** The plain data an island needs about each role-play, grouped by the lesson it practises. */
export function toRolePlayLinks(plays: readonly RolePlayView[], pageLocale: LocaleCode): Record<string, RolePlayLink[]> {
  return rolePlaysByLesson(
    plays.map(({ scenario, href, contentLocale }) => ({
      id: scenario.id,
      lesson: scenario.lesson,
      title: scenario.title,
      href,
      ...(contentLocale === pageLocale ? {} : { lang: contentLocale }),
    })),
  );
}
