/**
 * What each certificate in the bulk PDF says: the learner's details in the
 * words of the chosen language (the same "certificate." strings as the
 * printed certificate), and which language that is.
 */
import type { CertificateEntry, CertificateWording } from './certificate-pdf';
import type { LearnerRow as Learner } from './cohort';
import { unsupportedCharacters, type PdfText } from './pdf-fonts';
import { makeTranslator, type UiStrings } from '../ui-strings';
import { intlLocale } from '../locales';

/** What a certificate says in one language. */
export interface CertificateLanguage {
  /** The language's own name, for the picker ("العربية"). */
  readonly label: string;
  readonly dir: 'ltr' | 'rtl';
  readonly courseTitle: string;
  /** The "certificate." strings of that locale. */
  readonly strings: UiStrings;
}

export interface CertificateSettings {
  readonly organisation: string;
  readonly signerName: string;
  readonly signerRole: string;
  /** URL of public/fonts/pdf/ with the site's base, ending in "/" (used by the island that loads them). */
  readonly fontsUrl: string;
  readonly languages: Readonly<Record<string, CertificateLanguage>>;
}

/** The language of a learner's certificate: the one chosen, or the learner's own if the course has it. */
export function certificateLanguage(learner: Pick<Learner, 'locale'>, choice: string, fallback: string, available: readonly string[]): string {
  if (choice !== 'preferred') return choice;
  return learner.locale && available.includes(learner.locale) ? learner.locale : fallback;
}

/** What a certificate needs to know of a learner (HR's cohort record, or the learner's own progress). */
export type CertificateHolder = Pick<Learner, 'employeeId' | 'finalScore'> & { readonly name: string; readonly certificateId: string; readonly completedAt: number };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language: making one per certificate costs more than drawing the page at 10,000 learners. */
function longDate(locale: string): Intl.DateTimeFormat {
  const known = dateFormats.get(locale);
  if (known) return known;
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' });
  dateFormats.set(locale, format);
  return format;
}

/** What one learner's certificate page says, in `locale`. */
export function certificateEntry(learner: CertificateHolder, locale: string, settings: Omit<CertificateSettings, 'fontsUrl'>): CertificateEntry {
  const language = settings.languages[locale]!;
  const text = makeTranslator(language.strings, `the certificate strings of "${locale}"`);
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
  const date = longDate(locale).format(learner.completedAt * 1000);
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

/** Every line of text on a certificate, with its weight: what the PDF has to draw (for fontFilesFor). */
export function entryTexts(entry: CertificateEntry): PdfText[] {
  const { wording } = entry;
  const regular = [wording.organisation, wording.certifies, wording.completed, entry.onDate, entry.score ?? '', `${wording.employee}${entry.employeeId ?? ''}`, wording.signerName, wording.signerRole, `${wording.id}${entry.certificateId}`];
  const bold = [wording.title, entry.name, wording.courseTitle];
  return [...regular.map((text) => ({ text, bold: false })), ...bold.map((text) => ({ text, bold: true }))];
}

/** The characters of the learner's own details (name, employee ID) that the PDF cannot draw, each once. */
export function undrawable(learner: Pick<Learner, 'name' | 'employeeId'>): string[] {
  return unsupportedCharacters(`${learner.name ?? ''}${learner.employeeId ?? ''}`);
}

/** Who gets a certificate in the PDF, and who does not and why. */
export interface CertificateGaps {
  /** Completed, with a name the PDF can draw. */
  readonly drawable: ReadonlyArray<Learner & { name: string; certificateId: string; completedAt: number }>;
  /** Completed, but with characters in the name or employee ID that no PDF font has (Chinese, emoji...): the browser-printed certificate instead. */
  readonly undrawable: ReadonlyArray<{ readonly learner: Learner; readonly characters: readonly string[] }>;
  /** Completed, but the file has no name, so no certificate at all. */
  readonly noName: readonly Learner[];
}

export function certificateGaps(learners: readonly Learner[]): CertificateGaps {
  const drawable: Array<CertificateGaps['drawable'][number]> = [];
  const notDrawn: Array<CertificateGaps['undrawable'][number]> = [];
  const noName: Learner[] = [];
  for (const learner of learners) {
    if (!hasCertificate(learner)) {
      if (learner.complete) noName.push(learner);
      continue;
    }
    const characters = undrawable(learner);
    if (characters.length) notDrawn.push({ learner, characters });
    else drawable.push(learner);
  }
  return { drawable, undrawable: notDrawn, noName };
}
