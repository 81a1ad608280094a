/**
 * HR records: turn a pile of learners' progress files into a cohort table, a
 * CSV for HR systems and certificates as PDF. Everything happens in this
 * browser tab; nothing is uploaded or stored. The logic lives in src/lib/hr;
 * the files are read and the certificates drawn in Web Workers
 * (hr/cohort.worker.ts, hr/certificates.worker.ts), so the page never freezes.
 */
import { atom } from 'nanostores';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CohortContext, LearnerRow } from '../lib/hr/cohort';
import type { CohortView } from '../lib/hr/cohort-view';
import { toCsv } from '../lib/hr/csv';
import { cohortFileName, cohortRecords, recordLabels } from '../lib/hr/records';
import { questionKey, type Question } from '../lib/quiz/types';
import { fileNamePart } from '../lib/progress/file';
import { describeFileProblem } from '../lib/hr/file-problems';
import { anyKey, makeTranslator, type UiStrings } from '../lib/ui-strings';
import CohortSummary from './hr/CohortSummary';
import CohortTable from './hr/CohortTable';
import LessonChart from './hr/LessonChart';
import MissedQuestions from './hr/MissedQuestions';
import type { CertificateSettings } from '../lib/hr/certificate-entries';
import CertificateNotes from './hr/CertificateNotes';
import type { NamedFile } from './hr/collect-files';
import FileLoader from './hr/FileLoader';
import TrustedKeys from './hr/TrustedKeys';
import LongWork, { type Work } from './hr/LongWork';
import { CohortClient } from './hr/cohort-client';
import { CertificatesClient, PER_PDF } from './hr/certificates-client';
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

const EMPTY: CohortView = {
  learners: [],
  rejected: [],
  summary: { learners: 0, complete: 0, completionRate: 0, passed: 0, inconsistent: 0, verified: 0 },
  stats: [],
  missed: [],
  gaps: { drawable: [], undrawable: [], noName: [] },
};

/** The rejected files listed on the page; the rest are counted (the CSV-like list of 500 reasons helps no one). */
const REJECTED_SHOWN = 200;

export default function HrRecords({ context, locale, rtl, titles, titleLangs, bank, certificates, strings }: Props) {
  const t = makeTranslator(strings, 'HrRecords');
  const hydrated = useHydrated();
  const [view, setView] = useState<CohortView>(EMPTY);
  const [message, setMessage] = useState('');
  const [language, setLanguage] = useState('preferred');
  const [busy, setBusy] = useState(false);
  // Progress lives in its own store: updating it re-renders the progress bar only.
  const work = useMemo(() => atom<Work | undefined>(undefined), []);
  const reader = useMemo(() => new CohortClient(context, bank), [context, bank]);
  const drawer = useMemo(() => new CertificatesClient(), []);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // Files picked while others are read wait their turn (the pickers stay usable, and keep focus).
  const queue = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);

  const languageOf = useMemo(() => new Map(bank.map((question) => [questionKey(question), question.lang])), [bank]);
  const merged = useMemo(() => view.learners.filter((learner) => learner.files.length > 1), [view]);
  const gaps = view.gaps;
  // Names the PDF cannot draw are left out of it (never printed as boxes) and listed with the reason.
  const withCertificates = gaps.drawable;
  const undrawableKeys = useMemo(() => new Set(gaps.undrawable.map(({ learner }) => learner.key)), [gaps]);
  const zip = withCertificates.length > PER_PDF;

  /** When the control that had focus went away with the work, the result gets it (never <body>). */
  function keepFocus() {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) messageRef.current?.focus();
  }

  async function load(picked: NamedFile[], mine: number) {
    if (!picked.length || mine !== generation.current) return;
    const started = performance.now();
    setMessage('');
    work.set({ kind: 'reading', done: 0, total: picked.length, started });
    const outcome = await reader.read(picked, (done, total) => work.set({ kind: 'reading', done, total, started }));
    performance.measure('hr-load', { start: started, end: performance.now() });
    work.set(undefined);
    setView(outcome.view);
    const counts = { files: outcome.read, learners: outcome.view.learners.length, rejected: outcome.refused };
    setMessage(outcome.cancelled ? t('hr.readCancelled', { ...counts, count: picked.length }) : t('hr.loaded', { ...counts, count: counts.files }));
    requestAnimationFrame(keepFocus);
  }

  function pick(picked: NamedFile[]) {
    const mine = generation.current;
    queue.current = queue.current.then(() => load(picked, mine)).catch((error: Error) => setMessage(t('hr.readFailed', { detail: error.message })));
  }

  function cancel() {
    const current = work.get();
    if (current?.kind === 'reading') {
      generation.current += 1;
      reader.cancel();
    } else drawer.cancel();
  }

  async function exportCsv() {
    const { downloadText } = await import('./download');
    downloadText(cohortFileName(context.course, new Date(), 'csv'), toCsv(cohortRecords(view.learners, context, titles, recordLabels(anyKey(t)))), 'text/csv;charset=utf-8');
    setMessage(t('hr.csvDone', { count: view.learners.length }));
  }

  async function exportPdf(learners: typeof withCertificates, fileName: string, asZip: boolean) {
    setBusy(true);
    setMessage(t(asZip ? 'hr.zipWorking' : 'hr.pdfWorking', { count: learners.length }));
    const started = performance.now();
    work.set({ kind: 'drawing', done: 0, total: learners.length, started });
    try {
      const [outcome, { downloadBlob }] = await Promise.all([
        drawer.make(
          learners,
          { choice: language, fallback: locale, settings: certificates, info: { title: t('hr.pdfTitle'), author: certificates.organisation, language: language === 'preferred' ? locale : language }, zip: asZip },
          (done, total) => work.set({ kind: 'drawing', done, total, started }),
        ),
        import('./download'),
      ]);
      if (outcome.kind === 'cancelled') setMessage(t('hr.pdfCancelled'));
      else {
        downloadBlob(asZip ? fileName.replace(/\.pdf$/, '.zip') : fileName, outcome.blob);
        const size = Math.max(1, Math.round(outcome.blob.size / 1024));
        setMessage(asZip ? t('hr.zipDone', { count: learners.length, files: Math.ceil(learners.length / PER_PDF), size }) : t('hr.pdfDone', { count: learners.length, size }));
      }
    } catch (error) {
      setMessage(t('hr.pdfFailed', { detail: (error as Error).message }));
    } finally {
      setBusy(false);
      work.set(undefined);
      requestAnimationFrame(keepFocus);
    }
  }

  const progress = (kind: Work['kind']) => <LongWork store={work} kind={kind} locale={locale} onCancel={cancel} t={t} />;

  return (
    <div class="hr">
      <FileLoader
        hydrated={hydrated}
        progress={progress('reading')}
        message={message}
        messageRef={messageRef}
        hasFiles={view.learners.length > 0 || view.rejected.length > 0}
        onFiles={pick}
        onClear={() => {
          reader.clear();
          setView(EMPTY);
          setMessage(t('hr.cleared'));
        }}
        t={t}
      />

      <TrustedKeys builtIn={context.trustedSigners} hydrated={hydrated} onTrust={(signers) => reader.trust(signers)} t={anyKey(t)} />

      {view.rejected.length > 0 && (
        <section aria-labelledby="hr-rejected-heading" class="notice">
          <h2 id="hr-rejected-heading">{t('hr.rejectedHeading', { count: view.rejected.length })}</h2>
          <ul>
            {view.rejected.slice(0, REJECTED_SHOWN).map((entry, index) => (
              <li key={`${entry.file}#${index}`}>
                <bdi class="hr-file">{entry.file}</bdi>: {describeFileProblem(entry, anyKey(t))}
              </li>
            ))}
          </ul>
          {view.rejected.length > REJECTED_SHOWN && <p>{t('hr.rejectedMore', { count: view.rejected.length - REJECTED_SHOWN })}</p>}
        </section>
      )}

      {view.learners.length > 0 && (
        <>
          <CohortSummary summary={view.summary} merged={merged} t={t} />

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
                aria-disabled={busy || withCertificates.length === 0 ? 'true' : undefined}
                disabled={withCertificates.length === 0}
                onClick={() => {
                  if (!busy) void exportPdf(withCertificates, cohortFileName(context.course, new Date(), 'pdf', 'certificates'), zip);
                }}
              >
                {zip ? t('hr.allCertificatesZip', { count: withCertificates.length, files: Math.ceil(withCertificates.length / PER_PDF), per: PER_PDF }) : t('hr.allCertificates', { count: withCertificates.length })}
              </button>
            </p>
            <p class="question__hint">{zip ? t('hr.zipHint', { per: PER_PDF }) : t('hr.pdfHint')}</p>
            <CertificateNotes gaps={gaps} t={t} />
            {progress('drawing')}
          </section>

          <section aria-labelledby="hr-table-heading">
            <h2 id="hr-table-heading">{t('hr.tableHeading')}</h2>
            <CohortTable
              learners={view.learners}
              checks={context.checks}
              lessonCount={context.lessons.length}
              titles={titles}
              titleLangs={titleLangs}
              locale={locale}
              busy={busy}
              undrawable={undrawableKeys}
              onCertificate={(learner: LearnerRow) =>
                void exportPdf(
                  withCertificates.filter((one) => one.key === learner.key),
                  cohortFileName(context.course, new Date(), 'pdf', `certificate-${fileNamePart(learner.name ?? '')}`),
                  false,
                )
              }
              t={t}
            />
          </section>

          <section aria-labelledby="hr-lessons-heading">
            <h2 id="hr-lessons-heading">{t('hr.lessonsHeading')}</h2>
            <LessonChart stats={view.stats} titles={titles} titleLangs={titleLangs} passMark={context.passMark} learners={view.learners.length} rtl={rtl} t={t} />
          </section>

          <MissedQuestions missed={view.missed} titles={titles} languageOf={languageOf} t={t} />
        </>
      )}
    </div>
  );
}
