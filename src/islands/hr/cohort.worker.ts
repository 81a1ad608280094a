/**
 * Reads HR's progress files off the page's main thread: each file is read,
 * validated and kept only as its parsed document; when a batch of files is
 * done (or cancelled) the cohort is built here and the page gets the rows
 * (cohort-view.ts). Messages: see cohort-client.ts.
 */
import type { CohortContext, LoadedFile } from '../../lib/hr/cohort';
import { cohortView, loadedFile } from '../../lib/hr/cohort-view';
import { checkConsistency } from '../../lib/hr/consistency';
import type { Progress } from '../../lib/progress/schema';
import type { ReadFileResult } from '../../lib/progress/file';
import type { TrustedSigner, Verdict } from '../../lib/trust/signature';
import { MAX_FILE_BYTES } from '../../lib/progress/file';
import type { Question } from '../../lib/quiz/types';
import type { ReadReply, ReadRequest } from './cohort-client';

const scope = self as unknown as { postMessage: (message: ReadReply) => void; onmessage: ((event: MessageEvent<ReadRequest>) => void) | null };

let context: CohortContext | undefined;
/** The build's keys; HR's pasted keys are added to them in `context`. */
let builtIn: readonly TrustedSigner[] = [];
let bank: readonly Question[] = [];
let loaded: LoadedFile[] = [];

interface Job {
  readonly id: number;
  readonly total: number;
  readonly queue: Array<{ name: string; file: File }>;
  done: number;
  refused: number;
  cancelled: boolean;
  running: boolean;
  finished: boolean;
  lastReport: number;
}
let job: Job | undefined;

/** Files read at once: enough to keep the disk busy, few enough for a prompt Cancel. */
const PARALLEL = 32;

/** Why a file cannot be true, as of now: a file dated after this moment is in the future. */
const inspect = (doc: Progress, exportedAt: string) => checkConsistency(doc, exportedAt, { ...context!, bank }, Math.floor(Date.now() / 1000));

/** What a signed file's signature proves; the crypto is loaded only when a file has a signature. */
async function verdictOf(result: ReadFileResult): Promise<Verdict | undefined> {
  if (!result.ok || result.file.signature === undefined) return undefined;
  const { completionOf, verifySignature } = await import('../../lib/trust/signature');
  return verifySignature(result.file.signature, completionOf(result.doc, context!.course, context!.version, context!), context!.trustedSigners);
}

async function readOne({ name, file }: { name: string; file: File }): Promise<LoadedFile> {
  if (file.size > MAX_FILE_BYTES) return loadedFile(name, undefined, file.size, context!.course);
  try {
    const loaded = loadedFile(name, await file.text(), file.size, context!.course, inspect);
    const verdict = await verdictOf(loaded.result);
    return verdict ? { ...loaded, verdict } : loaded;
  } catch (error) {
    // The file vanished or cannot be read (permissions): say so and go on.
    return loadedFile(name, error as Error, file.size, context!.course);
  }
}

function finish(current: Job) {
  if (current.finished) return;
  current.finished = true;
  scope.postMessage({ type: 'cohort', job: current.id, view: cohortView(loaded, context!, bank), read: current.done, refused: current.refused, cancelled: current.cancelled });
}

async function pump(current: Job) {
  if (current.running) return;
  current.running = true;
  while (current.queue.length && !current.cancelled) {
    const results = await Promise.all(current.queue.splice(0, PARALLEL).map(readOne));
    if (current.cancelled) break;
    loaded.push(...results);
    current.done += results.length;
    current.refused += results.filter((file) => !file.result.ok).length;
    const now = Date.now();
    if (now - current.lastReport > 100 || current.done === current.total) {
      current.lastReport = now;
      scope.postMessage({ type: 'progress', job: current.id, done: current.done, total: current.total });
    }
  }
  current.running = false;
  if (current.cancelled || current.done === current.total) finish(current);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'setup') {
    context = data.context;
    builtIn = data.context.trustedSigners;
    bank = data.bank;
  } else if (data.type === 'trust') {
    context = { ...context!, trustedSigners: [...builtIn, ...data.signers] };
  } else if (data.type === 'clear') {
    loaded = [];
  } else if (data.type === 'cancel') {
    if (job?.id === data.job && !job.finished) {
      job.cancelled = true;
      if (!job.running) finish(job);
    }
  } else {
    if (job?.id !== data.job) job = { id: data.job, total: data.total, queue: [], done: 0, refused: 0, cancelled: false, running: false, finished: false, lastReport: 0 };
    if (job.cancelled) return;
    job.queue.push(...data.files);
    void pump(job);
  }
};
