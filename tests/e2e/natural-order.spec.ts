/**
 * The whole course in the order a new hire takes it, on a phone: every lesson
 * read, its knowledge check answered, then marked complete, following the
 * "next step" link each time; the final passed; the certificate reached from
 * the final's result; the certificate downloaded as PDF and its text read back;
 * My progress showing every check's score. Issue 23's data loss (completing a
 * lesson erased its check result) breaks this journey at the first lesson.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answerCorrectly, questionGroups } from './answers';
import { hydrated, PROGRESS_KEY } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const NAME = 'Ágnes Kovács-Nagy';

test('a new hire takes the whole course in order on a phone and downloads the certificate', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await hydrated(page);
  // The course map's first step is the first lesson.
  const lessonTitles = await page.getByRole('main').locator('a[href*="/lessons/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
  expect(lessonTitles.length).toBeGreaterThanOrEqual(12);
  await page.getByRole('link', { name: /^Next lesson:|^Start/ }).first().click();

  const checked: string[] = [];
  for (let lesson = 0; lesson < 40; lesson += 1) {
    await hydrated(page);
    const slug = new URL(page.url()).pathname.match(/\/lessons\/([^/]+)\//)?.[1];
    if (!slug) break;
    const quiz = page.getByRole('region', { name: 'Check your understanding' });
    if ((await quiz.count()) > 0) {
      await quiz.scrollIntoViewIfNeeded();
      const submit = quiz.getByRole('button', { name: 'Check my answers' });
      await expect(submit).toBeEnabled();
      for (const question of await questionGroups(quiz).all()) await answerCorrectly(question);
      await submit.click();
      await expect(quiz.getByText(/^You scored 100%/)).toBeVisible();
      checked.push(slug);
    }
    const complete = page.getByRole('button', { name: 'Mark this lesson as complete' });
    await complete.scrollIntoViewIfNeeded();
    await complete.click();
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();

    // Completing kept the check's result (the bug in issue 23 dropped it here).
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
    const record = stored.l[slug];
    expect(record.c, `${slug} completed`).toEqual(expect.any(Number));
    // Every check done so far keeps its result, on this lesson and the ones before.
    for (const done of checked) expect(stored.l[done]?.q, `${done} keeps its check result (at ${slug}): ${JSON.stringify(stored)}`).toEqual({ b: 100, n: 1, h: [100] });

    const next = page.getByRole('link', { name: /^(Next lesson:|Take the final assessment)/ });
    await expect(next).toBeVisible();
    const here = page.url();
    await next.click();
    // The next page, not this one still showing while it loads.
    await expect(page).not.toHaveURL(here);
  }
  expect(checked.length).toBe(12);

  // The final assessment, reached from the last lesson.
  await expect(page).toHaveURL(/\/final\/$/);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const questions = questionGroups(page);
  await expect(questions).toHaveCount(20);
  for (const question of await questions.all()) await answerCorrectly(question);
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('region', { name: 'Your result' }).getByText(/You scored 100%.*You passed/)).toBeVisible();

  // The result screen leads to the certificate, which asks for a name first.
  await page.getByRole('link', { name: 'Get your certificate' }).click();
  await hydrated(page);
  await expect(page.getByText('Add your name on My progress: it is printed on the certificate.')).toBeVisible();
  await page.goto('/progress/');
  await hydrated(page);
  const nameField = page.getByLabel('Name for the certificate');
  await nameField.scrollIntoViewIfNeeded();
  await nameField.fill(NAME);
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details are saved on this device.')).toBeVisible();

  // My progress shows every check's score.
  const table = page.getByRole('table').first();
  await table.scrollIntoViewIfNeeded();
  await expect(table.getByText('100%')).toHaveCount(12);

  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(NAME);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as PDF' }).click();
  const file = join(tmpdir(), `natural-order-${process.pid}.pdf`);
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' });
  expect(text).toContain(NAME);
  expect(text).toContain('Moments of Truth');
  expect(text).toMatch(/MOT-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
});

test('a knowledge check shows its options in the same order as the paper quiz and the key', async ({ page }) => {
  await page.goto('/print/moments-of-truth/quiz/');
  const paper = await page
    .locator('section, li, article, div')
    .filter({ has: page.getByRole('heading', { name: /Which of these is a moment of truth\?/ }) })
    .last()
    .innerText();
  await page.goto('/lessons/moments-of-truth/');
  await hydrated(page);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check my answers' })).toBeEnabled();
  const radios = await quiz.getByRole('group', { name: /^Question 1/ }).getByRole('radio').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels![0]!.textContent!.trim()));
  const positions = radios.map((label) => paper.indexOf(label));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
