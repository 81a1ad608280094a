/**
 * The page's side of the file-reading worker (cohort.worker.ts): files go to
 * the worker in slices, progress comes back, and at the end (or on Cancel,
 * with what was read so far) the cohort's rows.
 */
import type { CohortContext } from '../../lib/hr/cohort';
import type { CohortView } from '../../lib/hr/cohort-view';
import type { Question } from '../../lib/quiz/types';
import type { NamedFile } from './collect-files';
import type { TrustedSigner } from '../../lib/trust/signature';

export type ReadRequest =
  | { type: 'setup'; context: CohortContext; bank: readonly Question[] }
  | { type: 'read'; job: number; total: number; files: ReadonlyArray<{ name: string; file: File }> }
  | { type: 'cancel'; job: number }
  | { type: 'trust'; signers: readonly TrustedSigner[] }
  | { type: 'clear' };

export type ReadReply =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'cohort'; job: number; view: CohortView; read: number; refused: number; cancelled: boolean };

export interface ReadOutcome {
  readonly view: CohortView;
  /** Files of this batch that were read (all of them unless cancelled). */
  readonly read: number;
  readonly refused: number;
  readonly cancelled: boolean;
}

/**
 * Files handed to the worker per message. Copying a File to a worker costs the
 * page about half a millisecond (measured: 500 files held it up for 60 to 380 ms),
 * so they go 50 at a time, with a pause between, and no message is a long task.
 */
const SLICE = 50;

export class CohortClient {
  private worker: Worker | undefined;
  private job = 0;
  private readonly setup: ReadRequest;

  constructor(context: CohortContext, bank: readonly Question[]) {
    this.setup = { type: 'setup', context, bank };
  }

  private get port(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module', name: 'hr-cohort' });
      this.worker.postMessage(this.setup);
    }
    return this.worker;
  }

  /** Reads `files` into the cohort (added to those read before). */
  read(files: readonly NamedFile[], onProgress: (done: number, total: number) => void): Promise<ReadOutcome> {
    const worker = this.port;
    const job = ++this.job;
    return new Promise((resolve, reject) => {
      const listener = ({ data }: MessageEvent<ReadReply>) => {
        if (data.job !== job) return;
        if (data.type === 'progress') onProgress(data.done, data.total);
        else {
          worker.removeEventListener('message', listener);
          resolve({ view: data.view, read: data.read, refused: data.refused, cancelled: data.cancelled });
        }
      };
      worker.addEventListener('message', listener);
      worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
      void (async () => {
        for (let start = 0; start < files.length; start += SLICE) {
          worker.postMessage({ type: 'read', job, total: files.length, files: files.slice(start, start + SLICE).map(({ name, file }) => ({ name, file })) } satisfies ReadRequest);
          await new Promise((next) => setTimeout(next, 0));
        }
      })();
    });
  }

  /** Stops the batch being read; its promise resolves with the files read so far. */
  cancel(): void {
    this.worker?.postMessage({ type: 'cancel', job: this.job } satisfies ReadRequest);
  }

  /** Keys HR pasted in, trusted besides the build's for the files read from now on. */
  trust(signers: readonly TrustedSigner[]): void {
    this.port.postMessage({ type: 'trust', signers } satisfies ReadRequest);
  }

  clear(): void {
    this.worker?.postMessage({ type: 'clear' } satisfies ReadRequest);
  }
}
