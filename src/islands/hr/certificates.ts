/**
 * A learner's own certificate as PDF, put together in the browser (for
 * learner-certificate.ts; HR's certificates are drawn in certificates.worker.ts). pdf-lib, fontkit, bidi-js and the TrueType fonts are fetched
 * only here, when someone presses a button: no page loads them on its own.
 * Only the font files the names need are fetched (fontFilesFor), each once.
 */
import type { CertificateEntry, PdfFontFiles } from '../../lib/hr/certificate-pdf';
import { entryTexts } from '../../lib/hr/certificate-entries';
import { fontFilesFor } from '../../lib/hr/pdf-fonts';

const fontCache = new Map<string, Promise<ArrayBuffer>>();

function loadFont(url: string): Promise<ArrayBuffer> {
  let font = fontCache.get(url);
  if (!font) {
    font = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url.split('/').at(-1)}: ${response.status}`);
      return response.arrayBuffer();
    });
    // A failed download can be tried again.
    font.catch(() => fontCache.delete(url));
    fontCache.set(url, font);
  }
  return font;
}

async function loadFonts(url: string, entries: readonly CertificateEntry[]): Promise<PdfFontFiles> {
  const files = fontFilesFor(entries.flatMap(entryTexts));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await loadFont(`${url}${file}.ttf`)] as const)));
}

export async function pdfBlob(entries: readonly CertificateEntry[], fontsUrl: string, info: { title: string; author: string; language: string }, onProgress?: (done: number) => void): Promise<Blob> {
  const [{ certificatesPdf }, fontFiles] = await Promise.all([import('../../lib/hr/certificate-pdf'), loadFonts(fontsUrl, entries)]);
  const bytes = await certificatesPdf(entries, fontFiles, info, onProgress);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
