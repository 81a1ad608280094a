/**
 * The bulk certificate PDF, put together in the browser. pdf-lib, fontkit,
 * bidi-js and the TrueType fonts are fetched only here, when HR presses the
 * button: no learner page ever loads them.
 */
import type { PdfFontFiles } from '../../lib/hr/certificate-pdf';
import { certificateEntry, certificateLanguage, hasCertificate, type CertificateSettings } from '../../lib/hr/certificate-entries';
import type { Learner } from '../../lib/hr/cohort';

const FONT_FILES = { latin: 'NotoSans-Regular', latinBold: 'NotoSans-Bold', arabic: 'NotoSansArabic-Regular', arabicBold: 'NotoSansArabic-Bold' } as const;
let fonts: Promise<PdfFontFiles> | undefined;

function loadFonts(url: string): Promise<PdfFontFiles> {
  fonts ??= Promise.all(
    Object.entries(FONT_FILES).map(async ([key, file]) => {
      const response = await fetch(`${url}${file}.ttf`);
      if (!response.ok) throw new Error(`${file}.ttf: ${response.status}`);
      return [key, await response.arrayBuffer()] as const;
    }),
  ).then((pairs) => Object.fromEntries(pairs) as unknown as PdfFontFiles);
  // A failed download can be tried again.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

export async function certificatesBlob(
  learners: readonly Learner[],
  choice: string,
  fallback: string,
  settings: CertificateSettings,
  title: string,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const [{ certificatesPdf }, fontFiles] = await Promise.all([import('../../lib/hr/certificate-pdf'), loadFonts(settings.fontsUrl)]);
  const available = Object.keys(settings.languages);
  const entries = learners.filter(hasCertificate).map((learner) => certificateEntry(learner, certificateLanguage(learner, choice, fallback, available), settings));
  const bytes = await certificatesPdf(entries, fontFiles, { title, author: settings.organisation, language: choice === 'preferred' ? fallback : choice }, onProgress);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
