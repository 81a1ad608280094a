import { getCheckedLessons, getCourse, pageHref } from '../course-data';
import type { LocaleCode } from '../lib/locales';
import type { JourneyLinks } from '../islands/NextStepLink';

/** What an island needs to point to the learner's next step (with the lessons it is given). */
export async function journeyLinks(locale: LocaleCode): Promise<JourneyLinks> {
  const course = await getCourse();
  return {
    checks: await getCheckedLessons(locale),
    rules: course.completion,
    finalHref: pageHref('/final/', locale, course.defaultLocale),
    certificateHref: pageHref('/certificate/', locale, course.defaultLocale),
  };
}
