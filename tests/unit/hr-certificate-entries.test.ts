import { describe, expect, it } from 'vitest';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import { certificateEntry, certificateGaps, certificateLanguage, entryTexts, hasCertificate, undrawable, type CertificateSettings } from '../../src/lib/hr/certificate-entries';
import { fontFilesFor } from '../../src/lib/hr/pdf-fonts';
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
  doc: { v: 2, l: {} },
  files: ['a.json'],
  lessonsCompleted: 12,
  checkScores: {},
  finalScore: 95,
  finalResult: 'passed',
  complete: true,
  completedAt: 1795300600,
  certificateId: 'MOT-1234-ABCD-5678',
  signature: { status: 'self-reported' },
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

  it('list every line the PDF draws, with its weight, so that only the fonts needed are fetched', () => {
    const entry = certificateEntry(withCertificate(learner({ name: 'דוד כהן', employeeId: 'სმ-1' })), 'en', settings);
    const texts = entryTexts(entry);
    expect(texts).toContainEqual({ text: 'דוד כהן', bold: true });
    expect(texts).toContainEqual({ text: 'Employee ID: სმ-1', bold: false });
    expect(texts).toContainEqual({ text: 'Certificate of completion', bold: true });
    expect(texts).toContainEqual({ text: 'Final assessment score: 95%', bold: false });
    expect(fontFilesFor(texts).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansArabic-Bold', 'NotoSansArabic-Regular', 'NotoSansGeorgian-Regular', 'NotoSansHebrew-Bold']);
    const bare = entryTexts(certificateEntry(withCertificate(learner({ employeeId: undefined, finalScore: undefined })), 'en', settings));
    expect(bare).toContainEqual({ text: '', bold: false });
    expect(bare).toContainEqual({ text: 'Employee ID: ', bold: false });
  });

  it('find what the PDF cannot draw in a name or an employee ID', () => {
    expect(undrawable({ name: '陈伟 Chen Wei' })).toEqual(['陈', '伟']);
    expect(undrawable({ name: 'Amy Lee', employeeId: '😀7' })).toEqual(['😀']);
    expect(undrawable({})).toEqual([]);
  });

  it('sort the cohort into certificates drawn, names the PDF cannot draw, and completions without a name', () => {
    const chen = learner({ key: 'id:c', name: '陈伟 Chen Wei' });
    const amy = learner({ key: 'id:a', name: 'Amy 😀 Lee' });
    const kovacs = learner();
    const nameless = learner({ key: 'file:x.json', name: undefined, certificateId: undefined });
    const unfinished = learner({ key: 'id:u', complete: false, completedAt: undefined, certificateId: undefined });
    const gaps = certificateGaps([chen, kovacs, nameless, amy, unfinished]);
    expect(gaps.drawable).toEqual([kovacs]);
    expect(gaps.undrawable).toEqual([
      { learner: chen, characters: ['陈', '伟'] },
      { learner: amy, characters: ['😀'] },
    ]);
    expect(gaps.noName).toEqual([nameless]);
  });
});
