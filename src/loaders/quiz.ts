/** content/quizzes: see src/schemas/quiz.ts for the format. */
import type { Loader } from 'astro/loaders';
import { contentHash, translationState } from '../lib/i18n/hash';
import { translationProblems } from '../lib/i18n/parity';
import { parseWithFriendlyErrors } from '../lib/friendly-errors';
import type { Question } from '../lib/quiz/types';
import { quizProblems } from '../lib/quiz/validate';
import { QuizFileSchema, type AuthoredQuiz } from '../schemas/quiz';
import { failOn, listFiles, loadCourse, localesDefaultFirst, readStructured, zodSafeParse } from './files';
import { lessonPath, lessonTranslation, sectionsShown } from './lessons';

type AuthoredQuestion = AuthoredQuiz['questions'][number];

/** The stored question: what the browser gets, and whether its original changed since it was translated. */
export type StoredQuestion = Question & { check: boolean; outOfDate: boolean };

function stored(question: AuthoredQuestion, lesson: string, outOfDate: boolean): StoredQuestion {
  const { translatedFrom: _from, ...rest } = question;
  const base = { ...rest, lesson, outOfDate };
  if ('options' in rest) return { ...base, options: rest.options.map((option) => ({ text: option.text, correct: option.correct, feedback: option.feedback ?? '' })) } as StoredQuestion;
  return base as StoredQuestion;
}

/**
 * content/quizzes/<locale>/<lesson>.yaml, entries keyed "<locale>/<lesson>". Each file is checked
 * against its schema, then against the lesson page it links into in its locale (sections,
 * sources); a translation is checked question by question against the original: a question
 * that contradicts it fails the build, one whose original changed since (`translatedFrom:`)
 * is stored as out of date and the page shows the original instead.
 */
export function quizLoader(): Loader {
  return {
    name: 'quiz-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      const originals = new Map<string, Map<string, { question: AuthoredQuestion; hash: string }>>();
      for (const locale of localesDefaultFirst(course)) {
        for (const name of listFiles(`content/quizzes/${locale}`, '.yaml')) {
          const lesson = name.replace(/\.yaml$/, '');
          const file = `content/quizzes/${locale}/${name}`;
          const heading = `Invalid quiz in ${file}`;
          const raw = readStructured(file);
          const quiz = parseWithFriendlyErrors(zodSafeParse(QuizFileSchema), raw, heading);
          const rawQuestions = (raw as { questions: unknown[] }).questions;
          const { original: originalLesson, state: lessonState, translation } = lessonTranslation(course, locale, lesson);
          if (!originalLesson) failOn(heading, [`(file): there is no lesson ${lessonPath(course.defaultLocale, lesson)} for it`]);
          const problems: string[] = [];
          const kept: StoredQuestion[] = [];
          const checked: AuthoredQuestion[] = [];
          if (locale === course.defaultLocale) {
            originals.set(lesson, new Map(quiz.questions.map((question, index) => [question.id, { question, hash: contentHash(rawQuestions[index]) }])));
            quiz.questions.forEach((question) => kept.push(stored(question, lesson, false)));
            checked.push(...quiz.questions);
          } else {
            const original = originals.get(lesson);
            if (!original) problems.push(`(file): there is no ${course.defaultLocale} quiz for "${lesson}" to translate`);
            for (const question of quiz.questions) {
              const from = original?.get(question.id);
              if (!original) continue;
              if (!from) {
                // A stamped question whose original was removed is obsolete (listed by i18n:status), not an error.
                if (question.translatedFrom === undefined) problems.push(`question "${question.id}": not in the ${course.defaultLocale} quiz it translates`);
                continue;
              }
              if (translationState(from.hash, question.translatedFrom) === 'outOfDate') {
                kept.push(stored(question, lesson, true));
                continue;
              }
              for (const line of translationProblems({ kind: 'question', value: from.question }, { kind: 'question', value: question })) problems.push(`question "${question.id}": ${line}`);
              kept.push(stored(question, lesson, false));
              checked.push(question);
            }
          }
          // Sections are checked against the lesson page this quiz links into, in this locale.
          const lessonFile = lessonState === 'missing' || lessonState === 'outOfDate' ? originalLesson!.file : translation!.file;
          const sources = (originalLesson!.frontmatter.sources as string[] | undefined) ?? [];
          problems.push(...quizProblems(checked, { sections: sectionsShown(course, locale, lesson), sources, lessonFile, partial: locale !== course.defaultLocale }));
          if (locale === course.defaultLocale) {
            // An original is shown wherever it is not translated: its review links must land on every locale's page.
            for (const other of course.locales.filter((code) => code !== locale)) {
              const there = sectionsShown(course, other, lesson);
              for (const question of checked) if (!there.has(question.section)) problems.push(`question "${question.id}": links to section "#${question.section}", which the ${other} page of ${lesson} does not have`);
            }
          }
          failOn(heading, problems);
          store.set({ id: `${locale}/${lesson}`, data: { lesson, questions: kept } });
        }
      }
    },
  };
}
