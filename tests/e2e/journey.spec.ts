import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, PROGRESS_KEY } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const dir = mkdtempSync(join(tmpdir(), 'mot-journey-'));

/** The completed-course fixture with another learner's name, as a file to import. */
function fileFor(name: string, extra: Record<string, unknown> = {}): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ ...fixture, progress: { ...fixture.progress, u: { n: name } }, ...extra }));
  return path;
}

/** The file input, once its island (hydrated when seen) is live: scrolled to, as a learner would. */
async function importInput(page: Page, label = 'Import a progress file') {
  const input = page.getByLabel(label);
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled();
  return input;
}

async function importFile(page: Page, path: string, progressPath = '/progress/', confirm = 'Import and merge'): Promise<void> {
  await page.goto(progressPath);
  await hydrated(page);
  await (await importInput(page, progressPath.startsWith('/ar/') ? 'استورد ملف تقدّم' : 'Import a progress file')).setInputFiles(path);
  await page.getByRole('button', { name: confirm }).click();
}

/** Prints the page to PDF as a learner would (print media, fonts loaded) and returns the text pdftotext reads. */
async function printedText(page: Page): Promise<{ text: string; pages: string }> {
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = execFileSync('pdfinfo', [file], { encoding: 'utf-8' }).match(/Pages:\s+(\d+)/)![1]!;
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' }), pages };
}

/** pdftotext splits Arabic glyph clusters with spaces and wraps runs in direction marks: compare without them. */
const squeeze = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');

test('a learner without progress sees what remains, not a certificate', async ({ page }) => {
  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByText('Your certificate will be here when you have completed the course.')).toBeVisible();
  await page.getByRole('link', { name: 'See what remains on My progress' }).click();
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'Complete the lesson “Moments of truth”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pass the final assessment' })).toBeVisible();
});

test('finishing the course gives a certificate that prints on one landscape page with the name, course and ID', async ({ page }) => {
  await importFile(page, fileFor('Kovács Erzsébet Őrsi'));
  await expect(page.getByText('Progress imported and merged.')).toBeVisible();
  await expect(page.getByText('You have completed the course.')).toBeVisible();
  await page.getByRole('link', { name: 'View and print your certificate' }).click();
  await hydrated(page);
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Kovács Erzsébet Őrsi');
  await expect(certificate).toContainText('Moments of Truth');
  await expect(certificate).toContainText('on November 22, 2026');
  await expect(certificate).toContainText('Final assessment score: 95%');
  const id = (await certificate.getByText(/^MOT-/).textContent())!;
  expect(id).toMatch(/^MOT-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  const { text, pages } = await printedText(page);
  expect(pages).toBe('1');
  for (const expected of ['Certificate of completion', 'Kovács Erzsébet Őrsi', 'Moments of Truth', id, 'Course Coordinator']) expect(text).toContain(expected);
  expect(text).not.toContain('Print or save as PDF');

  // The same completion keeps the same ID on another visit.
  await page.reload();
  await hydrated(page);
  await expect(page.getByText(id)).toBeVisible();
});

test('an Arabic learner’s certificate prints right to left, in Arabic, with the name extractable', async ({ page }) => {
  await importFile(page, fileFor('فاطمة الزهراء'), '/ar/progress/', 'استورد وادمج');
  await page.goto('/ar/certificate/');
  await hydrated(page);
  const certificate = page.getByRole('article', { name: 'شهادة إتمام' });
  await expect(certificate).toContainText('فاطمة الزهراء');
  await expect(certificate).toContainText('لحظات الصدق');
  expect(await certificate.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const id = (await certificate.getByText(/^MOT-/).textContent())!;
  const arabicResults = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(arabicResults.violations.map((violation) => violation.id)).toEqual([]);
  await page.goto('/ar/progress/');
  await hydrated(page);
  await page.getByLabel('الاسم على الشهادة').scrollIntoViewIfNeeded();
  const progressResults = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(progressResults.violations.map((violation) => violation.id)).toEqual([]);
  await page.goto('/ar/certificate/');
  await hydrated(page);
  await expect(page.getByRole('article', { name: 'شهادة إتمام' })).toContainText(id);
  const { text, pages } = await printedText(page);
  expect(pages).toBe('1');
  expect(squeeze(text)).toContain(squeeze('فاطمة الزهراء'));
  expect(squeeze(text)).toContain(squeeze('شهادة إتمام'));
  expect(text).toContain(id);
});

test('names in Cyrillic, Greek and mixed scripts print as written', async ({ page }) => {
  for (const name of ['Алексей Смирнов', 'Στέλιος Θεοδωρίδης', 'Fatima Al-Zahra / فاطمة الزهراء']) {
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await importFile(page, fileFor(name));
    await page.goto('/certificate/');
    await hydrated(page);
    await expect(page.getByRole('article')).toContainText(name);
    const { text } = await printedText(page);
    const latin = name.split(' / ')[0]!;
    expect(text).toContain(latin);
    if (name.includes('/')) expect(squeeze(text)).toContain(squeeze('فاطمة الزهراء'));
  }
});

test('export, clear storage, import: the same state comes back', async ({ page }) => {
  await importFile(page, fileFor('Алексей Смирнов'));
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^moments-of-truth-progress-алексей-смирнов-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = join(dir, 'exported.json');
  await file.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf-8'));
  expect(exported).toMatchObject({ format: 'moments-of-truth-progress', version: 1, course: 'moments-of-truth' });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();
  await (await importInput(page)).setInputFiles(saved);
  await expect(page.getByText('mark 12 lessons as completed')).toBeVisible();
  await expect(page.getByText('add your details (name: Алексей Смирнов)')).toBeVisible();
  await page.getByRole('button', { name: 'Import and merge' }).click();
  await expect(page.getByText('12 of 12 lessons completed (100%)')).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!)).toEqual(JSON.parse(before!));
});

test('a bad file gets a message saying what is wrong, and changes nothing', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  await hydrated(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  await page.goto('/progress/');
  await hydrated(page);
  const input = await importInput(page);
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['broken.json', '{"format": "moments-of-truth-progress", ', /not a readable progress file \(it is not valid JSON\)/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a progress file from this course/],
    ['other-course.json', JSON.stringify({ ...fixture, course: 'fire-safety' }), /from another course \(“fire-safety”\)/],
    ['damaged.json', JSON.stringify({ ...fixture, progress: { v: 1, l: { 'moments-of-truth': { s: 'yesterday' } } } }), /This progress file is damaged/],
    ['newer.json', JSON.stringify({ ...fixture, progress: { v: 9, l: {} } }), /made by a newer version of this course/],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Your current progress has not been changed.');
    await expect(page.getByRole('button', { name: 'Import and merge' })).toHaveCount(0);
  }
  // An oversized file is refused on its size, before it is read.
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(12 * 1024 * 1024, 32) });
  await expect(page.getByRole('alert')).toContainText('This file is too large to be a progress file (12.0 MB)');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('importing asks before replacing a different name, and keeps the current one unless told', async ({ page }) => {
  await importFile(page, fileFor('Kovács Erzsébet Őrsi'));
  await (await importInput(page)).setInputFiles(fileFor('K. E. Őrsi'));
  const replace = page.getByRole('checkbox', { name: 'Replace my name “Kovács Erzsébet Őrsi” with “K. E. Őrsi”' });
  await expect(replace).not.toBeChecked();
  await page.getByRole('button', { name: 'Import and merge' }).click();
  await expect(page.getByLabel('Name for the certificate')).toHaveValue('Kovács Erzsébet Őrsi');
  await (await importInput(page)).setInputFiles(fileFor('K. E. Őrsi'));
  await page.getByRole('checkbox', { name: /Replace my name/ }).check();
  await page.getByRole('button', { name: 'Import and merge' }).click();
  await expect(page.getByLabel('Name for the certificate')).toHaveValue('K. E. Őrsi');
});

test('a name that looks like HTML is shown as written everywhere, never run', async ({ page }) => {
  const name = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/progress/');
  await hydrated(page);
  const nameField = page.getByLabel('Name for the certificate');
  await nameField.scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Save my details' })).toBeEnabled();
  await nameField.fill(name);
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details are saved on this device.')).toBeVisible();
  await importFile(page, fileFor('Someone Else'));
  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByRole('article')).toContainText(name);
  expect(await page.locator('article img').count()).toBe(0);
  await page.goto('/progress/');
  await hydrated(page);
  await (await importInput(page)).setInputFiles(fileFor('Another Name'));
  await expect(page.getByText(`Replace my name “${name}” with “Another Name”`)).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('reset asks first, downloads a backup, then clears progress', async ({ page }) => {
  await importFile(page, fileFor('Алексей Смирнов'));
  await page.getByRole('button', { name: 'Reset my progress' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('A backup file is downloaded first');
  await expect(confirm.getByRole('button', { name: 'Download a backup and reset' })).toBeFocused();
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Download a backup and reset' }).click();
  const backup = await download;
  const saved = join(dir, 'backup.json');
  await backup.saveAs(saved);
  expect(JSON.parse(readFileSync(saved, 'utf-8')).progress.u.n).toBe('Алексей Смирнов');
  await expect(page.getByText('Your progress was reset. The backup file was downloaded.')).toBeVisible();
  await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!)).toEqual({ v: 1, l: {} });
});
