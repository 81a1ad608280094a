/**
 * What each certificate in the bulk PDF says: the learner's details in the
 * words of the chosen language (the same "certificate." strings as the
 * printed certificate), and which language that is.
 */
import type { CertificateEntry, CertificateWording } from './certificate-pdf';
import type { Learner } from './cohort';
import { makeTranslator, type UiStrings } from '../ui-strings';

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
export function certificateLanguage(learner: Learner, choice: string, fallback: string, available: readonly string[]): string {
  if (choice !== 'preferred') return choice;
  return learner.locale && available.includes(learner.locale) ? learner.locale : fallback;
}

/** What one learner's certificate page says, in `locale`. */
export function certificateEntry(learner: Learner & { name: string; certificateId: string; completedAt: number }, locale: string, settings: CertificateSettings): CertificateEntry {
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
