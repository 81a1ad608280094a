/**
 * CSV for HR systems and spreadsheet programs (RFC 4180):
 * - fields are separated by commas and records end with CRLF;
 * - a field holding a comma, a double quote, CR or LF is quoted, with inner quotes doubled;
 * - the file starts with a UTF-8 byte order mark, so Excel opens Arabic, Cyrillic and Greek right;
 * - text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 *   leading apostrophe, so a learner's name can never become a formula (CSV injection).
 * Numbers are written as numbers; dates are ISO 8601 strings made by the caller.
 */

export type Cell = string | number | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. An undefined cell is empty. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, then each row as a CRLF-terminated record. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** "2026-11-22T09:30:00Z" from unix seconds: the same in every locale and time zone. */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
