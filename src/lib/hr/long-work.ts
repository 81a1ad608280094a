/**
 * Long work made to look like long work: how much time is left, said in the
 * page's language, and which slice of a long table a page of it shows.
 */
import { intlLocale } from '../locales';

/**
 * Seconds left at the pace so far, or undefined while there is too little to
 * go by (nothing done yet, or under half a second of work).
 */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (done <= 0 || elapsedMs < 500) return undefined;
  return Math.max(0, Math.ceil(((total - done) * elapsedMs) / done / 1000));
}

/** "about 2 minutes" or "about 40 seconds" in `locale` (rounded up to whole minutes from 90 s). */
export function durationWords(seconds: number, locale: string): string {
  const minutes = seconds >= 90;
  const format = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: minutes ? 'minute' : 'second', unitDisplay: 'long' });
  return format.format(minutes ? Math.ceil(seconds / 60) : Math.max(1, seconds));
}

export interface TablePage {
  /** Zero-based index of the first row shown. */
  readonly start: number;
  /** One past the last row shown. */
  readonly end: number;
  /** The page shown, zero-based, kept within the pages there are. */
  readonly page: number;
  readonly pages: number;
}

/** The rows a page of `size` shows out of `total`; a page past the end shows the last one. */
export function tablePage(total: number, page: number, size: number): TablePage {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return { start: shown * size, end: Math.min(total, (shown + 1) * size), page: shown, pages };
}

/** Splits a list into runs of at most `size`, in order: one PDF per run in the ZIP. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

/** "certificates-00001-00500.pdf": the learners a PDF in the ZIP holds, in the order of the table. */
export function batchFileName(index: number, size: number, count: number): string {
  const first = index * size + 1;
  const pad = (value: number) => String(value).padStart(5, '0');
  return `certificates-${pad(first)}-${pad(first + count - 1)}.pdf`;
}
