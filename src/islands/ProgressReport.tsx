/** "My progress": every lesson with its status and completion date, and any unreadable data kept. */
import { lessonStatus, summarise } from '../lib/progress/rules';
import { makeTranslator } from '../lib/ui-strings';
import { $backups, $progress, deleteBackup } from '../stores/progress';
import { useStore } from '@nanostores/preact';
import { STATUS_KEYS } from './CourseMap';
import type { LessonLink } from './types';

interface Props {
  locale: string;
  lessons: LessonLink[];
  strings: Record<string, string>;
}

/** Loaded on click: few learners ever need it. */
async function download(fileName: string, text: string) {
  (await import('./download')).downloadText(fileName, text, 'text/plain');
}

export default function ProgressReport({ locale, lessons, strings }: Props) {
  const t = makeTranslator(strings, 'ProgressReport');
  const progress = useStore($progress, { ssr: 'initial' });
  const backups = useStore($backups, { ssr: 'initial' });
  const summary = summarise(
    progress,
    lessons.map((lesson) => lesson.slug),
  );
  const formatDate = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(ms);

  return (
    <div class="progress-report">
      <p>
        <progress max={summary.total} value={summary.completed} aria-label={t('progress.label')} />{' '}
        {t('progress.summary', { completed: summary.completed, total: summary.total, percent: summary.percent })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('myProgress.lesson')}</th>
            <th scope="col">{t('status.label')}</th>
            <th scope="col">{t('myProgress.completedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => {
            const status = lessonStatus(progress, lesson.slug);
            const completedAt = progress.l[lesson.slug]?.c;
            return (
              <tr key={lesson.slug}>
                <th scope="row">
                  <a href={lesson.href} lang={lesson.lang}>
                    {lesson.title}
                  </a>
                </th>
                <td>
                  <span class={`status status--${status}`}>{t(STATUS_KEYS[status])}</span>
                </td>
                <td>{completedAt === undefined ? '' : formatDate(completedAt * 1000)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {backups.length > 0 && (
        <section aria-labelledby="backups-heading" class="backups">
          <h2 id="backups-heading">{t('myProgress.backupsHeading')}</h2>
          <p>{t('myProgress.backupsIntro')}</p>
          <ul>
            {backups.map((backup) => (
              <li key={backup.key}>
                {t('myProgress.backupSaved', { date: formatDate(backup.savedAt) })}{' '}
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => void download(`moments-of-truth-unreadable-progress-${backup.savedAt}.txt`, backup.text)}
                >
                  {t('myProgress.download')}
                </button>{' '}
                <button type="button" class="button button--quiet" onClick={() => deleteBackup(backup.key)}>
                  {t('myProgress.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
