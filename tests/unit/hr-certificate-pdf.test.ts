import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatesPdf, PAGE_SIZE, type CertificateEntry, type CertificateWording } from '../../src/lib/hr/certificate-pdf';

const font = (name: string) => readFileSync(new URL(`../../public/fonts/pdf/${name}.ttf`, import.meta.url));
const fonts = { latin: font('NotoSans-Regular'), latinBold: font('NotoSans-Bold'), arabic: font('NotoSansArabic-Regular'), arabicBold: font('NotoSansArabic-Bold') };

const english: CertificateWording = {
  locale: 'en',
  dir: 'ltr',
  organisation: 'Moments of Truth open course',
  title: 'Certificate of completion',
  certifies: 'This certifies that',
  completed: 'has completed the course',
  courseTitle: 'Moments of Truth',
  signerName: 'Course Coordinator',
  signerRole: 'Customer Service Training',
  employee: 'Employee ID: ',
  id: 'Certificate ID: ',
};
const arabic: CertificateWording = { ...english, locale: 'ar', dir: 'rtl', title: 'شهادة إتمام', courseTitle: 'لحظات الصدق', certifies: 'نشهد بأنّ', completed: 'قد أتمّ الدورة', employee: 'الرقم الوظيفي: ', id: 'رقم الشهادة: ' };

const entry = (name: string, wording: CertificateWording, extra: Partial<CertificateEntry> = {}): CertificateEntry => ({
  name,
  onDate: wording.dir === 'rtl' ? 'في 22 نوفمبر 2026' : 'on 22 November 2026',
  certificateId: 'MOT-1234-ABCD-5678',
  wording,
  ...extra,
});

describe('certificates as PDF', () => {
  it('draws one A4 landscape page per learner, with the metadata set', async () => {
    const entries = [
      entry('Kovács Erzsébet Őrsi', english, { score: 'Final assessment score: 95%', employeeId: 'HU-0042' }),
      entry('Алексей Смирнов', english),
      entry('Στέλιος Θεοδωρίδης', english),
      entry('فاطمة الزهراء', arabic, { employeeId: 'AR-7', score: 'درجة التقييم النهائي: 90%' }),
      entry('Fatima Al-Zahra / فاطمة الزهراء', english),
      entry('A very long name that goes on and on, Maximilian Alexander Bartholomew von Habsburg-Lothringen the Third', english),
    ];
    const progress: number[] = [];
    const bytes = await certificatesPdf(entries, fonts, { title: 'Certificates', author: 'Moments of Truth open course', language: 'en' }, (done) => progress.push(done));
    expect(progress).toEqual([entries.length]);
    if (process.env.PDF_OUT) writeFileSync(join(process.env.PDF_OUT === '1' ? tmpdir() : process.env.PDF_OUT, 'certificates.pdf'), bytes);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(entries.length);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(PAGE_SIZE[0]);
      expect(page.getHeight()).toBeCloseTo(PAGE_SIZE[1]);
    }
    expect(doc.getTitle()).toBe('Certificates');
    expect(doc.getAuthor()).toBe('Moments of Truth open course');
    expect(doc.getCreator()).toBe('Moments of Truth');
    // Only the glyphs used are embedded: a few hundred kilobytes of fonts become a small file.
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('reports its progress every ten pages', async () => {
    const progress: number[] = [];
    const many = Array.from({ length: 23 }, (_, index) => entry(`Learner ${index}`, english));
    const doc = await PDFDocument.load(await certificatesPdf(many, fonts, { title: 'Many', author: 'x', language: 'en' }, (done) => progress.push(done)));
    expect(progress).toEqual([10, 20, 23]);
    expect(doc.getPageCount()).toBe(23);
  });

  it('makes an empty document for no learners', async () => {
    const doc = await PDFDocument.load(await certificatesPdf([], fonts, { title: 'None', author: 'x', language: 'ar' }));
    expect(doc.getPageCount()).toBe(0);
  });
});
