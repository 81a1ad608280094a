/** The end of a lesson: a clear way to complete it, then the next step. (StorageNotice marks it started.) */
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextStep } from '../lib/progress/next-step';
import { lessonStatus } from '../lib/progress/rules';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady, completeLesson } from '../stores/progress';
import { useStore } from './use-store';
import { NextStepLink, type JourneyLinks, type StepLesson } from './NextStepLink';
import { useHydrated } from './use-hydrated';

interface Props {
  slug: string;
  strings: UiStrings;
  /** Every lesson of the course, in order. */
  lessons: StepLesson[];
  journey: JourneyLinks;
}

export default function LessonActions({ slug, strings, lessons, journey }: Props) {
  const t = makeTranslator(strings, 'LessonActions');
  const progress = useStore($progress, { ssr: 'initial' });
  const ready = useHydrated($progressReady);
  const [justCompleted, setJustCompleted] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const completed = lessonStatus(progress, slug) === 'completed';

  useEffect(() => {
    if (justCompleted && completed) doneRef.current?.focus();
  }, [justCompleted, completed]);

  return (
    <div class="lesson-actions">
      <div role="status">
        {completed && (
          <p class="lesson-actions__done" ref={doneRef} tabIndex={-1}>
            {t('lesson.completed')}
          </p>
        )}
      </div>
      {!completed && (
        <button
          type="button"
          class="button"
          // Shown at once, usable once the island is live (it wakes when scrolled to, in a moment); until then it says why.
          disabled={!ready}
          aria-describedby={ready ? undefined : `waking-${slug}`}
          onClick={() => {
            setJustCompleted(true);
            completeLesson(slug);
          }}
        >
          {t('lesson.complete')}
        </button>
      )}
      {!completed && !ready && (
        <p class="question__hint" id={`waking-${slug}`}>
          {t('lesson.waking')}
        </p>
      )}
      {completed && (
        <p>
          <NextStepLink
            step={nextStep(progress, { lessons: lessons.map((lesson) => lesson.slug), checks: journey.checks, rules: journey.rules }, slug)}
            lessons={lessons}
            journey={journey}
            t={t}
          />
        </p>
      )}
    </div>
  );
}
