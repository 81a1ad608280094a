/**
 * The bulk certificate PDF, put together in the browser. pdf-lib, fontkit,
 * bidi-js and the TrueType fonts are fetched only here, when HR presses the
 * button: no learner page ever loads them.
 */
import type { Learner } from '../../lib/hr/cohort';
import type { CertificateEntry, CertificateWording, PdfFontFiles } from '../../lib/hr/certificate-pdf';
import { interpolate } from '../../lib/ui-strings';

/** What a certificate says in one language. */
export interface CertificateLanguage {
  /** The language's own name, for the picker ("العربية"). */
  readonly label: string;
  readonly dir: 'ltr' | 'rtl';
  readonly courseTitle: string;
  /** The "certificate." strings of that locale. */
  readonly strings: Readonly<Record<string, string>>;
}

export interface CertificateSettings {
  readonly organisation: string;
  readonly signerName: string;
  readonly signerRole: string;
  /** URL of public/fonts/pdf/ with the site's base, ending in "/". */
  readonly fontsUrl: string;
  readonly languages: Readonly<Record<string, CertificateLanguage>>;
}

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

/** The language of a learner's certificate: the one chosen, or the learner's own if the course has it. */
export function certificateLanguage(learner: Learner, choice: string, fallback: string, available: readonly string[]): string {
  if (choice !== 'preferred') return choice;
  return learner.locale && available.includes(learner.locale) ? learner.locale : fallback;
}

function entryFor(learner: Learner & { name: string; certificateId: string; completedAt: number }, locale: string, settings: CertificateSettings): CertificateEntry {
  const language = settings.languages[locale]!;
  const text = (key: string, values?: Record<string, string | number>) => interpolate(language.strings[key] ?? key, values);
  const wording: CertificateWording = {
    locale,
    dir: language.dir,
    organisation: settings.organisation,
    title: text('certificate.title'),
    certifies: text('certificate.certifies'),
    completed: text('certificate.completed'),
    courseTitle: language.courseTitle,
    signerName: settings.signerName,
    signerRole: settings.signerRole,
    employee: text('certificate.employee'),
    id: text('certificate.id'),
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(learner.completedAt * 1000);
  return {
    name: learner.name,
    ...(learner.employeeId ? { employeeId: learner.employeeId } : {}),
    onDate: text('certificate.on', { date }),
    ...(learner.finalScore !== undefined ? { score: text('certificate.score', { percent: learner.finalScore }) } : {}),
    certificateId: learner.certificateId,
    wording,
  };
}

export const hasCertificate = (learner: Learner): learner is Learner & { name: string; certificateId: string; completedAt: number } =>
  Boolean(learner.name && learner.certificateId && learner.completedAt !== undefined);

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
  const entries = learners.filter(hasCertificate).map((learner) => entryFor(learner, certificateLanguage(learner, choice, fallback, available), settings));
  const bytes = await certificatesPdf(entries, fontFiles, { title, author: settings.organisation, language: choice === 'preferred' ? fallback : choice }, onProgress);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
