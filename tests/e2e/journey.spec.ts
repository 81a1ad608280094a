import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerCorrectly, questionGroups } from './answers';
import { completeLesson, hydrated, PROGRESS_KEY } from './helpers';

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
  // A modal dialog: focus starts on the safe choice.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Download a backup and reset' }).click();
  const backup = await download;
  const saved = join(dir, 'backup.json');
  await backup.saveAs(saved);
  expect(JSON.parse(readFileSync(saved, 'utf-8')).progress.u.n).toBe('Алексей Смирнов');
  await expect(page.getByText('Your progress was reset. The backup file was downloaded.')).toBeVisible();
  await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!)).toEqual({ v: 2, l: {} });
});

/** The lessons in course order, as the course map lists them. */
async function courseLessons(page: Page): Promise<Array<{ slug: string; title: string }>> {
  await page.goto('/');
  await hydrated(page);
  return page.locator('.lesson-card__title a').evaluateAll((links) =>
    links.map((link) => ({ slug: link.getAttribute('href')!.split('/').filter(Boolean).pop()!, title: link.textContent!.trim() })),
  );
}

test.describe('every end of the journey points to the next thing to do', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the last lesson leads to its check, then the final; the final’s result leads to the certificate; the course map follows', async ({ page }) => {
    const lessons = await courseLessons(page);
    expect(lessons).toHaveLength(12);
    const last = lessons.at(-1)!;
    // Eleven lessons read, checked and completed; the last one not yet.
    const doc = {
      v: 1,
      l: Object.fromEntries(lessons.slice(0, -1).map(({ slug }, index) => [slug, { s: 1795300000 + index, c: 1795300100 + index, q: { b: 100, n: 1, h: [100] } }])),
      u: { n: 'Chen Wei' },
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(doc)]);
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('11 of 12 lessons completed (91%)')).toBeVisible();
    await page.getByRole('link', { name: `Continue with “${last.title}”` }).click();
    await hydrated(page);

    // Completing the last lesson without its check: the way on is the check, on this page.
    await completeLesson(page);
    await expect(page.getByText('You have completed this lesson.')).toBeFocused();
    const toCheck = page.getByRole('link', { name: `Try the knowledge check of: ${last.title}` });
    await expect(toCheck).toHaveAttribute('href', `/lessons/${last.slug}/#check-${last.slug}-heading`);
    await toCheck.click();
    const quiz = page.getByRole('region', { name: 'Check your understanding' });
    await expect(quiz.getByRole('button', { name: 'Check my answers' })).toBeEnabled();
    for (const question of await questionGroups(quiz).all()) await answerCorrectly(question);
    await quiz.getByRole('button', { name: 'Check my answers' }).click();
    await expect(quiz.getByText(/^You scored 100%/)).toBeVisible();

    // Every lesson done and checked: the lesson's end and the course map both lead to the final.
    await expect(page.getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', '/final/');
    await page.goto('/');
    await hydrated(page);
    await expect(page.getByText('12 of 12 lessons completed (100%)')).toBeVisible();
    await expect(page.getByText('You have completed every lesson. Well done!')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0);
    await page.getByRole('region', { name: 'Course progress' }).getByRole('link', { name: 'Take the final assessment' }).click();
    await hydrated(page);

    // Pass the final: its result screen leads to the certificate.
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect(page.getByRole('heading', { name: 'Attempt 1: 20 questions' })).toBeFocused();
    const questions = questionGroups(page);
    await expect(questions).toHaveCount(20);
    for (const question of await questions.all()) await answerCorrectly(question);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Your result' }).getByText(/You passed/)).toBeVisible();
    await expect(page.getByText('You have completed the course.')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.getByRole('link', { name: 'Get your certificate' }).click();
    await hydrated(page);
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('Chen Wei');

    // The course map, complete with the final passed, leads to the certificate too.
    await page.goto('/');
    await hydrated(page);
    await expect(page.getByText('You have completed every lesson. Well done!')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the final assessment' })).toHaveCount(0);
    await page.getByRole('region', { name: 'Course progress' }).getByRole('link', { name: 'Get your certificate' }).click();
    await expect(page).toHaveURL(/\/certificate\/$/);
  });
});

test.describe('the final assessment', () => {
  test('names the questions left unanswered and the mistakes, with links that move focus to them; results come in course order', async ({ page }) => {
    const lessons = await courseLessons(page);
    await page.goto('/final/');
    await hydrated(page);
    // By keyboard: starting moves focus to the attempt's heading, not to the page.
    await page.getByRole('button', { name: 'Start the assessment' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Attempt 1: 20 questions' })).toBeFocused();
    const questions = questionGroups(page);
    await expect(questions).toHaveCount(20);
    for (const [index, question] of (await questions.all()).entries()) if (index !== 2 && index !== 6) await answerCorrectly(question);

    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('2 questions have no answer yet');
    // A modal dialog: focus starts on the safe choice, and Tab moves between its controls.
    await expect(confirm.getByRole('button', { name: 'Keep answering' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Submit now' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name: 'Keep answering' })).toBeFocused();
    const unanswered = confirm.getByRole('list', { name: 'Not answered yet:' });
    await expect(unanswered.getByRole('link')).toHaveText(['Question 3', 'Question 7']);
    await unanswered.getByRole('link', { name: 'Question 7' }).click();
    await expect(questions.nth(6)).toBeFocused();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await questions.nth(6).evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < innerHeight)).toBe(true);

    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByRole('button', { name: 'Submit now' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Your result' }).getByText('You scored 90%: 18 of 20 questions fully correct. You passed. The pass mark is 80%.')).toBeVisible();
    // Passed, but no lesson is done yet: the way on to the certificate is the first lesson.
    await expect(page.getByText('To get your certificate, carry on:')).toBeVisible();
    await expect(page.getByRole('link', { name: `Next lesson: ${lessons[0]!.title}` })).toHaveAttribute('href', `/lessons/${lessons[0]!.slug}/`);

    // The results by lesson follow the course's order.
    const rows = await page.getByRole('table', { name: 'Results by lesson' }).getByRole('rowheader').allTextContents();
    const titles = lessons.map((lesson) => lesson.title);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows).toEqual(titles.filter((title) => rows.includes(title)));

    // The long review starts with links to the mistakes.
    const mistakes = page.getByRole('list', { name: 'Jump to my mistakes (2):' });
    await expect(mistakes.getByRole('link')).toHaveText(['Question 3', 'Question 7']);
    await mistakes.getByRole('link', { name: 'Question 3' }).click();
    await expect(questions.nth(2)).toBeFocused();
    await expect(questions.nth(2)).toContainText('Not quite');
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    // A new attempt moves focus to its heading as well.
    await page.getByRole('button', { name: 'Start a new attempt' }).click();
    await expect(page.getByRole('heading', { name: 'Attempt 2: 20 questions' })).toBeFocused();
  });
});
