/**
 * Records HR can trust (issue 18): a progress file edited by hand is shown as
 * "inconsistent", with its reasons, on the HR page and on the learner's own
 * import, and is never counted as completed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerCorrectly } from './answers';
import { hydrated } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const dir = mkdtempSync(join(tmpdir(), 'mot-trust-'));

interface ProgressFileJson {
  exportedAt: string;
  progress: { f: { l: number; b: number; e: number; t: number; w?: number; d?: number }; u: { n: string } };
}

/**
 * A learner's own file, made by the course: every lesson and check done (the
 * fixture), then the final assessment taken in the browser with 15 of 20
 * questions answered, over ten minutes (the page's clock is moved on, as a
 * learner's would be), so 75 %: not passed. Downloaded as the learner would.
 */
async function learnersOwnFile(browser: Browser): Promise<ProgressFileJson> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: new Date(Date.now() - 2 * 3600 * 1000) });
  const start = join(dir, 'start.json');
  const { f: _final, ...progress } = fixture.progress;
  writeFileSync(start, JSON.stringify({ ...fixture, progress: { ...progress, u: { n: 'Honest Learner' } } }));
  await page.goto('/progress/');
  await hydrated(page);
  const input = page.getByLabel('Import a progress file');
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled();
  await input.setInputFiles(start);
  await page.getByRole('button', { name: 'Import and merge' }).click();

  await page.goto('/final/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const questions = page.locator('fieldset[data-question]');
  await expect(questions).toHaveCount(20);
  for (let index = 0; index < 15; index += 1) await answerCorrectly(questions.nth(index));
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('region', { name: 'Your result' }).getByText('You scored 75%: 15 of 20 questions fully correct.')).toBeVisible();

  await page.goto('/progress/');
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Download my progress' });
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeEnabled();
  const download = page.waitForEvent('download');
  await button.click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf-8')) as ProgressFileJson;
  await context.close();
  return file;
}

/** The same file with the final set to passed with 100 %, as in a text editor. */
function edited(file: ProgressFileJson, name: string): ProgressFileJson {
  return { ...file, progress: { ...file.progress, f: { ...file.progress.f, l: 100, b: 100, w: file.progress.f.e }, u: { n: name } } };
}

function save(name: string, file: ProgressFileJson): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

async function loadOnHr(page: Page, paths: string[]) {
  await page.goto('/hr/');
  await hydrated(page);
  const input = page.getByLabel('Choose files');
  await expect(input).toBeEnabled();
  await input.setInputFiles(paths);
}

test.describe('consistency checks', () => {
  let honest: ProgressFileJson;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    honest = await learnersOwnFile(browser);
    expect(honest.progress.f).toMatchObject({ d: 1, l: 75, b: 75 });
    expect(honest.progress.f.e - honest.progress.f.t).toBeGreaterThanOrEqual(600);
  });

  test('an edited final score shows as inconsistent on the HR page, with the reason, never completed; the CSV says so', async ({ page }) => {
    await loadOnHr(page, [save('honest.json', honest), save('edited.json', edited(honest, 'Edited Learner'))]);
    await expect(page.getByRole('status').filter({ hasText: 'Read 2 files: 2 learners in total.' })).toBeVisible();

    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('term')).toContainText(['Inconsistent records (not counted as completed)']);
    await expect(summary.getByRole('definition')).toHaveText(['2', '0 (0%)', '0', '75%', '1']);

    const table = page.getByRole('table', { name: 'Learners in the cohort' });
    const cheat = table.getByRole('row').filter({ hasText: 'Edited Learner' });
    await expect(cheat.getByRole('cell').nth(5)).toContainText('Not completed');
    await cheat.getByText('inconsistent').click();
    await expect(cheat.getByRole('listitem')).toHaveText(['the final score says 100%, but the saved answers give 75%']);
    await expect(cheat.getByText(/MOT-/)).toHaveCount(0);
    const fair = table.getByRole('row').filter({ hasText: 'Honest Learner' });
    await expect(fair.getByText('inconsistent')).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Inconsistent records' });
    await expect(table.getByRole('rowheader')).toHaveText(['Edited Learner']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf-8').split('\r\n');
    expect(csv[0]).toMatch(/,Record check$/);
    expect(csv.find((line) => line.startsWith('Edited Learner'))).toMatch(/,"inconsistent: edited\.json: the final score says 100%, but the saved answers give 75%"$/);
    expect(csv.find((line) => line.startsWith('Honest Learner'))).toMatch(/,consistent$/);

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('the learner’s own import refuses an edited file, saying why, and changes nothing', async ({ page }) => {
    await page.goto('/progress/');
    await hydrated(page);
    const input = page.getByLabel('Import a progress file');
    await input.scrollIntoViewIfNeeded();
    await expect(input).toBeEnabled();
    await input.setInputFiles(save('mine-edited.json', edited(honest, 'Honest Learner')));
    const alert = page.getByRole('alert').filter({ hasText: 'inconsistent' });
    await expect(alert).toContainText('This progress file is inconsistent, so it was not imported: it may have been edited by hand. Your current progress has not been changed.');
    await expect(alert.getByRole('listitem')).toHaveText(['the final score says 100%, but the saved answers give 75%']);
    await expect(page.getByRole('button', { name: 'Import and merge' })).toHaveCount(0);
    await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();

    // The file as the course wrote it is imported as before.
    await input.setInputFiles(save('mine.json', honest));
    await page.getByRole('button', { name: 'Import and merge' }).click();
    await expect(page.getByText('12 of 12 lessons completed (100%)')).toBeVisible();
  });
});
