/** "My progress": every lesson with its status and completion date, and any unreadable data kept. */
import { completion, type CompletionRules, type Requirement } from '../lib/progress/completion';
import { lessonStatus, summarise } from '../lib/progress/rules';
import { rolePlaysOf } from '../lib/progress/practice';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $backups, $progress, deleteBackup } from '../stores/progress';
import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { STATUS_KEYS } from './status-keys';
import type { LessonLink } from './types';
import { RolePlayResults, type RolePlayLink } from './RolePlayResults';
import { intlLocale } from '../lib/locales';

interface Props {
  locale: string;
  lessons: LessonLink[];
  /** Lessons that have a knowledge check. */
  checks: string[];
  /** The role-plays practising each lesson, by lesson slug (src/components/roleplay-links.ts). */
  rolePlays?: Record<string, RolePlayLink[]>;
  rules: CompletionRules;
  finalHref: string;
  certificateHref: string;
  strings: UiStrings;
}

/** Loaded on click: few learners ever need it. */
async function download(fileName: string, text: string) {
  (await import('./download')).downloadText(fileName, text, 'text/plain');
}

export default function ProgressReport({ locale, lessons, checks, rolePlays = {}, rules, finalHref, certificateHref, strings }: Props) {
  const t = makeTranslator(strings, 'ProgressReport');
  const progress = useStore($progress, { ssr: 'initial' });
  const backups = useStore($backups, { ssr: 'initial' });
  const summary = summarise(
    progress,
    lessons.map((lesson) => lesson.slug),
  );
  const formatDate = (ms: number) => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(ms);
  const status = completion(
    progress,
    lessons.map((lesson) => lesson.slug),
    checks,
    rules,
  );
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const scroller = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  // On a narrow screen the table scrolls sideways: say so, or the last columns go unseen.
  useEffect(() => {
    const box = scroller.current!;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(box.firstElementChild!);
    return () => observer.disconnect();
  }, []);
  const final = progress.f;
  const finalResult =
    final?.b === undefined
      ? t('status.finalNone')
      : t(final.w !== undefined ? 'status.finalPassed' : 'status.finalNotPassed', { percent: final.b });

  function todo(requirement: Requirement) {
    if (requirement.kind === 'final') return <a href={finalHref}>{t('status.doFinal')}</a>;
    const lesson = bySlug.get(requirement.slug)!;
    const href = requirement.kind === 'check' ? `${lesson.href}#check-${lesson.slug}-heading` : lesson.href;
    // The lesson's title in its own language (an English lesson under /ar/), inside the sentence.
    const [before, after] = t(requirement.kind === 'check' ? 'status.doCheck' : 'status.doLesson', { title: '\u0000' }).split('\u0000');
    return (
      <a href={href}>
        {before}
        <span lang={lesson.lang} dir={lesson.lang ? (lesson.lang === 'ar' ? 'rtl' : 'ltr') : undefined}>
          {lesson.title}
        </span>
        {after}
      </a>
    );
  }

  return (
    <div class="progress-report">
      <p>
        <progress max={summary.total} value={summary.completed} aria-label={t('progress.label')} />{' '}
        {t('progress.summary', { completed: summary.completed, count: summary.total, percent: summary.percent })}
      </p>
      <p id="progress-scroll-hint" class="table-scroll__hint" hidden={!overflows}>
        {t('myProgress.scrollHint')}
      </p>
      {/* Scrolls sideways on a narrow screen; focusable so keyboard users can scroll it too. */}
      <div
        class="table-scroll"
        role="region"
        aria-label={t('myProgress.title')}
        aria-describedby={overflows ? 'progress-scroll-hint' : undefined}
        tabIndex={0}
        ref={scroller}
      >
      <table>
        <thead>
          <tr>
            <th scope="col">{t('myProgress.lesson')}</th>
            <th scope="col">{t('status.label')}</th>
            <th scope="col">{t('myProgress.completedOn')}</th>
            <th scope="col">{t('status.checkColumn')}</th>
            <th scope="col">{t('status.rolePlays')}</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => {
            const status = lessonStatus(progress, lesson.slug);
            const completedAt = progress.l[lesson.slug]?.c;
            const plays = rolePlaysOf(rolePlays, lesson.slug);
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
                <td>{checks.includes(lesson.slug) ? (progress.l[lesson.slug]?.q ? t('status.checkBest', { percent: progress.l[lesson.slug]!.q!.b }) : t('status.notAttempted')) : ''}</td>
                <td>{plays.length > 0 && <RolePlayResults plays={plays} progress={progress} t={t} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <p>{t('status.final', { result: finalResult })}</p>
      <section aria-labelledby="status-heading" class="completion-status">
        <h2 id="status-heading">{t('status.heading')}</h2>
        {status.complete ? (
          <p>
            {t('status.complete')}{' '}
            <a class="button" href={certificateHref}>
              {t('status.certificateLink')}
            </a>
          </p>
        ) : (
          <>
            <p>{t('status.remaining')}</p>
            <ul>
              {status.remaining.map((requirement) => (
                <li key={requirement.kind === 'final' ? 'final' : `${requirement.kind}-${requirement.slug}`}>{todo(requirement)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
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
