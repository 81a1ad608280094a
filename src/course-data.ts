/**
 * What pages need from the content collections, in one place: the course
 * settings, a locale's strings, and the lessons in course order with their
 * fallbacks (a lesson not yet translated is served in the default locale).
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { localizePath, withBase, type LocaleCode } from './lib/locales';
import { makeTranslator, type UiStrings } from './lib/ui-strings';
import { lessonSlugProblems } from './lib/progress/schema';
import { optionOrders } from './lib/shuffle';
import { questionKey } from './lib/quiz/types';
import type { Course } from './schemas/course';
import { localize, localizeEach, type Localized } from './lib/i18n/localize';
import { SOURCE_TITLE_LOCALE, sourceTitle } from './lib/source-title';

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
  /** What src/lib/i18n/localize.ts decided: fallback or not, why, and the lang/dir for the text. */
  readonly localized: Localized<CollectionEntry<'lessons'>>;
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
  // Course order is content/course.yaml's `lessons:` list (checked against the files at content sync).
  const originals = course.lessons.map((slug) => byLocale.get(`${course.defaultLocale}/${slug}`)!);
  for (const entry of all) {
    const { slug } = splitId(entry.id);
    if (!byLocale.has(`${course.defaultLocale}/${slug}`)) {
      throw new Error(`content/lessons/${entry.id}: no original in content/lessons/${course.defaultLocale}/${slug}.mdx`);
    }
  }
  const slugProblems = lessonSlugProblems(originals.map((entry) => splitId(entry.id).slug));
  if (slugProblems.length > 0) throw new Error(`content/lessons/${course.defaultLocale}: ${slugProblems.join('; ')}`);
  return originals.map((original) => {
    const { slug } = splitId(original.id);
    const translation = byLocale.get(`${locale}/${slug}`);
    const localized = localize({ pageLocale: locale, defaultLocale: course.defaultLocale }, original, translation && { entry: translation, outOfDate: translation.data.outOfDate });
    return {
      slug,
      entry: localized.entry,
      contentLocale: localized.locale,
      translated: !localized.isFallback,
      localized,
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
/** Each source's label as `locale` shows it ("What customer care is (003)"), its title per src/lib/source-title.ts. */
export async function getSourceLabels(locale: LocaleCode): Promise<Record<string, string>> {
  const sources = await getCollection('sources');
  return Object.fromEntries(sources.map(({ id, data }) => [id, `${sourceTitle(data, locale).text} (${id.slice(0, 3)})`]));
}

/** The language of those labels when it is not the page's: English if any title falls back to it. */
export async function getSourceLabelsLang(locale: LocaleCode): Promise<LocaleCode | undefined> {
  const sources = await getCollection('sources');
  return sources.some(({ data }) => sourceTitle(data, locale).fallback) ? SOURCE_TITLE_LOCALE : undefined;
}

export interface QuizView {
  /**
   * Each question as the page shows it: translated, or the original with `lang`/`dir` and
   * `fallback` set (per question, src/lib/i18n/localize.ts). Choice questions carry `order`:
   * the display order of their options (src/lib/shuffle.ts optionOrders).
   */
  readonly questions: Array<LocalizedQuestion>;
  /** The language of the questions when they all share one: the page's, or the default locale's when none is translated. */
  readonly contentLocale: LocaleCode;
  /** How many questions are shown in the original in place of a translation. */
  readonly fallbacks: number;
}

type QuizQuestion = CollectionEntry<'quizzes'>['data']['questions'][number];
type WithoutOutOfDate<T> = T extends unknown ? Omit<T, 'outOfDate'> & { lang?: string | undefined; fallback: boolean } : never;
export type LocalizedQuestion = WithoutOutOfDate<QuizQuestion>;

/** A lesson's questions as seen from `locale`: each translated question, else the original (question by question). */
export async function getQuiz(locale: LocaleCode, slug: string): Promise<QuizView | undefined> {
  const course = await getCourse();
  // getCollection, not getEntry: a translation not yet made is no reason for a warning.
  const quizzes = await getCollection('quizzes');
  const original = quizzes.find((entry) => entry.id === `${course.defaultLocale}/${slug}`);
  if (!original) return undefined;
  // One display order per choice question, from ids and answers only: the same in every locale and on paper.
  const orders = optionOrders(original.data.questions);
  const translation = locale === course.defaultLocale ? undefined : quizzes.find((entry) => entry.id === `${locale}/${slug}`);
  const translated = new Map((translation?.data.questions ?? []).map((question) => [question.id, { entry: question, outOfDate: question.outOfDate }]));
  const localized = localizeEach({ pageLocale: locale, defaultLocale: course.defaultLocale }, original.data.questions, translated, (question) => question.id);
  const questions = localized.map(({ entry: { outOfDate: _outOfDate, ...entry }, lang, isFallback }) => {
    const order = orders.get(questionKey(entry));
    // Only what the browser needs: `lang` and `fallback` on a question shown in the original.
    return { ...entry, ...(order ? { order } : {}), ...(isFallback ? { lang, fallback: true } : { fallback: false }) } as LocalizedQuestion;
  });
  const fallbacks = questions.filter((question) => question.fallback).length;
  return { questions, contentLocale: fallbacks === questions.length ? course.defaultLocale : locale, fallbacks };
}

export interface RolePlayView {
  readonly scenario: CollectionEntry<'roleplays'>['data'];
  /** The scenario's language: the page's, or the default locale's when not translated. */
  readonly contentLocale: LocaleCode;
  /** What src/lib/i18n/localize.ts decided: fallback or not, why, and the lang/dir for the text. */
  readonly localized: Localized<CollectionEntry<'roleplays'>['data']>;
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
      const localized = localize({ pageLocale: locale, defaultLocale: course.defaultLocale }, original.data, translation && { entry: translation.data, outOfDate: translation.data.outOfDate });
      return {
        scenario: localized.entry,
        contentLocale: localized.locale,
        localized,
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
 * questions (each translated where it is), with `lang` set and `fallback` true on
 * those shown in the default locale's language instead of the page's.
 */
export async function getFinalBank(locale: LocaleCode) {
  const course = await getCourse();
  const bank = [];
  for (const lesson of await getLessons(locale)) {
    const quiz = await getQuiz(locale, lesson.slug);
    if (!quiz) throw new Error(`content/quizzes/${course.defaultLocale}/${lesson.slug}.yaml is missing: the final assessment covers every lesson`);
    bank.push(...quiz.questions.map(({ check: _check, fallback, ...question }) => (fallback ? { ...question, fallback } : question)));
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
  // Astro's own outline of the rendered lesson: components never read the file again.
  const { headings } = await render(lesson.entry);
  return {
    headings: Object.fromEntries(headings.map((heading) => [heading.slug, heading.text])),
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

/** The glossary as seen from `locale`: every term of the original, each translated where it is (term by term). */
export async function getGlossary(locale: LocaleCode) {
  const course = await getCourse();
  const all = await getCollection('glossary');
  const inLocale = (code: string) => all.filter((entry) => entry.id.startsWith(`${code}/`)).map((entry) => entry.data);
  const originals = inLocale(course.defaultLocale).sort((a, b) => a.order - b.order);
  const translations = locale === course.defaultLocale ? new Map() : new Map(inLocale(locale).map((entry) => [entry.id, { entry, outOfDate: entry.outOfDate }]));
  const terms = localizeEach({ pageLocale: locale, defaultLocale: course.defaultLocale }, originals, translations, (entry) => entry.id);
  // "Explained in": the lessons, in course order, whose original names the term with <Term id>.
  const lessons = await getLessons(course.defaultLocale);
  const explainedIn = (id: string) => lessons.filter((lesson) => lesson.entry.data.terms.includes(id)).map((lesson) => lesson.slug);
  return { terms: terms.map((term) => ({ ...term, explainedIn: explainedIn(term.entry.id) })), fallbacks: terms.filter((term) => term.isFallback).length };
}
