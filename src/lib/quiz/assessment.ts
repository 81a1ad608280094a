/** Results of a set of questions: total, pass or fail, and how each lesson went. */
import { percent, scoreQuestion } from './scoring';
import type { Question, Response } from './types';

export interface LessonResult {
  readonly lesson: string;
  readonly points: number;
  readonly possible: number;
  readonly percent: number;
}

export interface AssessmentResult {
  readonly points: number;
  readonly possible: number;
  readonly percent: number;
  /** Questions answered with full marks. */
  readonly fullyCorrect: number;
  readonly passed: boolean;
  /** In course order when `lessonOrder` is given (lessons it lacks last), else in the order lessons first appear in the questions. */
  readonly perLesson: readonly LessonResult[];
  /** Lessons scored below the pass mark: where to go back to. */
  readonly weakLessons: readonly string[];
  /** Indexes of the questions not fully correct: where "jump to my mistakes" goes. */
  readonly mistakes: readonly number[];
}

export function assess(
  questions: readonly Question[],
  responses: ReadonlyArray<Response | undefined>,
  passMark: number,
  lessonOrder: readonly string[] = [],
): AssessmentResult {
  const lessons = new Map<string, { points: number; possible: number }>();
  const mistakes: number[] = [];
  let points = 0;
  questions.forEach((question, index) => {
    const { points: score, correct } = scoreQuestion(question, responses[index]);
    points += score;
    if (!correct) mistakes.push(index);
    const lesson = lessons.get(question.lesson) ?? { points: 0, possible: 0 };
    lessons.set(question.lesson, { points: lesson.points + score, possible: lesson.possible + 1 });
  });
  const rank = (lesson: string) => (lessonOrder.includes(lesson) ? lessonOrder.indexOf(lesson) : lessonOrder.length);
  const perLesson = [...lessons]
    .map(([lesson, totals]) => ({ lesson, ...totals, percent: percent(totals.points, totals.possible) }))
    .sort((a, b) => rank(a.lesson) - rank(b.lesson));
  const total = percent(points, questions.length);
  return {
    points,
    possible: questions.length,
    percent: total,
    fullyCorrect: questions.length - mistakes.length,
    passed: questions.length > 0 && total >= passMark,
    perLesson,
    weakLessons: perLesson.filter((result) => result.percent < passMark).map((result) => result.lesson),
    mistakes,
  };
}
