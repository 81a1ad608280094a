/**
 * A learner downloads their own certificate as a PDF: the same code as HR's,
 * fetched only on the click, in the language of the page; a name the PDF
 * cannot draw gets a plain message and the browser print instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, PROGRESS_KEY } from './helpers';

const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const root = mkdtempSync(join(tmpdir(), 'mot-certificate-'));
const marks = /[\u200e\u200f\u202a-\u202e]/g;

/** The learner's browser, with the whole course done under `profile`. */
async function completedCourse(page: Page, profile: { n: string; e?: string }) {
  await page.addInitScript(([key, progress]) => localStorage.setItem(key, progress), [PROGRESS_KEY, JSON.stringify({ ...fixture.progress, u: profile })] as const);
}

/** pdftotext of each page of the file, with direction marks taken out. */
function pdfText(bytes: Buffer): string[] {
  const file = join(root, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' })
    .split('\f')
    .filter((text) => text.trim())
    .map((text) => text.replace(marks, ''));
}

async function downloadPdf(page: Page, name: string) {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const download = await event;
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('a learner downloads their certificate as a PDF, in English; the PDF code is fetched only on the click', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await completedCourse(page, { n: 'Kovács Erzsébet Őrsi', e: 'HU-0042' });
  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
  expect(requests.some((url) => /certificate-pdf|certificates\.|fonts\/pdf/.test(url))).toBe(false);

  const { name, bytes } = await downloadPdf(page, 'Download as PDF');
  expect(name).toMatch(/^moments-of-truth-certificate-kovács-erzsébet-őrsi-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: /Your certificate was downloaded as a PDF \(\d+ KB\)\./ })).toBeVisible();
  expect(requests.some((url) => /certificate-pdf/.test(url))).toBe(true);
  // Latin names need only the Latin and Arabic faces (the certificate's own wording uses them).
  expect(requests.filter((url) => url.includes('/fonts/pdf/'))).toHaveLength(4);

  const pages = pdfText(bytes);
  expect(pages).toHaveLength(1);
  const lines = pages[0]!.split('\n');
  expect(lines).toContain('Kovács Erzsébet Őrsi');
  expect(lines).toContain('Certificate of completion');
  expect(lines).toContain('Final assessment score: 95%');
  expect(lines).toContain('Employee ID: HU-0042');
  // The same certificate ID as on the page.
  const id = await page.locator('.certificate__id bdi').textContent();
  expect(pages[0]).toContain(`Certificate ID: ${id}`);
});

test('in Arabic, the PDF is an Arabic certificate and a Hebrew name is fetched its font and drawn in reading order', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await completedCourse(page, { n: 'فاطمة الزهراء', e: 'AR-7' });
  await page.goto('/ar/certificate/');
  await hydrated(page);
  const { bytes } = await downloadPdf(page, 'نزّل بصيغة PDF');
  await expect(page.getByRole('status').filter({ hasText: 'نُزّلت شهادتك بصيغة PDF' })).toBeVisible();
  const [text] = pdfText(bytes);
  const lines = text!.split('\n');
  expect(lines).toContain('فاطمة الزهراء');
  expect(lines).toContain('شهادة إتمام');
  expect(lines).toContain('لحظات الصدق');
  expect(text).toContain('AR-7');
  expect(requests.some((url) => url.includes('NotoSansHebrew'))).toBe(false);

  // A Hebrew name: its face (and only that one) is fetched on demand.
  const hebrew = await page.context().newPage();
  const hebrewRequests: string[] = [];
  hebrew.on('request', (request) => hebrewRequests.push(request.url()));
  await completedCourse(hebrew, { n: 'דוד כהן' });
  await hebrew.goto('/ar/certificate/');
  await hydrated(hebrew);
  const [hebrewText] = pdfText((await downloadPdf(hebrew, 'نزّل بصيغة PDF')).bytes);
  expect(hebrewText!.split('\n')).toContain('דוד כהן');
  expect(hebrewRequests.filter((url) => url.includes('/fonts/pdf/Noto')).map((url) => url.split('/').at(-1)).sort()).toEqual([
    'NotoSans-Bold.ttf',
    'NotoSans-Regular.ttf',
    'NotoSansArabic-Bold.ttf',
    'NotoSansArabic-Regular.ttf',
    'NotoSansHebrew-Bold.ttf',
  ]);
});

test('a name the PDF cannot draw gets a plain message and the browser print, not a PDF of empty boxes', async ({ page }) => {
  await completedCourse(page, { n: '陈伟 Chen Wei' });
  await page.goto('/certificate/');
  await hydrated(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Download as PDF' }).click();
  const message = page.getByRole('status').filter({ hasText: 'The PDF cannot draw some characters of your name or employee ID (陈 伟)' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('Use “Print or save as PDF” instead; your browser prints every script.');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  expect(downloads).toBe(0);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()).violations).toEqual([]);
});
