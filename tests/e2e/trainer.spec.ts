/**
 * The trainer's workshop kit: trainer mode, the presenter view, the planner,
 * and printouts checked as PDFs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages, hydrated } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'mot-trainer-'));

async function setTrainerMode(page: Page, on: boolean, path = '/trainer/', label = 'Show facilitator notes in lessons (trainer mode)') {
  await page.goto(path);
  await hydrated(page);
  const box = page.getByRole('checkbox', { name: label });
  await expect(box).toBeEnabled();
  await box.setChecked(on);
}

test.describe('trainer mode', () => {
  test('learners see no facilitator notes; trainer mode shows them in every lesson, and switching it off hides them again', async ({ page }) => {
    await page.goto('/lessons/moments-of-truth/');
    await expect(page.getByRole('heading', { name: 'Facilitator notes' })).toBeHidden();
    await expect(page.getByText('Group activity: a customer’s day with us')).toBeHidden();

    await setTrainerMode(page, true);
    await expect(page.getByRole('status').filter({ hasText: 'Trainer mode is on in this browser' })).toBeVisible();
    await page.goto('/lessons/moments-of-truth/');
    const notes = page.getByRole('complementary', { name: 'Facilitator notes' });
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('table', { name: 'Timing in a workshop: 35 minutes' })).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Discuss' })).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Group activity: a customer’s day with us' })).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Listen for' })).toBeVisible();
    await expect(notes.getByRole('link', { name: 'Twenty minutes late at the salon' })).toBeVisible();
    await page.goto('/lessons/team-spirit/');
    await expect(page.getByRole('complementary', { name: 'Facilitator notes' })).toBeVisible();
    // The Arabic lesson has its notes in Arabic.
    await page.goto('/ar/lessons/moments-of-truth/');
    await expect(page.getByRole('complementary', { name: 'ملاحظات الميسّر' })).toBeVisible();

    await setTrainerMode(page, false);
    await expect(page.getByRole('status').filter({ hasText: 'Trainer mode is off' })).toBeVisible();
    await page.goto('/lessons/moments-of-truth/');
    await expect(page.getByRole('heading', { name: 'Facilitator notes' })).toBeHidden();
  });

  test('the Arabic trainer page switches trainer mode too', async ({ page }) => {
    await setTrainerMode(page, true, '/ar/trainer/', 'إظهار ملاحظات الميسّر في الدروس (وضع المدرّب)');
    await page.goto('/ar/lessons/moments-of-truth/');
    await expect(page.getByRole('complementary', { name: 'ملاحظات الميسّر' })).toBeVisible();
  });

  test('the Arabic planner lists the lessons by their Arabic titles, with nothing marked as English', async ({ page }) => {
    await page.goto('/ar/trainer/');
    await hydrated(page);
    const planner = page.locator('.planner');
    await planner.getByRole('checkbox', { name: /^لحظات الصدق/ }).check();
    await planner.getByRole('checkbox', { name: /^ما الخدمة فائقة التميز/ }).check();
    await expect(planner.getByRole('rowheader', { name: /^درس: ما الخدمة فائقة التميز/ })).toBeVisible();
    await expect(planner.getByRole('link', { name: /^نشرة: ما الخدمة فائقة التميز/ })).toBeVisible();
    await expect(planner.locator('[lang="en"]')).toHaveCount(0);
  });
});

test.describe('the presenter view', () => {
  const counter = (page: Page) => page.getByRole('status').filter({ hasText: /^Slide \d+ of \d+/ });
  const total = async (page: Page) => Number((await counter(page).textContent())!.match(/of (\d+)/)![1]);

  test('moves through the lesson by keyboard, one slide at a time, with questions that reveal their answer, offline', async ({ page, context }) => {
    await page.goto('/present/moments-of-truth/');
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+: Moments of truth$/);
    // Once loaded, the deck needs no network.
    await context.setOffline(true);
    const count = await total(page);
    expect(count).toBeGreaterThan(10);
    await expect(page.locator('.slide:visible')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 2 of /);
    await page.keyboard.press('Space');
    await expect(counter(page)).toHaveText('Slide 3 of ' + count + ': Where the idea comes from');
    await expect(page.getByRole('heading', { name: 'Where the idea comes from' })).toBeVisible();
    // "…told them:" stays on the slide of the quote it introduces, a statistic shown large.
    const slide = page.locator('.slide:visible');
    await expect(slide.getByText(/gathered his staff and told them:$/)).toBeVisible();
    await expect(slide.locator('.stat__value')).toHaveText('50,000');
    await expect(slide.getByText('We have 50,000 moments of truth in our business every day.')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 4 of \d+: Where the idea comes from \(continued\)$/);
    await expect(page.locator('.slide:visible').getByText(/^His view was/)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(/^Slide 3 of /);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(/^Slide 3 of /);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(/^Slide 1 of /);
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`Slide ${count} of ${count}: Thank you. Questions?`);
    // The facilitator notes are never on a slide.
    for (let index = 0; index < count; index += 1) {
      await expect(page.locator('.slide:visible .facilitator')).toHaveCount(0);
      await page.keyboard.press('ArrowLeft');
    }

    // The last question: the answer waits behind "Reveal answer".
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(/: Question 5 of 5$/);
    // The question is the slide's heading, in type larger than its options.
    const question = page.locator('.slide:visible').getByRole('heading', { level: 2 });
    await expect(question).toContainText('5.');
    const size = async (element: ReturnType<Page['locator']>) => element.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    const option = page.locator('.slide:visible .printed-options li').first();
    expect(await size(question)).toBeGreaterThan(1.2 * (await size(option)));
    const reveal = page.locator('.slide:visible').getByText('Reveal answer');
    const answer = page.locator('.slide:visible details.printed-answer');
    await expect(answer).not.toHaveAttribute('open');
    await reveal.focus();
    await page.keyboard.press('Enter');
    await expect(answer).toHaveAttribute('open');
    // Space on the focused disclosure toggles it, and does not move the slide.
    await page.keyboard.press('Space');
    await expect(answer).not.toHaveAttribute('open');
    await expect(counter(page)).toHaveText(/: Question 5 of 5$/);
    // The buttons work too, and the address keeps the slide across a reload.
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(counter(page)).toHaveText(/: Question 4 of 5$/);
    await context.setOffline(false);
    await page.reload();
    await expect(counter(page)).toHaveText(/: Question 4 of 5$/);
  });

  test('in Arabic, the slides read right to left and the left arrow moves forward', async ({ page }) => {
    await page.goto('/ar/present/moments-of-truth/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const status = page.getByRole('status').filter({ hasText: /^الشريحة/ });
    await expect(status).toHaveText(/^الشريحة 1 من/);
    await page.keyboard.press('ArrowLeft');
    await expect(status).toHaveText(/^الشريحة 2 من/);
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(/^الشريحة 1 من/);
    // A swipe towards the start edge (here, to the right) moves forward, as a page turns.
    await page.mouse.move(200, 300);
    await page.mouse.down();
    await page.mouse.move(600, 310, { steps: 5 });
    await page.mouse.up();
    await expect(status).toHaveText(/^الشريحة 2 من/);
  });

  test('a swipe to the left moves forward in English, and Fullscreen fills the screen', async ({ page }) => {
    await page.goto('/present/moments-of-truth/');
    await expect(counter(page)).toHaveText(/^Slide 1 of /);
    await page.mouse.move(600, 300);
    await page.mouse.down();
    await page.mouse.move(200, 290, { steps: 5 });
    await page.mouse.up();
    await expect(counter(page)).toHaveText(/^Slide 2 of /);
    // A small movement (a tap or a wobble) is not a swipe.
    await page.mouse.move(600, 300);
    await page.mouse.down();
    await page.mouse.move(580, 300);
    await page.mouse.up();
    await expect(counter(page)).toHaveText(/^Slide 2 of /);
    await page.getByRole('button', { name: 'Fullscreen' }).click();
    await expect(page.getByRole('button', { name: 'Leave fullscreen' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('deck'))).toBe(true);
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Fullscreen' })).toBeVisible();
  });

  test('the notes window follows the slides and shows the timing and the facilitator notes', async ({ page, context }) => {
    await page.goto('/present/handling-complaints/');
    await expect(counter(page)).toHaveText(/^Slide 1 of /);
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open notes window' }).click()]);
    await notes.waitForLoadState();
    await expect(notes.getByRole('heading', { name: 'Facilitator notes' })).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Group activity: the steps in order' })).toBeVisible();
    await page.bringToFront();
    for (let step = 0; step < 2; step += 1) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/: What a complaint is$/);
    await expect(notes.locator('.deck__now')).toHaveText('Now: What a complaint is (5 min)');
    // And the other way: moving in the notes window moves the slides.
    await notes.getByRole('button', { name: 'Next' }).click();
    await expect(counter(page)).toHaveText(/: What a complaint is \(continued\)$/);
    // The end slide points to the lesson's role-play.
    await page.keyboard.press('End');
    await expect(page.getByRole('link', { name: 'The angry caller' })).toBeVisible();
  });
});

test('the trainer kit is in the main navigation, marked as the current page on the kit and its printouts', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Trainer kit' }).click();
  await expect(page).toHaveURL(/\/trainer\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainer kit' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/print/moments-of-truth/quiz/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainer kit' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/ar/');
  await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'حقيبة المدرّب' }).click();
  await expect(page).toHaveURL(/\/ar\/trainer\/$/);
});

test.describe('the workshop planner', () => {
  test('builds a timed agenda with a break and the materials, and remembers the choice', async ({ page }) => {
    await page.goto('/trainer/');
    await hydrated(page);
    await expect(page.getByText('Choose at least one lesson, knowledge check or role-play to see the agenda.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Moments of truth (35 min)' }).check();
    await page.getByRole('checkbox', { name: 'Knowledge check: Moments of truth (10 min)' }).check();
    await page.getByRole('checkbox', { name: 'The numbers that matter (30 min)' }).check();
    await page.getByRole('checkbox', { name: 'Handling a complaint (45 min)' }).check();
    await page.getByRole('checkbox', { name: /^The angry caller \(20 min\)/ }).check();
    // 35 + 10 + 30 = 75; the 45-minute lesson would pass 90, so a 15-minute break comes first; then 45 + 20.
    const total = page.getByRole('status').filter({ hasText: /^Total:/ });
    await expect(total).toHaveText('Total: 2 h 35 min, from 09:00 to 11:35. Breaks: 1.');
    const agenda = page.getByRole('table', { name: 'Agenda, time by time' });
    await expect(agenda.getByRole('row')).toHaveCount(7);
    await expect(agenda.getByRole('row').nth(4)).toHaveText(/10:15–10:30\s*Break\s*15/);
    await expect(agenda.getByRole('row').nth(6)).toHaveText(/11:15–11:35\s*Role-play: The angry caller\s*20/);
    await expect(page.getByRole('link', { name: 'Handout: Handling a complaint' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Paper quiz: Moments of truth' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pair cards: The angry caller' })).toBeVisible();

    await page.getByLabel('Start time').fill('13:30');
    await expect(total).toHaveText('Total: 2 h 35 min, from 13:30 to 16:05. Breaks: 1.');
    await page.getByLabel('A break after at most (minutes)').fill('200');
    await page.getByLabel('A break after at most (minutes)').blur();
    await expect(total).toHaveText('Total: 2 h 20 min, from 13:30 to 15:50. Breaks: 0.');

    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('checkbox', { name: 'Handling a complaint (45 min)' })).toBeChecked();
    await expect(total).toHaveText('Total: 2 h 20 min, from 13:30 to 15:50. Breaks: 0.');
  });

  test('an unreadable saved plan is reported and kept, not overwritten', async ({ page }) => {
    await page.goto('/trainer/');
    await page.evaluate(() => localStorage.setItem('mot:workshop@1', '{"v":1,"lessons":'));
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('alert')).toContainText('Your saved workshop plan could not be read');
    await page.getByRole('checkbox', { name: 'Team spirit (40 min)' }).check();
    await expect(page.getByRole('status').filter({ hasText: /^Total:/ })).toHaveText('Total: 0 h 40 min, from 09:00 to 09:40. Breaks: 0.');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('mot:workshop@1:unreadable:')).map((key) => localStorage.getItem(key)));
    expect(kept).toEqual(['{"v":1,"lessons":']);
  });
});

test.describe('printouts', () => {
  async function printed(page: Page, path: string): Promise<string> {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' ');
  }
  const quiz = parse(readFileSync('content/quizzes/en/handling-complaints.yaml', 'utf-8')) as {
    questions: Array<{ id: string; check?: boolean; prompt: string; options?: Array<{ text: string; correct?: boolean; feedback: string }> }>;
  };
  const single = quiz.questions.find((question) => question.id === 'complaint-vs-objection')!;

  test('a handout drops a section heading with nothing under it, and never splits the takeaways box across pages', async ({ page }) => {
    // "Why everyone who handles one is a manager" is running text only: on paper its heading would stand over nothing.
    await page.goto('/print/moments-of-truth/handout/');
    const content = page.locator('.handout__content');
    await expect(content.getByRole('heading', { name: 'What a moment of truth is' })).toBeVisible();
    await expect(content.getByRole('heading', { name: 'Why everyone who handles one is a manager' })).toHaveCount(0);
    // Every heading left has something printed after it before the next heading.
    const headingsWithNothing = await content.evaluate((root) =>
      [...root.children].filter((child, index, all) => child.tagName === 'H2' && (!all[index + 1] || all[index + 1]!.tagName === 'H2')).map((child) => child.textContent),
    );
    expect(headingsWithNothing).toEqual([]);

    // Every English handout (without break-inside: avoid, moments-of-truth, shared-principles and what-customers-expect split it).
    const handouts = builtPages().filter((path) => /^\/print\/[^/]+\/handout\/$/.test(path));
    expect(handouts).toHaveLength(12);
    for (const path of handouts) {
      const slug = path.split('/')[2]!;
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      // Compared without spaces and hyphens: pdftotext joins a word hyphenated at a line end ("non-verbal" → "nonverbal").
      const squeeze = (text: string) => text.replace(/[\s\-‐]+/g, '');
      const items = (await page.locator('.takeaways li').allTextContents()).map(squeeze);
      expect(items.length, slug).toBeGreaterThan(2);
      await page.emulateMedia({ media: 'print' });
      const file = join(dir, `${slug}-pages.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
      const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' }).split('\f').map(squeeze);
      const start = pages.findIndex((text) => text.includes('Keytakeaways'));
      expect(start, slug).toBeGreaterThanOrEqual(0);
      for (const item of items) expect(pages[start], `${slug}: "${item}" on the page of "Key takeaways"`).toContain(item);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a lesson handout keeps the key points, steps, takeaways and sources, not the running text', async ({ page }) => {
    const text = await printed(page, '/print/handling-complaints/handout/');
    expect(text).toContain('Handling a complaint');
    expect(text).toContain('By the end of this lesson you can');
    expect(text).toContain('anything the customer expresses about their dissatisfaction');
    expect(text).toContain('Do not take the complaint as aimed at you personally.');
    expect(text).toContain('Follow the problem or complaint up with sales.');
    expect(text).toContain('Key takeaways');
    expect(text).toContain('Sources');
    expect(text).toContain('Facing complaints');
    expect(text).toContain('Cited in the lessons as (001).');
    expect(text).not.toContain('001_a33365374561fff3.txt');
    expect(text).not.toContain('A customer phones, angry that an order arrived late');
    expect(text).not.toContain('Facilitator notes');
    expect(text).not.toContain('Course map');
  });

  test('a paper quiz has the questions and no answers; its answer key has the answers and why', async ({ page }) => {
    const paper = await printed(page, '/print/handling-complaints/quiz/');
    expect(paper).toContain('Name:');
    expect(paper).toContain(single.prompt);
    for (const option of single.options!) expect(paper).toContain(option.text);
    for (const option of single.options!) expect(paper).not.toContain(option.feedback);
    expect(paper).not.toContain('Answer');

    const key = await printed(page, '/print/handling-complaints/answers/');
    expect(key).toContain('Answer key');
    expect(key).toContain(single.prompt);
    const right = single.options!.find((option) => option.correct)!;
    // The key names the letter the paper printed (options are in a seeded order, so not always "A").
    const letter = paper.match(new RegExp(`([A-D])\\. ${right.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))![1];
    expect(letter).not.toBe('A'); // as authored, it was "A"
    expect(key).toContain(`${letter}. ${right.text} — ${right.feedback}`);
    for (const option of single.options!.filter((entry) => !entry.correct)) expect(key).not.toContain(option.text);
    // Every question of the knowledge check is in both.
    for (const question of quiz.questions.filter((entry) => entry.check !== false)) {
      expect(paper).toContain(question.prompt);
      expect(key).toContain(question.prompt);
    }
  });
});
