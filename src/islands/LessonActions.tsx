/** The end of a lesson: a clear way to complete it, then the way on. (StorageNotice marks it started.) */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lessonStatus } from '../lib/progress/rules';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, completeLesson } from '../stores/progress';
import { useStore } from '@nanostores/preact';
import { useHydrated } from './use-hydrated';

interface Props {
  slug: string;
  strings: UiStrings;
  next?: { href: string; title: string; lang?: string } | undefined;
}

export default function LessonActions({ slug, strings, next }: Props) {
  const t = makeTranslator(strings, 'LessonActions');
  const progress = useStore($progress, { ssr: 'initial' });
  const ready = useHydrated();
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
          // Shown at once, usable once the island is live (it hydrates when scrolled to).
          disabled={!ready}
          onClick={() => {
            setJustCompleted(true);
            completeLesson(slug);
          }}
        >
          {t('lesson.complete')}
        </button>
      )}
      {completed && next && (
        <p>
          <a class="button" href={next.href}>
            {t('lesson.next')}: <span lang={next.lang}>{next.title}</span>
          </a>
        </p>
      )}
    </div>
  );
}
