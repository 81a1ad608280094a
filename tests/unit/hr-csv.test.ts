import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, isoTime, toCsv } from '../../src/lib/hr/csv';

/** A strict RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Kovács Erzsébet')).toBe('Kovács Erzsébet');
    expect(csvField('فاطمة الزهراء')).toBe('فاطمة الزهراء');
    expect(csvField(95)).toBe('95');
    expect(csvField(0)).toBe('0');
  });
  it('writes an undefined cell, or a number that is not finite, as empty', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('quotes a field with a comma, a quote, CR or LF, doubling inner quotes', () => {
    expect(csvField('Smith, Anna')).toBe('"Smith, Anna"');
    expect(csvField('Anna "Ann" Smith')).toBe('"Anna ""Ann"" Smith"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tlead', '\rlead'])('neutralises a formula: %j', (text) => {
    const field = csvField(text);
    expect(parseCsv(`${field}\r\n`)[0]![0]).toBe(`'${text}`);
  });
  it('does not touch a negative number given as a number, or a formula sign later in the text', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('CSV files', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const text = toCsv([
      ['Name', 'Score'],
      ['Алексей', 90],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe('\uFEFFName,Score\r\nАлексей,90\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('reads back the same cells, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const read = parseCsv(toCsv(rows).slice(1));
        expect(read).toEqual(rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
      }),
    );
  });
  it('writes times as ISO 8601 in UTC, to the second', () => {
    expect(isoTime(1795300600)).toBe('2026-11-21T22:36:40Z');
    expect(isoTime(0)).toBe('1970-01-01T00:00:00Z');
  });
});
