/**
 * The page's side of the certificate worker (certificates.worker.ts): the
 * learners go in, progress comes back, then one PDF, or a ZIP of PDFs as a
 * stream of chunks (kept as the parts of one Blob, never joined in one buffer).
 */
import type { CertificateSettings } from '../../lib/hr/certificate-entries';
import type { LearnerRow } from '../../lib/hr/cohort';
import type { PdfInfo } from '../../lib/hr/certificate-pdf';

type Holder = LearnerRow & { name: string; certificateId: string; completedAt: number };
/** What a certificate needs of a learner, and nothing else: copying 10,000 whole rows to the worker would be a long task. */
type Slim = Pick<Holder, 'name' | 'certificateId' | 'completedAt' | 'employeeId' | 'finalScore' | 'locale'>;

const slim = ({ name, certificateId, completedAt, employeeId, finalScore, locale }: Holder): Slim => ({
  name,
  certificateId,
  completedAt,
  ...(employeeId !== undefined ? { employeeId } : {}),
  ...(finalScore !== undefined ? { finalScore } : {}),
  ...(locale !== undefined ? { locale } : {}),
});

export type PdfRequest =
  | { type: 'make'; job: number; learners: readonly Slim[]; choice: string; fallback: string; settings: CertificateSettings; info: PdfInfo; perPdf: number | undefined }
  | { type: 'cancel'; job: number };

export type PdfReply =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'pdf'; job: number; bytes: Uint8Array }
  | { type: 'zip-chunk'; job: number; bytes: Uint8Array; final: boolean }
  | { type: 'cancelled'; job: number }
  | { type: 'failed'; job: number; detail: string };

/** Learners per PDF when the certificates come as a ZIP; a cohort of at most this many gets one PDF. */
export const PER_PDF = 500;

export type PdfOutcome = { kind: 'pdf' | 'zip'; blob: Blob } | { kind: 'cancelled' };

export class CertificatesClient {
  private worker: Worker | undefined;
  private job = 0;

  private get port(): Worker {
    this.worker ??= new Worker(new URL('./certificates.worker.ts', import.meta.url), { type: 'module', name: 'hr-certificates' });
    return this.worker;
  }

  make(
    learners: readonly Holder[],
    options: { choice: string; fallback: string; settings: CertificateSettings; info: PdfInfo; zip: boolean },
    onProgress: (done: number, total: number) => void,
  ): Promise<PdfOutcome> {
    const worker = this.port;
    const job = ++this.job;
    const chunks: Uint8Array[] = [];
    return new Promise((resolve, reject) => {
      const done = (outcome: PdfOutcome | Error) => {
        worker.removeEventListener('message', listener);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const listener = ({ data }: MessageEvent<PdfReply>) => {
        if (data.job !== job) return;
        if (data.type === 'progress') onProgress(data.done, data.total);
        else if (data.type === 'pdf') done({ kind: 'pdf', blob: new Blob([data.bytes as BlobPart], { type: 'application/pdf' }) });
        else if (data.type === 'zip-chunk') {
          chunks.push(data.bytes);
          if (data.final) done({ kind: 'zip', blob: new Blob(chunks as BlobPart[], { type: 'application/zip' }) });
        } else if (data.type === 'cancelled') done({ kind: 'cancelled' });
        else done(new Error(data.detail));
      };
      worker.addEventListener('message', listener);
      // The page's address, so the worker (whose own address is the script's) fetches the fonts from the right place.
      const settings = { ...options.settings, fontsUrl: new URL(options.settings.fontsUrl, location.href).href };
      worker.postMessage({ type: 'make', job, learners: learners.map(slim), choice: options.choice, fallback: options.fallback, settings, info: options.info, perPdf: options.zip ? PER_PDF : undefined } satisfies PdfRequest);
    });
  }

  cancel(): void {
    this.worker?.postMessage({ type: 'cancel', job: this.job } satisfies PdfRequest);
  }
}
