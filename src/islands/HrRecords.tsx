/**
 * HR records: turn a pile of learners' progress files into a cohort table, a
 * CSV for HR systems and certificates as PDF. Everything happens in this
 * browser tab; nothing is uploaded or stored. The logic lives in src/lib/hr.
 */
import { useMemo, useState } from 'preact/hooks';
import { buildCohort, type CohortContext, type Learner, type LoadedFile } from '../lib/hr/cohort';
import { lessonStats, mostMissed, summarise } from '../lib/hr/statistics';
import { toCsv } from '../lib/hr/csv';
import { cohortFileName, cohortRecords, recordLabels } from '../lib/hr/records';
import { questionKey, type Question } from '../lib/quiz/types';
import { fileNamePart } from '../lib/progress/file';
import { describeFileProblem } from '../lib/hr/file-problems';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import CohortSummary from './hr/CohortSummary';
import CohortTable from './hr/CohortTable';
import LessonChart from './hr/LessonChart';
import MissedQuestions from './hr/MissedQuestions';
import { certificateGaps, type CertificateSettings } from '../lib/hr/certificate-entries';
import { certificatesBlob } from './hr/certificates';
import CertificateNotes from './hr/CertificateNotes';
import { readFiles, type NamedFile } from './hr/collect-files';
import FileLoader from './hr/FileLoader';
import { useHydrated } from './use-hydrated';

interface Props {
  context: CohortContext;
  locale: string;
  rtl: boolean;
  titles: Record<string, string>;
  /** The language of a lesson title shown untranslated. */
  titleLangs: Record<string, string>;
  /** The final assessment's bank; `lang` is set on questions shown in another language than the page. */
  bank: Array<Question & { lang?: string | undefined }>;
  certificates: CertificateSettings;
  strings: UiStrings;
}


export default function HrRecords({ context, locale, rtl, titles, titleLangs, bank, certificates, strings }: Props) {
  const t = makeTranslator(strings, 'HrRecords');
  const hydrated = useHydrated();
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  const [message, setMessage] = useState('');
  const [language, setLanguage] = useState('preferred');
  const [busy, setBusy] = useState(false);
  const [drawing, setDrawing] = useState<{ done: number; total: number } | undefined>();

  const cohort = useMemo(() => buildCohort(files, context), [files, context]);
  const summary = summarise(cohort.learners);
  const stats = useMemo(() => lessonStats(cohort.learners, context), [cohort, context]);
  const missed = useMemo(() => mostMissed(cohort.learners, bank, 5), [cohort, bank]);
  const languageOf = useMemo(() => new Map(bank.map((question) => [questionKey(question), question.lang])), [bank]);
  const merged = cohort.learners.filter((learner) => learner.files.length > 1);
  const gaps = useMemo(() => certificateGaps(cohort.learners), [cohort]);
  // Names the PDF cannot draw are left out of it (never printed as boxes) and listed with the reason.
  const withCertificates = gaps.drawable;
  const undrawableKeys = useMemo(() => new Set(gaps.undrawable.map(({ learner }) => learner.key)), [gaps]);

  async function load(picked: NamedFile[]) {
    if (!picked.length) return;
    const started = performance.now();
    setMessage('');
    setReading({ done: 0, total: picked.length });
    const loaded = await readFiles(picked, context.course, (done) => setReading({ done, total: picked.length }));
    performance.measure('hr-load', { start: started, end: performance.now() });
    const all = [...files, ...loaded];
    setFiles(all);
    setReading(undefined);
    const after = buildCohort(all, context);
    setMessage(t('hr.loaded', { files: loaded.length, learners: after.learners.length, rejected: loaded.filter((file) => !file.result.ok).length }));
  }

  async function exportCsv() {
    const { downloadText } = await import('./download');
    downloadText(cohortFileName(context.course, new Date(), 'csv'), toCsv(cohortRecords(cohort.learners, context, titles, recordLabels(t))), 'text/csv;charset=utf-8');
    setMessage(t('hr.csvDone', { count: cohort.learners.length }));
  }

  async function exportPdf(learners: readonly Learner[], fileName: string) {
    setBusy(true);
    setMessage(t('hr.pdfWorking', { count: learners.length }));
    try {
      const onProgress = (done: number) => setDrawing({ done, total: learners.length });
      const [blob, { downloadBlob }] = await Promise.all([certificatesBlob(learners, language, locale, certificates, t('hr.pdfTitle'), onProgress), import('./download')]);
      downloadBlob(fileName, blob);
      setMessage(t('hr.pdfDone', { count: learners.length, size: Math.max(1, Math.round(blob.size / 1024)) }));
    } catch (error) {
      setMessage(t('hr.pdfFailed', { detail: (error as Error).message }));
    } finally {
      setBusy(false);
      setDrawing(undefined);
    }
  }


  return (
    <div class="hr">
      <FileLoader
        hydrated={hydrated}
        reading={reading}
        message={message}
        hasFiles={files.length > 0}
        onFiles={(picked) => void load(picked)}
        onClear={() => (setFiles([]), setMessage(t('hr.cleared')))}
        t={t}
      />

      {cohort.rejected.length > 0 && (
        <section aria-labelledby="hr-rejected-heading" class="notice">
          <h2 id="hr-rejected-heading">{t('hr.rejectedHeading', { count: cohort.rejected.length })}</h2>
          <ul>
            {cohort.rejected.map((entry, index) => (
              <li key={`${entry.file}#${index}`}>
                <bdi class="hr-file">{entry.file}</bdi>: {describeFileProblem(entry, t)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {cohort.learners.length > 0 && (
        <>
          <CohortSummary summary={summary} merged={merged} t={t} />

          <section aria-labelledby="hr-export-heading">
            <h2 id="hr-export-heading">{t('hr.exportHeading')}</h2>
            <p>
              <button type="button" class="button" disabled={!hydrated} onClick={() => void exportCsv()}>
                {t('hr.downloadCsv')}
              </button>
            </p>
            <p class="question__hint">{t('hr.csvHint')}</p>
            <p>
              <label>
                {t('hr.certificateLanguage')}{' '}
                <select value={language} onChange={(event) => setLanguage(event.currentTarget.value)}>
                  <option value="preferred">{t('hr.languagePreferred')}</option>
                  {Object.entries(certificates.languages).map(([code, { label }]) => (
                    <option key={code} value={code} lang={code}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <p>
              <button
                type="button"
                class="button"
                disabled={busy || withCertificates.length === 0}
                onClick={() => void exportPdf(withCertificates, cohortFileName(context.course, new Date(), 'pdf', 'certificates'))}
              >
                {t('hr.allCertificates', { count: withCertificates.length })}
              </button>
            </p>
            <p class="question__hint">{t('hr.pdfHint')}</p>
            <CertificateNotes gaps={gaps} t={t} />
            {drawing && (
              <p>
                <label>
                  {t('hr.drawing', { done: drawing.done, total: drawing.total })} <progress max={drawing.total} value={drawing.done} />
                </label>
              </p>
            )}
          </section>

          <section aria-labelledby="hr-table-heading">
            <h2 id="hr-table-heading">{t('hr.tableHeading')}</h2>
            <CohortTable
              learners={cohort.learners}
              checks={context.checks}
              lessonCount={context.lessons.length}
              titles={titles}
              titleLangs={titleLangs}
              locale={locale}
              busy={busy}
              undrawable={undrawableKeys}
              onCertificate={(learner) => void exportPdf([learner], cohortFileName(context.course, new Date(), 'pdf', `certificate-${fileNamePart(learner.name ?? '')}`))}
              t={t}
            />
          </section>

          <section aria-labelledby="hr-lessons-heading">
            <h2 id="hr-lessons-heading">{t('hr.lessonsHeading')}</h2>
            <LessonChart stats={stats} titles={titles} titleLangs={titleLangs} passMark={context.passMark} learners={cohort.learners.length} rtl={rtl} t={t} />
          </section>

          <MissedQuestions missed={missed} titles={titles} languageOf={languageOf} t={t} />
        </>
      )}
    </div>
  );
}
