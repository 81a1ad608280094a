import { describe, expect, it } from 'vitest';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import { certificateEntry, certificateLanguage, hasCertificate, type CertificateSettings } from '../../src/lib/hr/certificate-entries';
import type { Learner } from '../../src/lib/hr/cohort';

const settings: CertificateSettings = {
  organisation: 'Moments of Truth open course',
  signerName: 'Course Coordinator',
  signerRole: 'Customer Service Training',
  fontsUrl: '/fonts/pdf/',
  languages: {
    en: { label: 'English', dir: 'ltr', courseTitle: 'Moments of Truth', strings: en },
    ar: { label: 'العربية', dir: 'rtl', courseTitle: 'لحظات الصدق', strings: ar },
  },
};

const learner = (extra: Partial<Learner> = {}): Learner => ({
  key: 'id:e1',
  name: 'Kovács Erzsébet',
  employeeId: 'HU-1',
  doc: { v: 1, l: {} },
  files: ['a.json'],
  lessonsCompleted: 12,
  checkScores: {},
  finalScore: 95,
  finalResult: 'passed',
  complete: true,
  completedAt: 1795300600,
  certificateId: 'MOT-1234-ABCD-5678',
  ...extra,
});

function withCertificate(entry: Learner) {
  if (!hasCertificate(entry)) throw new Error('this learner has no certificate');
  return entry;
}

describe('certificate entries', () => {
  it('use the chosen language, or each learner’s own when the course has it', () => {
    expect(certificateLanguage(learner({ locale: 'ar' }), 'en', 'en', ['en', 'ar'])).toBe('en');
    expect(certificateLanguage(learner({ locale: 'ar' }), 'preferred', 'en', ['en', 'ar'])).toBe('ar');
    expect(certificateLanguage(learner({ locale: 'ru' }), 'preferred', 'en', ['en', 'ar'])).toBe('en');
    expect(certificateLanguage(learner(), 'preferred', 'ar', ['en', 'ar'])).toBe('ar');
  });

  it('say the same as the printed certificate, in that language', () => {
    const entry = certificateEntry(withCertificate(learner()), 'en', settings);
    expect(entry).toMatchObject({
      name: 'Kovács Erzsébet',
      employeeId: 'HU-1',
      score: 'Final assessment score: 95%',
      certificateId: 'MOT-1234-ABCD-5678',
      wording: { locale: 'en', dir: 'ltr', title: 'Certificate of completion', courseTitle: 'Moments of Truth', id: 'Certificate ID: ', employee: 'Employee ID: ' },
    });
    expect(entry.onDate).toMatch(/^on \d{1,2} \w+ \d{4}$|^on \w+ \d{1,2}, \d{4}$/);
    const arabic = certificateEntry(withCertificate(learner({ employeeId: undefined, finalScore: undefined })), 'ar', settings);
    expect(arabic.wording).toMatchObject({ dir: 'rtl', title: 'شهادة إتمام', courseTitle: 'لحظات الصدق' });
    expect(arabic).not.toHaveProperty('employeeId');
    expect(arabic).not.toHaveProperty('score');
  });

  it('are made only for learners with a name, a completion and an ID', () => {
    expect(hasCertificate(learner())).toBe(true);
    expect(hasCertificate(learner({ name: undefined }))).toBe(false);
    expect(hasCertificate(learner({ certificateId: undefined }))).toBe(false);
    expect(hasCertificate(learner({ completedAt: undefined }))).toBe(false);
  });
});
