/**
 * Certificates as PDF, put together in the browser: HR's bulk PDF and a
 * learner's own. pdf-lib, fontkit, bidi-js and the TrueType fonts are fetched
 * only here, when someone presses a button: no page loads them on its own.
 * Only the font files the names need are fetched (fontFilesFor), each once.
 */
import type { CertificateEntry, PdfFontFiles } from '../../lib/hr/certificate-pdf';
import {
  certificateEntry,
  certificateLanguage,
  entryTexts,
  hasCertificate,
  undrawable,
  type CertificateHolder,
  type CertificateLanguage,
  type CertificateSettings,
} from '../../lib/hr/certificate-entries';
import type { Learner } from '../../lib/hr/cohort';
import { fontFilesFor } from '../../lib/hr/pdf-fonts';
import { cohortFileName } from '../../lib/hr/records';
import { fileNamePart } from '../../lib/progress/file';

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

async function pdfBlob(entries: readonly CertificateEntry[], fontsUrl: string, info: { title: string; author: string; language: string }, onProgress?: (done: number) => void): Promise<Blob> {
  const [{ certificatesPdf }, fontFiles] = await Promise.all([import('../../lib/hr/certificate-pdf'), loadFonts(fontsUrl, entries)]);
  const bytes = await certificatesPdf(entries, fontFiles, info, onProgress);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/** HR's PDF: one page per learner, each in the chosen language or the learner's own. */
export async function certificatesBlob(
  learners: readonly Learner[],
  choice: string,
  fallback: string,
  settings: CertificateSettings,
  title: string,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const available = Object.keys(settings.languages);
  const entries = learners.filter(hasCertificate).map((learner) => certificateEntry(learner, certificateLanguage(learner, choice, fallback, available), settings));
  return pdfBlob(entries, settings.fontsUrl, { title, author: settings.organisation, language: choice === 'preferred' ? fallback : choice }, onProgress);
}

/**
 * A learner's own certificate, in the language of the page; or, when the name
 * or employee ID has characters no PDF font has, those characters (the learner
 * is told to print from the browser instead).
 */
export async function learnerCertificate(
  course: string,
  holder: CertificateHolder,
  locale: string,
  settings: Omit<CertificateSettings, 'languages'> & { language: CertificateLanguage },
  title: string,
): Promise<{ ok: true; blob: Blob; fileName: string } | { ok: false; characters: string[] }> {
  const characters = undrawable(holder);
  if (characters.length) return { ok: false, characters };
  const entry = certificateEntry(holder, locale, { ...settings, languages: { [locale]: settings.language } });
  const blob = await pdfBlob([entry], settings.fontsUrl, { title, author: settings.organisation, language: locale });
  // The same name as the one HR downloads for this learner.
  return { ok: true, blob, fileName: cohortFileName(course, new Date(), 'pdf', `certificate-${fileNamePart(holder.name)}`) };
}
