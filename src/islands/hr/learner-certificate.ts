/**
 * A learner's own certificate as PDF, from the certificate page: loaded only
 * when the learner presses "Download as PDF" (with certificates.ts, which
 * fetches the PDF code and the fonts the name needs).
 */
import { certificateEntry, undrawable, type CertificateHolder, type CertificateLanguage, type CertificateSettings } from '../../lib/hr/certificate-entries';
import { cohortFileName } from '../../lib/hr/records';
import { localeDir, withBase, type LocaleCode } from '../../lib/locales';
import { fileNamePart } from '../../lib/progress/file';
import { pdfBlob } from './certificates';
import type { Translate, UiStrings } from '../../lib/ui-strings';

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

/** What the learner's certificate page knows (its island's props). */
interface LearnerPage {
  readonly courseId: string;
  readonly courseTitle: string;
  readonly organisation: string;
  readonly signerName: string;
  readonly signerRole: string;
  readonly locale: string;
  readonly strings: UiStrings;
}

/** Makes and downloads the learner's PDF; says what happened, or why there is no PDF (then the browser print is the way). */
export async function downloadLearnerPdf(
  holder: CertificateHolder,
  page: LearnerPage,
  t: Translate,
): Promise<{ message: string; warning?: boolean }> {
  try {
    const result = await learnerCertificate(
      page.courseId,
      holder,
      page.locale,
      {
        organisation: page.organisation,
        signerName: page.signerName,
        signerRole: page.signerRole,
        fontsUrl: withBase('/fonts/pdf/', import.meta.env.BASE_URL),
        language: { label: page.locale, dir: localeDir(page.locale as LocaleCode), courseTitle: page.courseTitle, strings: page.strings },
      },
      t('certificate.title'),
    );
    if (!result.ok) return { warning: true, message: t('certificate.pdfCannotDraw', { characters: result.characters.join(' ') }) };
    const { downloadBlob } = await import('../download');
    downloadBlob(result.fileName, result.blob);
    return { message: t('certificate.pdfDone', { size: Math.max(1, Math.round(result.blob.size / 1024)) }) };
  } catch (error) {
    return { warning: true, message: t('certificate.pdfFailed', { detail: (error as Error).message }) };
  }
}
