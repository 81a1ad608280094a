import bidiFactory from 'bidi-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visualRuns } from '../../src/lib/hr/bidi-runs';

const bidi = bidiFactory();
const layout = (text: string, base: 'ltr' | 'rtl' | 'auto') => visualRuns(text, base, bidi).map(({ text: run, input, font, rtl }) => ({ run, input, font, rtl }));

describe('bidi runs for pdf-lib', () => {
  it('keeps a left-to-right name as one Latin run', () => {
    expect(layout('Kovács Erzsébet Őrsi', 'ltr')).toEqual([{ run: 'Kovács Erzsébet Őrsi', input: 'Kovács Erzsébet Őrsi', font: 'latin', rtl: false }]);
    expect(layout('Στέλιος Θεοδωρίδης', 'auto')[0]!.font).toBe('latin');
  });
  it('hands an Arabic name to the shaper as written (fontkit reverses it)', () => {
    expect(layout('فاطمة الزهراء', 'rtl')).toEqual([{ run: 'فاطمة الزهراء', input: 'فاطمة الزهراء', font: 'arabic', rtl: true }]);
  });
  it('puts the runs of a mixed name in visual order', () => {
    expect(layout('Fatima Al-Zahra / فاطمة الزهراء', 'auto')).toEqual([
      { run: 'Fatima Al-Zahra / ', input: 'Fatima Al-Zahra / ', font: 'latin', rtl: false },
      { run: 'فاطمة الزهراء', input: 'فاطمة الزهراء', font: 'arabic', rtl: true },
    ]);
    // In a right-to-left paragraph the Arabic comes first, at the right; the slash between reads right to left.
    expect(layout('فاطمة الزهراء / Fatima', 'auto')).toEqual([
      { run: 'Fatima', input: 'Fatima', font: 'latin', rtl: false },
      { run: '/ ', input: ' /', font: 'latin', rtl: true },
      { run: 'فاطمة الزهراء ', input: 'فاطمة الزهراء ', font: 'arabic', rtl: true },
    ]);
  });
  it('hands a Hebrew name to the shaper as written, like Arabic (fontkit reverses it), and picks each script its face', () => {
    expect(layout('דוד כהן', 'auto')).toEqual([{ run: 'דוד כהן', input: 'דוד כהן', font: 'hebrew', rtl: true }]);
    // Latin first: a left-to-right line; the Hebrew part is one right-to-left run after it.
    expect(layout('Sara / שרה כהן', 'auto')).toEqual([
      { run: 'Sara / ', input: 'Sara / ', font: 'latin', rtl: false },
      { run: 'שרה כהן', input: 'שרה כהן', font: 'hebrew', rtl: true },
    ]);
    expect(layout('अमन कुमार', 'ltr')).toEqual([{ run: 'अमन कुमार', input: 'अमन कुमार', font: 'devanagari', rtl: false }]);
    expect(layout('Արամ ნინო', 'ltr').map((run) => run.font)).toEqual(['armenian', 'georgian']);
  });
  it('keeps digits inside Arabic in reading order', () => {
    // "22 November 2026" in Arabic: 2026 is at the left, 22 at the right, and neither is reversed.
    expect(layout('22 نوفمبر 2026', 'rtl').map((run) => run.input)).toEqual(['2026', 'نوفمبر ', ' ', '22']);
  });
  it('pre-reverses Arabic-Indic digits, which fontkit would otherwise reverse', () => {
    expect(layout('عام ٢٠٢٦', 'rtl')).toEqual([
      { run: '٢٠٢٦', input: '٦٢٠٢', font: 'arabic', rtl: false },
      { run: 'عام ', input: 'عام ', font: 'arabic', rtl: true },
    ]);
  });
  it('mirrors brackets that read right to left', () => {
    // Logical "(2026)" after Arabic: the closing bracket is drawn first, at the left, as "(".
    expect(layout('لحظات الصدق (2026)', 'rtl')).toEqual([
      { run: ')', input: '(', font: 'latin', rtl: true },
      { run: '2026', input: '2026', font: 'latin', rtl: false },
      { run: '(', input: ')', font: 'latin', rtl: true },
      { run: 'لحظات الصدق ', input: 'لحظات الصدق ', font: 'arabic', rtl: true },
    ]);
  });
  it('gives combining marks the font of the letter before them, and drops direction controls', () => {
    expect(layout('Ko\u0301vacs', 'ltr')).toEqual([{ run: 'Ko\u0301vacs', input: 'Ko\u0301vacs', font: 'latin', rtl: false }]);
    expect(layout('رقم: \u2066MOT-1\u2069', 'rtl').map((run) => run.input)).toEqual(['MOT-1', ' :', 'رقم']);
    expect(layout('A\uFE0FB', 'ltr').map((run) => run.input)).toEqual(['AB']);
  });
  it('handles an empty line and characters outside the BMP', () => {
    expect(layout('', 'ltr')).toEqual([]);
    expect(layout('\u2066\u2069', 'rtl')).toEqual([]);
    expect(layout('A😀B', 'ltr')).toEqual([{ run: 'A😀B', input: 'A😀B', font: 'latin', rtl: false }]);
  });
  it('never loses or adds a character (property)', () => {
    const alphabet = fc.constantFrom(...'ab 12()/-،فاطمةالزهراء٢٠Ωжé\u0301'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), fc.constantFrom('ltr' as const, 'rtl' as const, 'auto' as const), (text, base) => {
        const runs = visualRuns(text, base, bidi);
        const sorted = (value: string) => [...value].sort().join('');
        expect(sorted(runs.map((run) => run.text).join(''))).toBe(sorted(text));
        for (const run of runs) expect([...run.input].length).toBe([...run.text].length);
      }),
    );
  });
});
