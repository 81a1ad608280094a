/**
 * Draws HR's certificates off the page's main thread, with pdf-lib and fontkit:
 * one PDF, or for a large cohort a ZIP of PDFs (one per PER_PDF learners) made
 * as a stream, each PDF dropped once it is in the ZIP, so no buffer ever holds
 * all of them. Messages: see certificates-client.ts.
 */
import { Zip, ZipPassThrough } from 'fflate';
import { certificateEntry, certificateLanguage, entryTexts } from '../../lib/hr/certificate-entries';
import { certificatesPdf, type CertificateEntry, type PdfFontFiles } from '../../lib/hr/certificate-pdf';
import { batchFileName, batches } from '../../lib/hr/long-work';
import { fontFilesFor } from '../../lib/hr/pdf-fonts';
import type { PdfReply, PdfRequest } from './certificates-client';

const scope = self as unknown as { postMessage: (message: PdfReply, transfer?: Transferable[]) => void; onmessage: ((event: MessageEvent<PdfRequest>) => void) | null };

const fontCache = new Map<string, Promise<ArrayBuffer>>();
function loadFont(url: string): Promise<ArrayBuffer> {
  let font = fontCache.get(url);
  if (!font) {
    font = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url.split('/').at(-1)}: ${response.status}`);
      return response.arrayBuffer();
    });
    font.catch(() => fontCache.delete(url));
    fontCache.set(url, font);
  }
  return font;
}
async function loadFonts(url: string, entries: readonly CertificateEntry[]): Promise<PdfFontFiles> {
  const files = fontFilesFor(entries.flatMap(entryTexts));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await loadFont(`${url}${file}.ttf`)] as const)));
}

class Cancelled extends Error {}
let cancelled: number | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'cancel') {
    cancelled = data.job;
    return;
  }
  const { job, learners, choice, fallback, settings, info, perPdf } = data;
  const available = Object.keys(settings.languages);
  const entryOf = (learner: (typeof learners)[number]) => certificateEntry(learner, certificateLanguage(learner, choice, fallback, available), settings);
  let lastReport = 0;
  const progress = (done: number) => {
    if (cancelled === job) throw new Cancelled();
    const now = Date.now();
    if (now - lastReport > 100 || done === learners.length) {
      lastReport = now;
      scope.postMessage({ type: 'progress', job, done, total: learners.length });
    }
  };
  const fail = (error: unknown) => scope.postMessage(error instanceof Cancelled ? { type: 'cancelled', job } : { type: 'failed', job, detail: (error as Error).message });

  if (perPdf === undefined) {
    void (async () => {
      const entries = learners.map(entryOf);
      const bytes = await certificatesPdf(entries, await loadFonts(settings.fontsUrl, entries), info, progress);
      scope.postMessage({ type: 'pdf', job, bytes }, [bytes.buffer]);
    })().catch(fail);
    return;
  }
  void (async () => {
    const zip = new Zip((error, chunk, final) => {
      if (error) fail(error);
      // Copied, not transferred: fflate may hand on a view of a buffer it still uses.
      else scope.postMessage({ type: 'zip-chunk', job, bytes: chunk, final });
    });
    let offset = 0;
    for (const [index, run] of batches(learners, perPdf).entries()) {
      const entries = run.map(entryOf);
      const bytes = await certificatesPdf(entries, await loadFonts(settings.fontsUrl, entries), info, (done) => progress(offset + done));
      const file = new ZipPassThrough(batchFileName(index, perPdf, run.length));
      zip.add(file);
      file.push(bytes, true);
      offset += run.length;
    }
    zip.end();
  })().catch(fail);
};
