/** The certificate of completion, designed for print (A4 or Letter, landscape). */
import { useStore } from './use-store';
import { useState } from 'preact/hooks';
import { certificateId, finalScore } from '../lib/progress/certificate';
import { completion, type CompletionRules } from '../lib/progress/completion';
import { completionOf, signatureFor } from '../lib/trust/completion';
import { anyKey, makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { $signature } from '../stores/signature';
import VerificationCode from './certificate/VerificationCode';
import { useHydrated } from './use-hydrated';
import { intlLocale } from '../lib/locales';

interface Props {
  courseId: string;
  /** The course version (content/course.yaml), part of what a trainer signs. */
  version: string;
  /** This locale's verify page. */
  verifyHref: string;
  courseTitle: string;
  organisation: string;
  signerName: string;
  signerRole: string;
  locale: string;
  lessons: string[];
  checks: string[];
  rules: CompletionRules;
  progressHref: string;
  strings: UiStrings;
}

async function print() {
  // Print only once every font is in, so names in any script print in the right face.
  await document.fonts.ready;
  window.print();
}

export default function Certificate(props: Props) {
  const t = makeTranslator(props.strings, 'Certificate');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const [pdf, setPdf] = useState<{ busy: boolean; message: string; warning?: boolean }>({ busy: false, message: '' });
  const signature = useStore($signature);
  const status = completion(progress, props.lessons, props.checks, props.rules);
  const name = progress.u?.n;

  if (!status.complete || status.completedAt === undefined || !name) {
    return (
      <div class="certificate-missing">
        <p>{status.complete ? t('certificate.noName') : t('certificate.notYet')}</p>
        <p>
          <a class="button" href={props.progressHref}>
            {t('certificate.seeProgress')}
          </a>
        </p>
      </div>
    );
  }

  const date = new Intl.DateTimeFormat(intlLocale(props.locale), { dateStyle: 'long' }).format(status.completedAt * 1000);
  const score = finalScore(progress);
  const id = certificateId(props.courseId, name, status.completedAt);
  const completedAt = status.completedAt;
  // A trainer's signature, shown while the completion is the one that was signed.
  const signed = hydrated ? signatureFor(signature, completionOf(progress, props.courseId, props.version, props)) : undefined;

  /** The same PDF as HR's, drawn here; its code and fonts are fetched only now. */
  async function downloadPdf() {
    setPdf({ busy: true, message: t('certificate.pdfWorking') });
    try {
      const { downloadLearnerPdf } = await import('./hr/learner-certificate');
      const holder = { name: name!, certificateId: id, completedAt, ...(progress.u?.e ? { employeeId: progress.u.e } : {}), ...(score !== undefined ? { finalScore: score } : {}) };
      setPdf({ busy: false, ...(await downloadLearnerPdf(holder, props, t)) });
    } catch (error) {
      setPdf({ busy: false, warning: true, message: t('certificate.pdfFailed', { detail: (error as Error).message }) });
    }
  }

  return (
    <div class="certificate-page">
      <p class="print-hide">
        <button type="button" class="button" disabled={!hydrated} onClick={() => void print()}>
          {t('certificate.print')}
        </button>{' '}
        <span class="question__hint">{t('certificate.printHint')}</span>
      </p>
      <p class="print-hide">
        <button type="button" class="button button--quiet" disabled={!hydrated || pdf.busy} onClick={() => void downloadPdf()}>
          {t('certificate.downloadPdf')}
        </button>{' '}
        <span class="question__hint">{t('certificate.pdfHint')}</span>
      </p>
      <p class={`print-hide form-message${pdf.warning ? ' form-message--error' : ''}`} role="status">
        {pdf.message}
      </p>
      <article class="certificate" aria-labelledby="certificate-title">
        <p class="certificate__organisation">{props.organisation}</p>
        <h2 id="certificate-title" class="certificate__title">
          {t('certificate.title')}
        </h2>
        <p>{t('certificate.certifies')}</p>
        <p class="certificate__name">
          <bdi>{name}</bdi>
        </p>
        <p>{t('certificate.completed')}</p>
        <p class="certificate__course">
          <bdi>{props.courseTitle}</bdi>
        </p>
        <p>{t('certificate.on', { date })}</p>
        {score !== undefined && <p>{t('certificate.score', { percent: score })}</p>}
        {progress.u?.e && (
          <p>
            {t('certificate.employee')}
            <bdi>{progress.u.e}</bdi>
          </p>
        )}
        <div class="certificate__footer">
          <p class="certificate__signer">
            <span class="certificate__signature" aria-hidden="true" />
            {props.signerName}
            <br />
            {props.signerRole}
          </p>
          <p class="certificate__id">
            {t('certificate.id')}
            <bdi dir="ltr">{id}</bdi>
          </p>
        </div>
        {signed && <VerificationCode record={signed} verifyHref={props.verifyHref} signer={String((signed as { signer?: unknown }).signer ?? '')} t={anyKey(t)} />}
      </article>
    </div>
  );
}
