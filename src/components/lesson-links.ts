import type { LessonView } from '../course-data';
import type { LocaleCode } from '../lib/locales';
import type { LessonLink } from '../islands/types';

/** The plain data an island needs about each lesson. */
export function toLessonLinks(lessons: readonly LessonView[], pageLocale: LocaleCode): LessonLink[] {
  return lessons.map(({ slug, href, entry, contentLocale }) => ({
    slug,
    href,
    title: entry.data.title,
    summary: entry.data.summary,
    minutes: entry.data.minutes,
    ...(contentLocale === pageLocale ? {} : { lang: contentLocale }),
  }));
}
