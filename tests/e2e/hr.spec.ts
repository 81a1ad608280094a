/**
 * HR records: a folder of progress files (some broken) becomes a cohort table,
 * a CSV and a PDF of certificates, all in the browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const root = mkdtempSync(join(tmpdir(), 'mot-hr-'));

type Profile = { n: string; e?: string; k?: string };

/** A complete course for `profile`, or only the first `lessons` lessons. */
function progressFile(profile: Profile, options: { lessons?: number; exportedAt?: string } = {}) {
  const slugs = Object.keys(fixture.progress.l);
  const lessons = options.lessons === undefined ? fixture.progress.l : Object.fromEntries(slugs.slice(0, options.lessons).map((slug) => [slug, fixture.progress.l[slug]]));
  const progress = options.lessons === undefined ? { ...fixture.progress, l: lessons, u: profile } : { v: 1, l: lessons, u: profile };
  return JSON.stringify({ ...fixture, exportedAt: options.exportedAt ?? fixture.exportedAt, progress });
}

const LEARNERS: Record<string, Profile> = {
  'kovacs.json': { n: 'Kovács Erzsébet Őrsi', e: 'HU-0042' },
  'fatima.json': { n: 'فاطمة الزهراء', e: 'AR-7', k: 'ar' },
  'alexei.json': { n: 'Алексей Смирнов' },
  'stelios.json': { n: 'Στέλιος Θεοδωρίδης' },
  'mixed.json': { n: 'Fatima Al-Zahra / فاطمة الزهراء' },
};
const XSS = '<img src=x onerror=alert(1)>';

/** The folder HR collected: five finished learners, one learner in two files, a hostile name and four bad files. */
function cohortFolder(): string {
  const folder = join(root, `cohort-${Math.random().toString(36).slice(2)}`);
  mkdirSync(folder);
  for (const [name, profile] of Object.entries(LEARNERS)) writeFileSync(join(folder, name), progressFile(profile));
  writeFileSync(join(folder, 'anna-laptop.json'), progressFile({ n: 'Anna Berg', e: 'E-100' }, { lessons: 3, exportedAt: '2026-11-22T02:00:00.000Z' }));
  writeFileSync(join(folder, 'anna-phone.json'), progressFile({ n: 'Anna Berg', e: 'E-100' }, { lessons: 5, exportedAt: '2026-11-22T03:00:00.000Z' }));
  writeFileSync(join(folder, 'hostile.json'), progressFile({ n: XSS, e: '=HYPERLINK("http://x","y")' }, { lessons: 1 }));
  writeFileSync(join(folder, 'broken.json'), '{"format": "moments-of-truth-progress", ');
  writeFileSync(join(folder, 'other-course.json'), JSON.stringify({ ...fixture, course: 'another-course' }));
  writeFileSync(join(folder, 'huge.json'), `{"padding": "${'x'.repeat(1_600_000)}"}`);
  writeFileSync(join(folder, 'notes.txt'), 'Collected by the trainer on Monday.');
  writeFileSync(join(folder, '.DS_Store'), 'not shown');
  return folder;
}

async function loadFolder(page: Page, folder: string, label = 'Choose a folder') {
  await page.goto(label === 'Choose a folder' ? '/hr/' : '/ar/hr/');
  await hydrated(page);
  const input = page.getByLabel(label);
  await expect(input).toBeEnabled();
  await input.setInputFiles(folder);
}

const squeeze = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');

function pdfPages(bytes: Buffer): string[] {
  const file = join(root, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const count = Number(execFileSync('pdfinfo', [file], { encoding: 'utf-8' }).match(/Pages:\s+(\d+)/)![1]);
  return Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf-8' }));
}

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await action();
  const file = await event;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('a folder of progress files becomes a cohort: bad files listed with reasons, the same learner merged, a summary', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await loadFolder(page, cohortFolder());
  await expect(page.getByRole('status').filter({ hasText: 'Read 12 files: 7 learners in total. Files that could not be read: 4.' })).toBeVisible();

  const rejected = page.getByRole('region', { name: 'Files that could not be read (4)' });
  await expect(rejected.getByRole('listitem')).toHaveCount(4);
  await expect(rejected.getByRole('listitem').filter({ hasText: 'broken.json' })).toContainText('not a readable progress file');
  await expect(rejected.getByRole('listitem').filter({ hasText: 'other-course.json' })).toContainText('from another course (“another-course”)');
  await expect(rejected.getByRole('listitem').filter({ hasText: 'huge.json' })).toContainText('too large to be a progress file (1.5 MB); it was not read.');
  await expect(rejected.getByRole('listitem').filter({ hasText: 'notes.txt' })).toContainText('not valid JSON');
  await expect(page.getByText('.DS_Store')).toHaveCount(0);

  const merged = page.getByRole('region', { name: 'Learners found in more than one file (1)' });
  await expect(merged).toContainText('Anna Berg: 2 files with the same employee ID, merged:');
  // Newest export first: its profile is the one kept.
  await expect(merged).toContainText(/cohort-\w+\/anna-phone\.json, cohort-\w+\/anna-laptop\.json/);

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('definition')).toHaveText(['7', '5 (71%)', '5', '95%']);

  const table = page.getByRole('table', { name: 'Learners in the cohort' });
  await expect(table.getByRole('row')).toHaveCount(8);
  const anna = table.getByRole('row').filter({ hasText: 'Anna Berg' });
  // Cells after the row header: file(s), employee ID, lessons...
  await expect(anna.getByRole('cell').nth(0)).toHaveText(/^cohort-\w+\/anna-phone\.json, cohort-\w+\/anna-laptop\.json$/);
  await expect(anna.getByRole('rowheader')).toHaveText('Anna Berg');
  await expect(anna.getByRole('cell').nth(2)).toHaveText('5 of 12');
  const kovacs = table.getByRole('row').filter({ hasText: 'Kovács Erzsébet Őrsi' });
  await expect(kovacs).toContainText('HU-0042');
  await expect(kovacs).toContainText('12 of 12');
  await expect(kovacs).toContainText('95%');
  await expect(kovacs).toContainText(/MOT-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);

  // A hostile name is text, never markup.
  await expect(table.getByRole('rowheader').filter({ hasText: XSS })).toHaveCount(1);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the table sorts by column and filters by text and status', async ({ page }) => {
  await loadFolder(page, cohortFolder());
  const table = page.getByRole('table', { name: 'Learners in the cohort' });
  const names = () => table.getByRole('rowheader').evaluateAll((cells) => cells.map((cell) => cell.querySelector('bdi, span')!.textContent));
  const byLessons = table.getByRole('button', { name: 'Lessons' });
  await byLessons.click();
  await expect(table.getByRole('columnheader', { name: 'Lessons' })).toHaveAttribute('aria-sort', 'ascending');
  expect((await names())[0]).toBe(XSS);
  await byLessons.click();
  await expect(table.getByRole('columnheader', { name: 'Lessons' })).toHaveAttribute('aria-sort', 'descending');
  expect((await names()).at(-1)).toBe(XSS);

  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Not completed' });
  await expect(page.getByText('Showing 2 of 7 learners.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Everyone' });
  await page.getByRole('searchbox', { name: 'Find a learner' }).fill('hu-0042');
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await expect(table.getByRole('rowheader')).toContainText('Kovács Erzsébet Őrsi');
});

test('the per-lesson chart has a text alternative and a table, and the most-missed list says why it is empty', async ({ page }) => {
  await loadFolder(page, cohortFolder());
  const chart = page.getByRole('img', { name: 'Average best knowledge-check score per lesson' });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('table', { name: 'Results per lesson' }).getByRole('row')).toHaveCount(13);
  // Lesson 1: five finished learners and Anna (whose five lessons include it) completed it and took its check.
  await expect(page.getByRole('table', { name: 'Results per lesson' }).getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '6', '6', '100%', '0']);
  await expect(page.getByRole('table', { name: 'Results per lesson' }).getByRole('row').nth(1).getByRole('rowheader')).toHaveText('Moments of truth');
  // The fixture's final has no submitted answers: nothing to list, and the page says so.
  await expect(page.getByText('No submitted final assessments with missed questions yet.')).toBeVisible();
});

test('the CSV has a BOM, CRLF records, quoted fields, ISO dates and neutralised formulas', async ({ page }) => {
  await loadFolder(page, cohortFolder());
  const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  expect(name).toMatch(/^moments-of-truth-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf-8').slice(1);
  const records = text.split('\r\n');
  expect(records.at(-1)).toBe('');
  expect(records).toHaveLength(9);
  expect(records[0]).toMatch(/^Name,Employee ID,Email,Lessons completed,Lessons in course,Knowledge check: Moments of truth \(best %\),/);
  const kovacs = records.find((record) => record.startsWith('Kovács Erzsébet Őrsi,'))!;
  expect(kovacs).toMatch(/^Kovács Erzsébet Őrsi,HU-0042,,12,12,(100,){12}95,passed,yes,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z,MOT-[0-9A-F-]{14},cohort-[a-z0-9]+\/kovacs\.json,consistent,self-reported$/);
  expect(records.some((record) => record.startsWith('فاطمة الزهراء,AR-7,'))).toBe(true);
  expect(records.some((record) => record.startsWith('Алексей Смирнов,,'))).toBe(true);
  // The hostile employee ID starts with "=": quoted (it holds quotes and a comma) and prefixed with an apostrophe.
  expect(records.find((record) => record.startsWith(XSS))).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
});

test('the bulk PDF has one certificate per finished learner, each name right in its script and extractable', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await loadFolder(page, cohortFolder());
  expect(requests.some((url) => /certificate-pdf|certificates\.worker|fonts\/pdf/.test(url))).toBe(false);
  const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Certificates for all who completed (5), one PDF' }).click());
  expect(name).toMatch(/^moments-of-truth-certificates-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: /PDF downloaded: 5 certificates, \d+ KB\./ })).toBeVisible();
  // pdf-lib is in the certificate worker, loaded on the first press.
  expect(requests.some((url) => /certificates\.worker-[\w-]+\.js/.test(url))).toBe(true);
  expect(requests.filter((url) => url.includes('/fonts/pdf/'))).toHaveLength(4);

  const pages = pdfPages(bytes);
  expect(pages).toHaveLength(5);
  const pageOf = (learner: string) => pages.filter((text) => squeeze(text).includes(squeeze(learner)));
  for (const learner of ['Kovács Erzsébet Őrsi', 'Алексей Смирнов', 'Στέλιος Θεοδωρίδης']) {
    const [text] = pageOf(learner);
    // Latin, Cyrillic and Greek come out exactly as written, in reading order, on an English certificate.
    expect(text!.split('\n')).toContain(learner);
    expect(text).toContain('Certificate of completion');
    expect(text).toMatch(/Certificate ID: MOT-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  }
  expect(pageOf('Kovács Erzsébet Őrsi')[0]).toContain('Employee ID: HU-0042');
  expect(pageOf('Kovács Erzsébet Őrsi')[0]).toContain('Final assessment score: 95%');
  // The Arabic learner prefers Arabic: an Arabic certificate, her name in logical order.
  const fatima = pages.find((text) => squeeze(text).includes(squeeze('شهادة إتمام')))!;
  expect(fatima.split('\n').map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))).toContain('فاطمة الزهراء');
  expect(squeeze(fatima)).toContain(squeeze('لحظات الصدق'));
  expect(fatima).toContain('AR-7');
  // The mixed name keeps its Latin part first and the Arabic part in reading order.
  const mixed = pages.find((text) => text.includes('Fatima Al-Zahra'))!;
  expect(mixed.split('\n').map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))).toContain('Fatima Al-Zahra / فاطمة الزهراء');
});

test('one learner’s certificate alone, in the language chosen', async ({ page }) => {
  await loadFolder(page, cohortFolder());
  await page.getByRole('combobox', { name: 'Language of the certificates' }).selectOption({ label: 'العربية' });
  const row = page.getByRole('row').filter({ hasText: 'Алексей Смирнов' });
  const { name, bytes } = await download(page, () => row.getByRole('button', { name: 'PDF Алексей Смирнов' }).click());
  expect(name).toMatch(/^moments-of-truth-certificate-алексей-смирнов-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pages = pdfPages(bytes);
  expect(pages).toHaveLength(1);
  expect(squeeze(pages[0]!)).toContain(squeeze('شهادة إتمام'));
  expect(pages[0]!.split('\n').map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))).toContain('Алексей Смирнов');
});

test('the Arabic HR page is right to left and has no accessibility violations with a cohort loaded', async ({ page }) => {
  await loadFolder(page, cohortFolder(), 'اختر مجلدًا');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('table', { name: 'متعلّمو الدفعة' }).getByRole('row')).toHaveCount(8);
  // Sorting is announced in Arabic too, and a row header is the learner's name alone.
  const table = page.getByRole('table', { name: 'متعلّمو الدفعة' });
  await table.getByRole('button', { name: 'المتعلّم', exact: true }).click();
  await expect(page.locator('.hr-count')).toContainText('مرتّب حسب المتعلّم، تنازليًا.');
  await expect(table.getByRole('rowheader').filter({ hasText: 'Anna Berg' })).toHaveText('Anna Berg');
  await expect(table.getByRole('columnheader', { name: 'الملف' })).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the English HR page has no accessibility violations with a cohort loaded', async ({ page }) => {
  await loadFolder(page, cohortFolder());
  await page.getByRole('table', { name: 'Learners in the cohort' }).getByRole('group').first().click();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('500 progress files of realistic size load with a progress bar; 400 certificates come out as one PDF', async ({ page }, testInfo) => {
  // Reading 500 files and drawing 400 PDF pages is real work; give a slow machine three times the usual limit.
  test.slow();
  const folder = join(root, 'five-hundred');
  mkdirSync(folder);
  const scripts = ['Learner', 'Ученик', 'Μαθητής', 'متعلم', 'Tanuló'];
  for (let index = 0; index < 500; index += 1) {
    // Four in five finished; the others stopped somewhere in the course.
    const text = progressFile({ n: `${scripts[index % 5]} ${index}`, e: `E-${index}` }, { lessons: index % 5 === 4 ? index % 12 : undefined });
    writeFileSync(join(folder, `learner-${String(index).padStart(3, '0')}.json`), text);
  }
  await page.goto('/hr/');
  await hydrated(page);
  await page.evaluate(() => {
    // Long tasks (over 50 ms) while loading: the page should stay responsive.
    const seen = window as unknown as { longTasks: number[]; progressValues: number[] };
    seen.longTasks = [];
    seen.progressValues = [];
    // Every value the progress bar shows on the way.
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && Number(bar.max) === 500) seen.progressValues.push(Number(bar.value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  await page.getByLabel('Choose a folder').setInputFiles(folder);
  // A wait, not a time limit: how long 500 files take is measured below and reported, and a busy machine may need a while.
  const patience = { timeout: 60_000 };
  await expect(page.getByRole('status').filter({ hasText: 'Read 500 files: 500 learners in total. Files that could not be read: 0.' })).toBeVisible(patience);
  await expect(page.getByText('Showing 500 of 500 learners.')).toBeVisible(patience);
  const values = await page.evaluate(() => (window as unknown as { progressValues: number[] }).progressValues);
  expect(values.some((value) => value > 0 && value < 500)).toBe(true);
  await expect(page.locator('progress')).toHaveCount(0);
  const measured = await page.evaluate(() => ({
    load: performance.getEntriesByName('hr-load')[0]!.duration,
    longTasks: (window as unknown as { longTasks: number[] }).longTasks,
  }));
  // Reported, not asserted: timings depend on the machine.
  testInfo.annotations.push({ type: 'hr-load-500', description: `${Math.round(measured.load)} ms to read and validate 500 files; long tasks: ${measured.longTasks.map(Math.round).join(', ') || 'none'}` });
  console.log(`500 files: ${Math.round(measured.load)} ms to read and validate; long tasks (ms): ${measured.longTasks.map(Math.round).join(', ') || 'none'}`);

  const started = Date.now();
  const { bytes } = await download(page, async () => {
    await page.getByRole('button', { name: 'Certificates for all who completed (400), one PDF' }).click();
    // The page reports its progress while it draws.
    await expect(page.getByText(/Certificates drawn: \d+ of 400/)).toBeVisible(patience);
  });
  const file = join(root, 'four-hundred.pdf');
  writeFileSync(file, bytes);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf-8' })).toMatch(/Pages:\s+400\n/);
  const note = `400 certificates: ${Math.round(bytes.length / 1024)} KB PDF, about ${Math.round((Date.now() - started) / 100) / 10} s from click to download`;
  testInfo.annotations.push({ type: 'hr-pdf-400', description: note });
  console.log(note);
});

test('files dropped on the page load like picked ones, and Clear forgets them', async ({ page }) => {
  await page.goto('/hr/');
  await hydrated(page);
  const files = [
    { name: 'dropped-1.json', text: progressFile({ n: 'Dropped One' }) },
    { name: 'dropped-2.json', text: progressFile({ n: 'Dropped Two' }, { lessons: 2 }) },
  ];
  await page.getByText('Drop progress files or a whole folder here').evaluate((hint, dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    hint.parentElement!.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    hint.parentElement!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
  await expect(page.getByRole('status').filter({ hasText: 'Read 2 files: 2 learners in total. Files that could not be read: 0.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Learners in the cohort' }).getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear all files' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All files were cleared from this page.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Learners in the cohort' })).toHaveCount(0);
});

test('on a phone, the page with a cohort loaded does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [path, label] of [
    ['/hr/', 'Choose a folder'],
    ['/ar/hr/', 'اختر مجلدًا'],
  ] as const) {
    await page.goto(path);
    await hydrated(page);
    await page.getByLabel(label).setInputFiles(cohortFolder());
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('on a 1280-px laptop the whole learners table, Certificate column included, is in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadFolder(page, cohortFolder());
  const region = page.getByRole('region', { name: 'Learners in the cohort' });
  const header = region.getByRole('columnheader', { name: 'Certificate' });
  await header.scrollIntoViewIfNeeded();
  const [box, frame] = [await header.boundingBox(), await region.boundingBox()];
  // Inside the table's scroll box (not cut off at its edge) and inside the window, without scrolling sideways.
  expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  // Every row's PDF button is within reach too.
  const button = region.getByRole('button', { name: 'PDF Kovács Erzsébet Őrsi' });
  const buttonBox = await button.boundingBox();
  expect(buttonBox!.x + buttonBox!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
});

test('names the PDF cannot draw are named and left out; other scripts get their fonts; a completion without a name is named by its file', async ({ page }) => {
  const folder = join(root, `scripts-${Math.random().toString(36).slice(2)}`);
  mkdirSync(folder);
  const names: Record<string, Profile> = {
    'chen.json': { n: '陈伟 Chen Wei', e: 'CN-8' },
    'amy.json': { n: 'Amy 😀 Lee' },
    'david.json': { n: 'דוד כהן' },
    'aman.json': { n: 'अमन कुमार' },
    'aram.json': { n: 'Արամ Խաչատրյան' },
  };
  for (const [file, profile] of Object.entries(names)) writeFileSync(join(folder, file), progressFile(profile));
  // A finished course in a file without any details: no name, so no certificate.
  writeFileSync(join(folder, 'no-name.json'), JSON.stringify({ ...fixture, progress: { ...fixture.progress, u: undefined } }));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await loadFolder(page, folder);

  const undrawable = page.getByRole('region', { name: 'Not in the PDF: names it cannot draw (2)' });
  await expect(undrawable.getByRole('listitem')).toHaveText(['陈伟 Chen Wei: the PDF has no font for 陈 伟.', 'Amy 😀 Lee: the PDF has no font for 😀.']);
  await expect(undrawable).toContainText('These learners can print their certificate from the course’s Certificate page');
  const noName = page.getByRole('region', { name: 'No certificate: completed the course, but no name in the file (1)' });
  await expect(noName.getByRole('listitem')).toHaveText(/no-name\.json: completed every lesson, but the file has no name/);
  // In the table: no PDF button for those, and a word saying why.
  await expect(page.getByRole('row').filter({ hasText: '陈伟 Chen Wei' })).toContainText('Browser print only');
  await expect(page.getByRole('row').filter({ hasText: '陈伟 Chen Wei' }).getByRole('button', { name: /^PDF/ })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'no-name.json' })).toContainText('No name in the file: no certificate');
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

  // Completed: 6; in the PDF: the 3 it can draw, each in its script's face, fetched for this PDF only.
  await expect(page.getByRole('definition').filter({ hasText: '6 (100%)' })).toBeVisible();
  const { bytes } = await download(page, () => page.getByRole('button', { name: 'Certificates for all who completed (3), one PDF' }).click());
  const fonts = requests.filter((url) => url.includes('/fonts/pdf/Noto')).map((url) => url.split('/').at(-1)).sort();
  expect(fonts).toEqual([
    'NotoSans-Bold.ttf',
    'NotoSans-Regular.ttf',
    'NotoSansArabic-Bold.ttf',
    'NotoSansArabic-Regular.ttf',
    'NotoSansArmenian-Bold.ttf',
    'NotoSansDevanagari-Bold.ttf',
    'NotoSansHebrew-Bold.ttf',
  ]);
  const pages = pdfPages(bytes);
  expect(pages).toHaveLength(3);
  const text = pages.join('\n').replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  for (const name of ['דוד כהן', 'अमन कुमार', 'Արամ Խաչատրյան']) expect(text.split('\n')).toContain(name);
  expect(text).not.toContain('Chen Wei');
  expect(text).not.toContain('Amy');
});

test('a refused file’s reason names the part of the record in plain words, in English and Arabic', async ({ page }) => {
  const folder = join(root, `refused-${Math.random().toString(36).slice(2)}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'long-name.json'), progressFile({ n: 'N'.repeat(91) }));
  writeFileSync(join(folder, 'bad-final.json'), JSON.stringify({ ...fixture, progress: { ...fixture.progress, f: { ...fixture.progress.f, b: 150 } } }));
  await loadFolder(page, folder);
  const refused = page.getByRole('region', { name: 'Files that could not be read (2)' });
  await expect(refused).toContainText('long-name.json: This progress file is damaged (the name is too long (91; at most 80)).');
  await expect(refused).toContainText('bad-final.json: This progress file is damaged (the best final score is too large (150; at most 100)).');
  await expect(refused).not.toContainText('u.n');
  await expect(refused).not.toContainText('Invalid');
  await loadFolder(page, folder, 'اختر مجلدًا');
  await expect(page.getByRole('region', { name: 'ملفات تعذّرت قراءتها (2)' })).toContainText('الاسم أطول من اللازم (91؛ والحد الأقصى 80)');
});

/** `count` progress files of finished learners in a new folder (padded, so that reading them takes a moment). */
function manyFiles(count: number, padding = 0): string {
  const folder = join(root, `many-${count}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(folder);
  for (let index = 0; index < count; index += 1) {
    const text = progressFile({ n: `Learner ${String(index).padStart(5, '0')}`, e: `E-${index}` });
    writeFileSync(join(folder, `learner-${String(index).padStart(5, '0')}.json`), `${text}${' '.repeat(padding)}`);
  }
  return folder;
}

test('2,000 files: the progress bar moves with a time left, and Cancel keeps the files read so far', async ({ page }) => {
  test.slow();
  const folder = manyFiles(2000, 60_000);
  await page.goto('/hr/');
  await hydrated(page);
  const input = page.getByLabel('Choose a folder');
  await input.setInputFiles(folder);
  const bar = page.getByRole('progressbar', { name: /Reading files: \d+ of 2000/ });
  await expect(bar).toBeVisible();
  // It moves: a first value above 0, then a larger one.
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  const first = Number(await bar.getAttribute('value'));
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(first);
  await expect(page.getByText(/About \d+ (seconds?|minutes?) left\.|Estimating the time left/)).toBeVisible();
  // The pickers stay usable while reading: focus is not dropped to <body>.
  await expect(input).toBeEnabled();
  await page.getByRole('button', { name: 'Cancel reading (keep the files read so far)' }).click();
  const status = page.getByRole('status').filter({ hasText: /^Reading cancelled: (\d+) of 2000 files read\. Learners in total: (\d+)\./ });
  await expect(status).toBeVisible({ timeout: 60_000 });
  const [, read, learners] = /(\d+) of 2000 files read\. Learners in total: (\d+)/.exec((await status.textContent())!)!;
  expect(Number(read)).toBeGreaterThan(0);
  expect(Number(read)).toBeLessThan(2000);
  expect(learners).toBe(read);
  // The table holds the files read so far, a page of 100 rows at a time.
  await expect(page.getByText(`Showing ${read} of ${read} learners.`)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // Focus did not fall to <body> when the Cancel button went away.
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
});

test('a large cohort: a page of rows at a time with row positions, sort and search over everyone, announced; axe 0', async ({ page }) => {
  test.slow();
  await page.goto('/hr/');
  await hydrated(page);
  // Focus is on the picker, as after a file dialog closes.
  const picker = page.getByLabel('Choose a folder');
  await picker.focus();
  await picker.setInputFiles(manyFiles(1200));
  await expect(page.getByRole('status').filter({ hasText: 'Read 1200 files: 1200 learners in total.' })).toBeVisible({ timeout: 60_000 });
  // The picker keeps focus while and after the files are read (it is never disabled, so focus never drops to <body>).
  await expect(picker).toBeFocused();
  const table = page.getByRole('table', { name: 'Learners in the cohort' });
  await expect(table).toHaveAttribute('aria-rowcount', '1201');
  await expect(table.getByRole('rowheader')).toHaveCount(100);
  // The row header is the learner's name alone; the file has its own column.
  await expect(table.getByRole('rowheader').first()).toHaveText('Learner 00000');
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/\/learner-00000\.json$/);
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  const count = page.locator('.hr-count');
  await expect(count).toHaveText('Showing 1200 of 1200 learners. Sorted by Learner, ascending. Rows 1 to 100 of 1200 are shown.');

  // Sorting covers every learner and is announced in the status line.
  await table.getByRole('button', { name: 'Learner', exact: true }).click();
  await expect(count).toHaveText('Showing 1200 of 1200 learners. Sorted by Learner, descending. Rows 1 to 100 of 1200 are shown.');
  await expect(table.getByRole('rowheader').first()).toHaveText('Learner 01199');
  await expect(table.getByRole('button', { name: 'Learner', exact: true })).toBeFocused();

  // Paging: the next 100, and the button keeps focus.
  const next = page.getByRole('navigation', { name: 'Pages of the learners table' }).getByRole('button', { name: 'Next 100' });
  await next.click();
  await expect(count).toContainText('Rows 101 to 200 of 1200 are shown.');
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '102');
  await expect(next).toBeFocused();

  // Search finds a learner on any page.
  await page.getByRole('searchbox', { name: 'Find a learner' }).fill('Learner 00042');
  await expect(table.getByRole('rowheader')).toHaveText(['Learner 00042']);
  await page.getByRole('searchbox', { name: 'Find a learner' }).fill('');

  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('600 certificates come as a ZIP of PDFs, one per 500 learners, with a moving progress bar', async ({ page }) => {
  test.slow();
  await page.goto('/hr/');
  await hydrated(page);
  await page.getByLabel('Choose a folder').setInputFiles(manyFiles(600));
  await expect(page.getByRole('status').filter({ hasText: 'Read 600 files: 600 learners in total.' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/a ZIP file holding one PDF per 500 learners/)).toBeVisible();
  const { name, bytes } = await download(page, async () => {
    await page.getByRole('button', { name: 'Certificates for all who completed (600), a ZIP of 2 PDFs' }).click();
    await expect(page.getByRole('progressbar', { name: /Certificates drawn: \d+ of 600/ })).toBeVisible();
  });
  expect(name).toMatch(/^moments-of-truth-certificates-\d{4}-\d{2}-\d{2}\.zip$/);
  const folder = join(root, `zip-${Math.random().toString(36).slice(2)}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'certificates.zip'), bytes);
  execFileSync('unzip', ['-q', 'certificates.zip'], { cwd: folder });
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(folder, file)], { encoding: 'utf-8' }))![1]);
  expect([pages('certificates-00001-00500.pdf'), pages('certificates-00501-00600.pdf')]).toEqual([500, 100]);
  await expect(page.getByRole('status').filter({ hasText: 'ZIP downloaded: 600 certificates in 2 PDFs' })).toBeVisible();
});

for (const locale of ['ar', 'ru', 'el', 'hu'] as const) {
  test(`${locale}: the HR page loads a cohort and exports a CSV whose headers are in the page's language`, async ({ page }) => {
    const strings = JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as Record<string, string>;
    const title = (readFileSync(`content/lessons/${locale}/moments-of-truth.mdx`, 'utf-8').match(/^title: "?(.+?)"?$/m) ?? [])[1]!;
    await page.goto(`/${locale}/hr/`);
    await hydrated(page);
    const input = page.getByLabel(strings['hr.pickFolder']!);
    await expect(input).toBeEnabled();
    await input.setInputFiles(cohortFolder());
    const { bytes } = await download(page, () => page.getByRole('button', { name: strings['hr.downloadCsv']! }).click());
    const header = bytes.toString('utf-8').slice(1).split('\r\n')[0]!;
    for (const key of ['hr.csv.name', 'hr.csv.employeeId', 'hr.csv.lessonsCompleted', 'hr.csv.finalResult', 'hr.csv.certificateId']) expect(header, key).toContain(strings[key]!);
    // The knowledge-check columns name each lesson by its title in this language.
    expect(header).toContain(strings['hr.csv.check']!.replace('{lesson}', title));
    expect(header).not.toContain('Knowledge check');
  });
}
