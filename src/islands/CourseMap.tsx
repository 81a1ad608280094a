/** The course map: overall progress, the next step (a lesson, a check, the final, the certificate), and every lesson with its status. */
import { nextStep } from '../lib/progress/next-step';
import { lessonStatus, summarise } from '../lib/progress/rules';
import { rolePlaysOf } from '../lib/progress/practice';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress } from '../stores/progress';
import { useStore } from './use-store';
import { NextStepLink, type JourneyLinks } from './NextStepLink';
import { RolePlayResults, type RolePlayLink } from './RolePlayResults';
import { STATUS_KEYS } from './status-keys';
import type { LessonLink } from './types';

interface Props {
  lessons: LessonLink[];
  journey: JourneyLinks;
  /** The role-plays practising each lesson, by lesson slug (src/components/roleplay-links.ts). */
  rolePlays?: Record<string, RolePlayLink[]>;
  strings: UiStrings;
}

export default function CourseMap({ lessons, journey, rolePlays = {}, strings }: Props) {
  const t = makeTranslator(strings, 'CourseMap');
  const progress = useStore($progress, { ssr: 'initial' });
  const slugs = lessons.map((lesson) => lesson.slug);
  const summary = summarise(progress, slugs);
  const step = nextStep(progress, { lessons: slugs, checks: journey.checks, rules: journey.rules });
  const next = step.kind === 'lesson' ? lessons.find((lesson) => lesson.slug === step.slug) : undefined;

  return (
    <div class="course-map">
      <section class="course-progress" aria-labelledby="course-progress-heading">
        <h2 id="course-progress-heading">{t('progress.label')}</h2>
        <progress max={summary.total} value={summary.completed} aria-labelledby="course-progress-heading" />
        <p>{t('progress.summary', { completed: summary.completed, count: summary.total, percent: summary.percent })}</p>
        {summary.total > 0 && summary.completed === summary.total && <p class="course-progress__done">{t('progress.allDone')}</p>}
        {summary.total > 0 && (
          <p>
            {next ? (
              <a class="button" href={next.href}>
                {t(summary.completed + summary.inProgress === 0 ? 'progress.start' : 'progress.continue', { title: next.title })}
              </a>
            ) : (
              <NextStepLink step={step} lessons={lessons} journey={journey} t={t} />
            )}
          </p>
        )}
      </section>
      <h2>{t('home.lessonsHeading')}</h2>
      <ol class="lesson-list">
        {lessons.map((lesson) => {
          const status = lessonStatus(progress, lesson.slug);
          const plays = rolePlaysOf(rolePlays, lesson.slug);
          return (
            <li key={lesson.slug} class={`lesson-card lesson-card--${status}`}>
              <h3 class="lesson-card__title">
                <a href={lesson.href} lang={lesson.lang}>
                  {lesson.title}
                </a>
              </h3>
              <p class="lesson-card__summary" lang={lesson.lang}>
                {lesson.summary}
              </p>
              <p class="lesson-card__meta">
                <span>{t('lesson.minutes', { minutes: lesson.minutes })}</span>
                <span class={`status status--${status}`}>
                  <span class="visually-hidden">{t('status.label')}: </span>
                  {t(STATUS_KEYS[status])}
                </span>
              </p>
              {plays.length > 0 && (
                <div class="lesson-card__roleplays">
                  <p id={`roleplays-${lesson.slug}`}>{t('status.rolePlays')}</p>
                  <RolePlayResults plays={plays} progress={progress} t={t} labelledBy={`roleplays-${lesson.slug}`} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
