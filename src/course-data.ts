/**
 * What pages need from the content collections, in one place: the course
 * settings, a locale's strings, and the lessons in course order with their
 * fallbacks (a lesson not yet translated is served in the default locale).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { localizePath, withBase, type LocaleCode } from './lib/locales';
import { makeTranslator, type UiStrings } from './lib/ui-strings';
import { lessonSlugProblems } from './lib/progress/schema';
import { optionOrders } from './lib/shuffle';
import { questionKey } from './lib/quiz/types';
import type { Course } from './schemas/course';

export async function getCourse(): Promise<Course> {
  const entry = await getEntry('course', 'course');
  if (!entry) throw new Error('content/course.yaml did not load');
  return entry.data;
}

export async function getStrings(locale: LocaleCode): Promise<UiStrings> {
  const entry = await getEntry('ui', locale);
  if (!entry) throw new Error(`content/ui/${locale}.json did not load`);
  return entry.data;
}

export async function getTranslator(locale: LocaleCode) {
  return makeTranslator(await getStrings(locale), `content/ui/${locale}.json`);
}

/** What most pages start with: the course settings, and the locale's translator and strings. */
export async function pageContext(locale: LocaleCode) {
  const [course, strings] = await Promise.all([getCourse(), getStrings(locale)]);
  return { course, strings, t: makeTranslator(strings, `content/ui/${locale}.json`) };
}

export interface LessonView {
  readonly slug: string;
  /** The entry shown: the translation, or the default locale's original. */
  readonly entry: CollectionEntry<'lessons'>;
  /** The language the lesson text is in (differs from the page's when not translated). */
  readonly contentLocale: LocaleCode;
  readonly translated: boolean;
  /** Site-relative URL with the base, e.g. "/ar/lessons/moments-of-truth/". */
  readonly href: string;
}

function splitId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

export function lessonHref(slug: string, locale: LocaleCode, defaultLocale: LocaleCode): string {
  return withBase(localizePath(`/lessons/${slug}/`, locale, defaultLocale), import.meta.env.BASE_URL);
}

export function pageHref(path: string, locale: LocaleCode, defaultLocale: LocaleCode): string {
  return withBase(localizePath(path, locale, defaultLocale), import.meta.env.BASE_URL);
}

/** Every lesson of the course, in order, as seen from `locale`. */
export async function getLessons(locale: LocaleCode): Promise<LessonView[]> {
  const course = await getCourse();
  const all = await getCollection('lessons');
  const byLocale = new Map<string, CollectionEntry<'lessons'>>();
  for (const entry of all) {
    const { locale: entryLocale, slug } = splitId(entry.id);
    if (!course.locales.includes(entryLocale as LocaleCode)) {
      throw new Error(`content/lessons/${entry.id}: "${entryLocale}" is not a locale in content/course.yaml`);
    }
    byLocale.set(`${entryLocale}/${slug}`, entry);
  }
  const originals = all
    .filter((entry) => splitId(entry.id).locale === course.defaultLocale)
    .sort((a, b) => a.data.order - b.data.order);
  for (const entry of all) {
    const { slug } = splitId(entry.id);
    if (!byLocale.has(`${course.defaultLocale}/${slug}`)) {
      throw new Error(`content/lessons/${entry.id}: no original in content/lessons/${course.defaultLocale}/${slug}.mdx`);
    }
  }
  originals.forEach((entry, index) => {
    const previous = originals[index - 1];
    if (previous && previous.data.order === entry.data.order) {
      throw new Error(`content/lessons/${entry.id}: order ${entry.data.order} is also used by content/lessons/${previous.id}`);
    }
  });
  const slugProblems = lessonSlugProblems(originals.map((entry) => splitId(entry.id).slug));
  if (slugProblems.length > 0) throw new Error(`content/lessons/${course.defaultLocale}: ${slugProblems.join('; ')}`);
  return originals.map((original) => {
    const { slug } = splitId(original.id);
    const translation = byLocale.get(`${locale}/${slug}`);
    return {
      slug,
      entry: translation ?? original,
      contentLocale: translation ? locale : course.defaultLocale,
      translated: Boolean(translation),
      href: lessonHref(slug, locale, course.defaultLocale),
    };
  });
}

/** getStaticPaths params for each locale: the default one at the root. */
export async function localeParams(): Promise<Array<{ params: { locale: string | undefined }; props: { locale: LocaleCode } }>> {
  const course = await getCourse();
  return course.locales.map((locale) => ({
    params: { locale: locale === course.defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** "Care and attention for the customer (000)" for each source file name: how questions cite them. */
export async function getSourceLabels(): Promise<Record<string, string>> {
  const sources = await getCollection('sources');
  return Object.fromEntries(sources.map(({ id, data }) => [id, `${data.title} (${id.slice(0, 3)})`]));
}

export interface QuizView {
  /** Choice questions carry `order`: the display order of their options (src/lib/shuffle.ts optionOrders). */
  readonly questions: Array<QuizQuestion>;
  /** The language of the questions: the page's, or the default locale's when not translated. */
  readonly contentLocale: LocaleCode;
}

type QuizQuestion = CollectionEntry<'quizzes'>['data']['questions'][number];

/** A lesson's questions as seen from `locale`: each translated question, else the original. */
export async function getQuiz(locale: LocaleCode, slug: string): Promise<QuizView | undefined> {
  const course = await getCourse();
  const original = await getEntry('quizzes', `${course.defaultLocale}/${slug}`);
  if (!original) return undefined;
  // One display order per choice question, from ids and answers only: the same in every locale and on paper.
  const orders = optionOrders(original.data.questions);
  const ordered = (questions: QuizQuestion[]): QuizQuestion[] => questions.map((question) => {
    const order = orders.get(questionKey(question));
    return order ? ({ ...question, order } as QuizQuestion) : question;
  });
  const translation = locale === course.defaultLocale ? undefined : await getEntry('quizzes', `${locale}/${slug}`);
  if (!translation) return { questions: ordered(original.data.questions), contentLocale: course.defaultLocale };
  const translated = new Map(translation.data.questions.map((question) => [question.id, question]));
  const complete = original.data.questions.every((question) => translated.has(question.id));
  // A partly translated quiz would mix languages inside one form: use it only when complete.
  return complete
    ? { questions: ordered(original.data.questions.map((question) => translated.get(question.id)!)), contentLocale: locale }
    : { questions: ordered(original.data.questions), contentLocale: course.defaultLocale };
}

export interface RolePlayView {
  readonly scenario: CollectionEntry<'roleplays'>['data'];
  /** The scenario's language: the page's, or the default locale's when not translated. */
  readonly contentLocale: LocaleCode;
  readonly href: string;
}

/** Every role-play as seen from `locale`, in title order of the originals. */
export async function getRolePlays(locale: LocaleCode): Promise<RolePlayView[]> {
  const course = await getCourse();
  const all = await getCollection('roleplays');
  const originals = all.filter((entry) => entry.id.startsWith(`${course.defaultLocale}/`));
  return originals
    .map((original) => {
      const translation = all.find((entry) => entry.id === `${locale}/${original.data.id}`);
      const entry = translation ?? original;
      return {
        scenario: entry.data,
        contentLocale: translation ? locale : course.defaultLocale,
        href: pageHref(`/roleplays/${original.data.id}/`, locale, course.defaultLocale),
      };
    })
    .sort((a, b) => a.scenario.id.localeCompare(b.scenario.id));
}

/** getStaticPaths for pages about one role-play, in every locale. */
export async function rolePlayPaths() {
  const course = await getCourse();
  const paths = [];
  for (const locale of course.locales) {
    for (const play of await getRolePlays(locale)) {
      paths.push({ params: { locale: locale === course.defaultLocale ? undefined : locale, id: play.scenario.id }, props: { locale, play } });
    }
  }
  return paths;
}

/** The lessons that have a knowledge check, in course order (what "every check attempted" counts). */
export async function getCheckedLessons(locale: LocaleCode): Promise<string[]> {
  const checked: string[] = [];
  for (const lesson of await getLessons(locale)) if (await getQuiz(locale, lesson.slug)) checked.push(lesson.slug);
  return checked;
}

/**
 * The final assessment's question bank as seen from `locale`: every lesson's
 * questions (translated where the whole quiz is), with `lang` set on those
 * shown in the default locale's language instead of the page's.
 */
export async function getFinalBank(locale: LocaleCode) {
  const course = await getCourse();
  const bank = [];
  for (const lesson of await getLessons(locale)) {
    const quiz = await getQuiz(locale, lesson.slug);
    if (!quiz) throw new Error(`content/quizzes/${course.defaultLocale}/${lesson.slug}.yaml is missing: the final assessment covers every lesson`);
    const lang = quiz.contentLocale === locale ? undefined : quiz.contentLocale;
    bank.push(...quiz.questions.map(({ check: _check, ...question }) => ({ ...question, lang })));
  }
  if (bank.length < 60) throw new Error(`The final assessment needs a bank of at least 60 questions; content/quizzes/${course.defaultLocale} has ${bank.length}`);
  return bank;
}

/** getStaticPaths for pages about one lesson (presenter view, printouts), in every locale. */
export async function lessonPaths() {
  const course = await getCourse();
  const paths = [];
  for (const locale of course.locales) {
    for (const lesson of await getLessons(locale)) {
      paths.push({ params: { locale: locale === course.defaultLocale ? undefined : locale, slug: lesson.slug }, props: { locale, lesson } });
    }
  }
  return paths;
}

/** What the MDX lesson components need to know about the lesson they render in (Astro.locals.lesson). */
export async function lessonComponentContext(lesson: LessonView, locale: LocaleCode) {
  const course = await getCourse();
  return {
    file: `content/lessons/${lesson.entry.id}.mdx`,
    contentLocale: lesson.contentLocale,
    pageLocale: locale,
    defaultLocale: course.defaultLocale,
    workshopMinutes: lesson.entry.data.workshopMinutes,
  };
}

/** lessonPaths, for the lessons that have a knowledge check (its paper version and answer key). */
export async function checkedLessonPaths() {
  const paths = [];
  for (const path of await lessonPaths()) if (await getQuiz(path.props.locale, path.props.lesson.slug)) paths.push(path);
  return paths;
}
