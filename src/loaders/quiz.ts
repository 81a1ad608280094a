/** content/quizzes: see src/schemas/quiz.ts for the format. */
import { readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors';
import type { Question } from '../lib/quiz/types';
import { quizProblems } from '../lib/quiz/validate';
import { QuizFileSchema } from '../schemas/quiz';
import { exists, lessonOutline, loadCourse, localesDefaultFirst, readStructured, root, zodSafeParse } from './index';

/**
 * content/quizzes/<locale>/<lesson>.yaml, entries keyed "<locale>/<lesson>".
 * Each file is checked against its schema, then against the lesson it belongs
 * to (sections, sources) and, for a translation, against the original's ids.
 */
export function quizLoader(): Loader {
  return {
    name: 'quiz-loader',
    load: async ({ store }) => {
      const course = loadCourse();
      store.clear();
      const originals = new Map<string, Map<string, string>>();
      for (const locale of localesDefaultFirst(course)) {
        const folder = new URL(`content/quizzes/${locale}/`, root);
        let names: string[] = [];
        try {
          names = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
        } catch {
          continue;
        }
        for (const name of names) {
          const lesson = name.replace(/\.yaml$/, '');
          const file = `content/quizzes/${locale}/${name}`;
          const heading = `Invalid quiz in ${file}`;
          const quiz = parseWithFriendlyErrors(zodSafeParse(QuizFileSchema), readStructured(file), heading);
          const translatedLesson = `content/lessons/${locale}/${lesson}.mdx`;
          const originalLesson = `content/lessons/${course.defaultLocale}/${lesson}.mdx`;
          if (!exists(originalLesson)) throw new ContentError(`${heading}\n  - (file): there is no lesson ${originalLesson} for it`);
          const lessonFile = exists(translatedLesson) ? translatedLesson : originalLesson;
          const problems = quizProblems(quiz.questions, { ...lessonOutline(lessonFile), lessonFile });
          const original = originals.get(lesson);
          if (locale === course.defaultLocale) {
            originals.set(lesson, new Map(quiz.questions.map((question) => [question.id, question.type])));
          } else if (!original) {
            problems.push(`there is no ${course.defaultLocale} quiz for "${lesson}" to translate`);
          } else {
            for (const question of quiz.questions) {
              const type = original.get(question.id);
              if (type === undefined) problems.push(`question "${question.id}": not in the ${course.defaultLocale} quiz it translates`);
              else if (type !== question.type) problems.push(`question "${question.id}": is ${question.type} here but ${type} in the ${course.defaultLocale} quiz`);
            }
          }
          if (problems.length > 0) throw new ContentError(`${heading}\n${problems.map((line) => `  - ${line}`).join('\n')}`);
          const questions = quiz.questions.map((question) => {
            const base = { ...question, lesson };
            if ('options' in question) {
              return { ...base, options: question.options.map((option) => ({ text: option.text, correct: option.correct, feedback: option.feedback ?? '' })) };
            }
            return base;
          }) as Array<Question & { check: boolean }>;
          store.set({ id: `${locale}/${lesson}`, data: { lesson, questions } });
        }
      }
    },
  };
}
