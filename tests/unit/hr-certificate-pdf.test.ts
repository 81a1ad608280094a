import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatesPdf, PAGE_SIZE, type CertificateEntry, type CertificateWording } from '../../src/lib/hr/certificate-pdf';
import { fontFilesFor } from '../../src/lib/hr/pdf-fonts';

const FONT_DIR = new URL('../../public/fonts/pdf/', import.meta.url);
const font = (name: string) => readFileSync(new URL(`${name}.ttf`, FONT_DIR));
/** Every font file in public/fonts/pdf/, by name. */
const allFonts = Object.fromEntries(
  readdirSync(FONT_DIR)
    .filter((file) => file.endsWith('.ttf'))
    .map((file) => [file.slice(0, -4), font(file.slice(0, -4))]),
);
const fonts = Object.fromEntries(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold'].map((name) => [name, font(name)]));
const out = mkdtempSync(join(tmpdir(), 'mot-pdf-'));

/** pdftotext of each page, with direction marks and the spaces it puts between glyph runs taken out of the comparison. */
function pdfText(bytes: Uint8Array): string[] {
  const file = join(out, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf-8' })
    .split('\f')
    .filter((page) => page.trim())
    .map((page) => page.replace(/[\u200e\u200f\u202a-\u202e]/g, ''));
}
const lines = (page: string) => page.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));

/**
 * The name line of each page as drawn, glyph by glyph from left to right
 * (pdftotext -bbox gives each word's glyphs in drawing order and its position).
 * A right-to-left name reads correctly when this is its reverse.
 */
function drawnNames(bytes: Uint8Array): string[] {
  const file = join(out, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf-8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
        // The one-line name sits 358 pt above the bottom of a 595 pt page: its words' tops are near 203 pt from the top.
        .filter((match) => Math.abs(Number(match[2]) - 203) < 10)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((match) => match[3])
        .join(' '),
    );
}
const reversed = (text: string) => [...text].reverse().join('');

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
      entry('فاطمة الزهراء', arabic, { employeeId: 'AR-7', score: 'درجة الاختبار النهائي: 90%' }),
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

  it('prints names in eleven scripts right, each in its own face, in reading order', async () => {
    // Each name with what pdftotext reads back from the page (the same text, in logical order).
    const names = [
      'Kovács Erzsébet Őrsi', // Latin with accents
      'Στέλιος Θεοδωρίδης', // Greek
      'Алексей Смирнов', // Cyrillic
      'فاطمة الزهراء', // Arabic
      'דוד כהן', // Hebrew, right to left
      'אברהם בן-דוד', // Hebrew with a hyphen between two words
      'अमन कुमार', // Devanagari (through fontkit's Indic shaper)
      'สมชาย ใจดี', // Thai
      'Արամ Խաչատրյան', // Armenian
      'ნინო ბერიძე', // Georgian
      'তানভীর', // Bengali
      'ਅਮਨ ਕੌਰ', // Gurmukhi
      'Sara Cohen / שרה כהן', // Latin then Hebrew: the Hebrew part stays in reading order
    ];
    const entries = names.map((name) => entry(name, english));
    const files = fontFilesFor(entries.map((item) => ({ text: item.name, bold: true })));
    const bytes = await certificatesPdf(entries, Object.fromEntries(files.map((file) => [file, allFonts[file]!])), { title: 'Scripts', author: 'x', language: 'en' });
    if (process.env.PDF_OUT) writeFileSync(join(process.env.PDF_OUT === '1' ? tmpdir() : process.env.PDF_OUT, 'scripts.pdf'), bytes);
    const pages = pdfText(bytes);
    expect(pages).toHaveLength(names.length);
    const drawn = drawnNames(bytes);
    for (const [index, name] of names.entries()) {
      if (/[\u0590-\u05FF]/.test(name)) continue;
      expect(lines(pages[index]!)).toContain(name);
    }
    // Hebrew reads right to left: its first word is drawn at the right (pdftotext puts a hyphen between Hebrew words in the wrong place, so these are checked glyph by glyph).
    expect(drawn[names.indexOf('דוד כהן')]).toBe(reversed('דוד כהן'));
    expect(drawn[names.indexOf('אברהם בן-דוד')]).toBe(reversed('אברהם בן-דוד'));
    // A name that starts in Latin is a left-to-right line with the Hebrew part in reading order inside it.
    expect(drawn[names.indexOf('Sara Cohen / שרה כהן')]).toBe(`Sara Cohen / ${reversed('שרה כהן')}`);
    expect(lines(pages[names.indexOf('Sara Cohen / שרה כהן')]!)).toContain('Sara Cohen / שרה כהן');
    // Names in scripts without reordering are drawn letter by letter in reading order.
    expect(drawn[names.indexOf('Արամ Խաչատրյան')]).toBe('Արամ Խաչատրյան');
    // Only the faces the names need were embedded: Tamil and the regular weight of the extra faces were not asked for.
    const file = join(out, 'scripts.pdf');
    writeFileSync(file, bytes);
    const embedded = execFileSync('pdffonts', [file], { encoding: 'utf-8' });
    expect(embedded).toContain('NotoSansHebrew-Bold');
    expect(embedded).toContain('NotoSansDevanagari-Bold');
    expect(embedded).not.toContain('NotoSansTamil');
    expect(embedded).not.toContain('NotoSansHebrew-Regular');
  });

  it('draws an Arabic certificate with a Hebrew name and a Thai employee ID', async () => {
    const item = entry('דוד כהן', arabic, { employeeId: 'สมชาย-7' });
    const files = fontFilesFor([
      { text: item.name, bold: true },
      { text: item.employeeId!, bold: false },
    ]);
    expect(files).toContain('NotoSansThai-Regular');
    const [page] = pdfText(await certificatesPdf([item], Object.fromEntries(files.map((file) => [file, allFonts[file]!])), { title: 'x', author: 'x', language: 'ar' }));
    expect(lines(page!)).toContain('דוד כהן');
    expect(page).toContain('สมชาย-7');
  });

  it('draws a face that was not loaded in the Latin face, and needs the Latin face', async () => {
    // Without the Hebrew file the name still draws (as boxes): the islands warn before this can happen.
    const bytes = await certificatesPdf([entry('דוד', english)], fonts, { title: 'x', author: 'x', language: 'en' });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    // What the check above catches: boxes are not the name.
    expect(pdfText(bytes)[0]).not.toContain('דוד');
    await expect(certificatesPdf([entry('x', english)], { 'NotoSans-Bold': fonts['NotoSans-Bold']! }, { title: 'x', author: 'x', language: 'en' })).rejects.toThrow(
      'NotoSans-Regular.ttf is needed',
    );
  });

  it('makes an empty document for no learners', async () => {
    const doc = await PDFDocument.load(await certificatesPdf([], fonts, { title: 'None', author: 'x', language: 'ar' }));
    expect(doc.getPageCount()).toBe(0);
  });
});
