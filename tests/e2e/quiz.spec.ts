import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answer, authored, bankOf } from './answers';
import { hydrated, PROGRESS_KEY } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function tabUntil(page: Page, matches: () => boolean | Promise<boolean>, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the element by Tab');
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent?.trim() ?? element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
  });

/** Opens the final assessment, starts an attempt, and returns its question groups once all 20 are there. */
async function startFinal(page: Page): Promise<Locator> {
  await page.goto('/final/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const questions = page.getByRole('group', { name: /^Question \d+/ });
  await expect(questions).toHaveCount(20);
  return questions;
}

/** What one question's controls hold: checked boxes by label, select values, item order. */
const controlState = (question: Locator) =>
  question.evaluate((set) => ({
    checked: [...set.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.labels?.[0]?.textContent?.trim()),
    selects: [...set.querySelectorAll('select')].map((select) => select.value),
    order: [...set.querySelectorAll('.ordering__text')].map((item) => item.textContent),
  }));

/** The keys of the questions on the page, in order (each fieldset carries its key). */
const questionKeys = (page: Page) => page.locator('fieldset[data-question]').evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')!));

test('a knowledge check can be done with the keyboard alone', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  await hydrated(page);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.scrollIntoViewIfNeeded();
  // The check hydrates when it comes into view; until then its controls are inert (the button is disabled).
  await expect(quiz.getByRole('button', { name: 'Check my answers' })).toBeEnabled();
  await page.getByRole('heading', { name: 'Check your understanding' }).focus();

  // Question 1 (single choice): arrow keys move through the radio group and select.
  await tabUntil(page, () => quiz.getByRole('group', { name: /^Question 1/ }).getByRole('radio').first().evaluate((el) => el === document.activeElement));
  const correct1 = authored('moments-of-truth/definition').options!.find((option) => option.correct)!.text;
  for (let presses = 0; presses < 4 && (await focusedName(page)) !== correct1; presses += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  expect(await focusedName(page)).toBe(correct1);

  // Question 2 (single choice): the same.
  await page.keyboard.press('Tab');
  for (let presses = 0; presses < 4 && (await focusedName(page)) !== '50,000'; presses += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');

  // Question 3 (select all): Tab between checkboxes, Space on the right ones.
  const channels = authored('moments-of-truth/channels').options!;
  for (let index = 0; index < channels.length; index += 1) {
    await page.keyboard.press('Tab');
    const name = await focusedName(page);
    if (channels.find((candidate) => candidate.text === name)!.correct) await page.keyboard.press('Space');
  }

  // Question 4 (matching): native selects, chosen by typing.
  for (const pair of authored('moments-of-truth/represent').pairs!) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(pair.right, { delay: 20 });
    await expect(page.locator(':focus')).toHaveValue(/\d/);
  }

  // Question 5 (true or false): arrow to True.
  await page.keyboard.press('Tab');
  for (let presses = 0; presses < 3 && (await focusedName(page)) !== 'True'; presses += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');

  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Check my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('You scored 100%: 5 of 5 questions fully correct.')).toBeFocused();
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);
  expect(stored.l['moments-of-truth'].q).toEqual({ b: 100, n: 1, h: [100] });

  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

/** Opens a lesson and returns its knowledge check once it is live (it hydrates when scrolled to). */
async function openCheck(page: Page, path = '/lessons/moments-of-truth/', name = 'Check your understanding', check = 'Check my answers'): Promise<Locator> {
  await page.goto(path);
  await hydrated(page);
  const quiz = page.getByRole('region', { name });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: check })).toBeEnabled();
  return quiz;
}

/**
 * Answers every question of a knowledge check: correctly, except those listed
 * in `wrong` (by position), which get a wrong option.
 */
async function answerCheck(quiz: Locator, { wrong = [] as number[], locale = 'en', truth = ['True', 'False'] as const as readonly [string, string] } = {}): Promise<void> {
  const questions = quiz.locator('fieldset[data-question]');
  const keys = await questions.evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')!));
  const localeBank = bankOf(locale);
  for (const [index, key] of keys.entries()) {
    const question = localeBank.get(key)!;
    if (wrong.includes(index)) {
      expect(question.type, `question ${index + 1} is a single-choice question`).toBe('single');
      await questions.nth(index).getByRole('radio', { name: question.options!.find((option) => !option.correct)!.text, exact: true }).check();
    } else await answer(questions.nth(index), question, truth);
  }
}

/** What only a revealed check shows: the options' tags and where items belong. */
const REVEALED = /\((your answer|not chosen)|this was correct|the correct match is|belongs at number/;

/** The stored knowledge-check record of a lesson: best, attempts, history. */
const storedCheck = (page: Page, lesson = 'moments-of-truth') =>
  page.evaluate(([key, slug]) => {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw).l?.[slug]?.q ?? undefined);
  }, [PROGRESS_KEY, lesson] as const);

/** What the check's controls hold: a blank form has nothing checked, every select on "Choose…" and nothing locked. */
const formState = (quiz: Locator) =>
  quiz.evaluate((section) => ({
    checked: section.querySelectorAll('input:checked').length,
    chosen: [...section.querySelectorAll('select')].filter((select) => select.value !== '-1').length,
    locked: section.querySelectorAll('input:disabled, select:disabled').length,
  }));

test.describe('Try again', () => {
  for (const how of ['mouse', 'Enter', 'Space'] as const) {
    test(`by ${how}: a blank form, focus on the heading, and no attempt recorded until the learner checks`, async ({ page }) => {
      const quiz = await openCheck(page);
      await answerCheck(quiz, { wrong: [0] });
      await quiz.getByRole('button', { name: 'Check my answers' }).click();
      await expect(quiz.getByText('You scored 80%: 4 of 5 questions fully correct.')).toBeFocused();
      expect(await storedCheck(page)).toEqual({ b: 80, n: 1, h: [80] });

      const retry = quiz.getByRole('button', { name: 'Try again' });
      if (how === 'mouse') await retry.click();
      else {
        await retry.focus();
        await page.keyboard.press(how);
      }
      await expect(quiz.getByRole('heading', { name: 'Check your understanding' })).toBeFocused();
      expect(await storedCheck(page)).toEqual({ b: 80, n: 1, h: [80] });
      await expect(quiz.getByRole('button', { name: 'Check my answers' })).toBeEnabled();
      await expect(quiz.getByRole('button', { name: 'Try again' })).toHaveCount(0);
      await expect(quiz.getByText(/You scored/)).toHaveCount(0);
      await expect(quiz.getByText('Not quite')).toHaveCount(0);
      expect(await formState(quiz)).toEqual({ checked: 0, chosen: 0, locked: 0 });
      await expect(quiz.getByText('Best score so far: 80%. Attempts: 1.')).toBeVisible();

      // The next check, and only it, is the second attempt.
      await answerCheck(quiz);
      await quiz.getByRole('button', { name: 'Check my answers' }).click();
      await expect(quiz.getByText('You scored 100%: 5 of 5 questions fully correct.')).toBeFocused();
      expect(await storedCheck(page)).toEqual({ b: 100, n: 2, h: [80, 100] });
    });
  }
});

test('checking with questions unanswered asks for them first, links to them, and records and reveals nothing', async ({ page }) => {
  const quiz = await openCheck(page);
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  const status = quiz.getByRole('status').filter({ hasText: 'Answer every question before checking.' });
  await expect(status.getByText('Answer every question before checking. Not answered yet:')).toBeFocused();
  await expect(status.getByRole('link')).toHaveText(['Question 1', 'Question 2', 'Question 3', 'Question 4', 'Question 5']);
  await expect(quiz.getByText(/You scored/)).toHaveCount(0);
  await expect(quiz.getByText(REVEALED)).toHaveCount(0);
  await expect(quiz.getByText('Right. That is the definition the Arabic forum post gives.')).toHaveCount(0);
  expect(await formState(quiz)).toEqual({ checked: 0, chosen: 0, locked: 0 });
  expect(await storedCheck(page)).toBeUndefined();

  // With all but the matching question answered, only it is named; its link leads to its first control.
  const questions = quiz.locator('fieldset[data-question]');
  const keys = await questions.evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')!));
  for (const [index, key] of keys.entries()) if (authored(key).type !== 'matching') await answer(questions.nth(index), authored(key));
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  await expect(status.getByRole('link')).toHaveText(['Question 4']);
  await expect(status.getByText('Answer every question before checking. Not answered yet:')).toBeFocused();
  await status.getByRole('link', { name: 'Question 4' }).click();
  await expect(quiz.getByRole('group', { name: /^Question 4/ }).getByRole('combobox').first()).toBeFocused();
  expect(await storedCheck(page)).toBeUndefined();

  // Answering it makes the message go and the check count.
  for (const [index, key] of keys.entries()) if (authored(key).type === 'matching') await answer(questions.nth(index), authored(key));
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  await expect(quiz.getByText('You scored 100%: 5 of 5 questions fully correct.')).toBeFocused();
  await expect(quiz.getByText(/Answer every question before checking/)).toHaveCount(0);
  expect(await storedCheck(page)).toEqual({ b: 100, n: 1, h: [100] });
});

test('a first wrong check says which questions are wrong, not what is right; the second check or a request shows the answers', async ({ page }) => {
  const definition = authored('moments-of-truth/definition').options!;
  const right = definition.find((option) => option.correct)!;
  const quiz = await openCheck(page);
  await answerCheck(quiz, { wrong: [0] });
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  await expect(quiz.getByText('You scored 80%: 4 of 5 questions fully correct.')).toBeFocused();
  const first = quiz.getByRole('group', { name: /^Question 1/ });
  await expect(first.getByText('Not quite')).toBeVisible();
  await expect(quiz.getByText('Correct', { exact: true })).toHaveCount(4);
  // Nothing names the right option or explains it: not the tags, not the option feedback, not the explanations.
  await expect(first.getByRole('radio', { name: right.text, exact: true })).toBeVisible();
  await expect(quiz.getByText(REVEALED)).toHaveCount(0);
  await expect(quiz.getByText('Right. That is the definition the Arabic forum post gives.')).toHaveCount(0);
  await expect(quiz.getByRole('status').filter({ hasText: 'You scored 80%' })).toContainText('The correct answers are shown from attempt 2 on, or now if you ask.');
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // The second check shows them.
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerCheck(quiz, { wrong: [0] });
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  await expect(quiz.getByText('You scored 80%: 4 of 5 questions fully correct.')).toBeFocused();
  await expect(first.getByRole('radio', { name: `${right.text} (not chosen, this was correct)`, exact: true })).toBeVisible();
  await expect(quiz.getByText('Right. That is the definition the Arabic forum post gives.')).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Show the correct answers' })).toHaveCount(0);
  expect(await storedCheck(page)).toEqual({ b: 80, n: 2, h: [80, 80] });
});

test('the correct answers can be asked for after the first check, without recording anything more', async ({ page }) => {
  const right = authored('moments-of-truth/definition').options!.find((option) => option.correct)!;
  const quiz = await openCheck(page);
  await answerCheck(quiz, { wrong: [0] });
  await quiz.getByRole('button', { name: 'Check my answers' }).click();
  await expect(quiz.getByText('You scored 80%: 4 of 5 questions fully correct.')).toBeFocused();
  const show = quiz.getByRole('button', { name: 'Show the correct answers' });
  await show.focus();
  await page.keyboard.press('Enter');
  const status = quiz.getByRole('status').filter({ hasText: 'You scored 80%' });
  await expect(status.getByText('The correct answers are shown with each question.')).toBeFocused();
  await expect(quiz.getByRole('radio', { name: `${right.text} (not chosen, this was correct)`, exact: true })).toBeVisible();
  await expect(quiz.getByText('Right. That is the definition the Arabic forum post gives.')).toBeVisible();
  await expect(show).toHaveCount(0);
  expect(await storedCheck(page)).toEqual({ b: 80, n: 1, h: [80] });
  // A new try hides them again.
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.getByText(/this was correct/)).toHaveCount(0);
  expect(await storedCheck(page)).toEqual({ b: 80, n: 1, h: [80] });
});

test.describe('the final assessment', () => {
  test('a reload resumes the same questions with the answers given so far', async ({ page }) => {
    const questions = await startFinal(page);
    const keys = await questionKeys(page);
    const untouched = await controlState(questions.first());
    await answer(questions.first(), authored(keys[0]!));
    await answer(questions.nth(2), authored(keys[2]!));
    await expect(page.locator('.final__counter').getByText('2 of 20 answered')).toBeVisible();
    const before = [await controlState(questions.first()), await controlState(questions.nth(2))];
    expect(before[0]).not.toEqual(untouched);

    await page.reload();
    await hydrated(page);
    // The attempt's questions come back from storage as the island wakes.
    await expect.poll(() => questionKeys(page)).toEqual(keys);
    await expect(page.locator('.final__counter').getByText('2 of 20 answered')).toBeVisible();
    expect([await controlState(questions.first()), await controlState(questions.nth(2))]).toEqual(before);
  });

  test('answering well passes, with a breakdown by lesson; axe stays at zero with feedback shown', async ({ page }) => {
    const questions = await startFinal(page);
    const keys = await questionKeys(page);
    for (const [index, key] of keys.entries()) await answer(questions.nth(index), authored(key));
    await expect(page.locator('.final__counter').getByText('20 of 20 answered')).toBeVisible();
    await page.getByRole('button', { name: 'Submit my answers' }).click();

    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Your result' }).getByText('You scored 100%: 20 of 20 questions fully correct. You passed. The pass mark is 80%.')).toBeVisible();
    const breakdown = page.getByRole('table', { name: 'Results by lesson' });
    await expect(breakdown.getByRole('row')).toHaveCount(13); // a header and every lesson of twelve
    await expect(page.getByText('Worth another look')).toHaveCount(0);
    const final = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!).f;
    expect(final).toMatchObject({ n: 1, d: 1, l: 100, b: 100, w: expect.any(Number) });

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('submitting with nothing answered fails, points to the lessons to review, and a new attempt draws anew', async ({ page }) => {
    await startFinal(page);
    const firstDraw = await questionKeys(page);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('20 questions have no answer yet');
    await expect(confirm.getByRole('button', { name: 'Keep answering' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Submit now' }).click();

    await expect(page.getByRole('region', { name: 'Your result' }).getByText('You scored 0%: 0 of 20 questions fully correct. You did not reach the pass mark of 80% this time.')).toBeVisible();
    await expect(page.getByText('Worth another look before you try again:')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Handling a complaint' }) })).toHaveCount(1);

    await page.getByRole('button', { name: 'Start a new attempt' }).click();
    await expect(page.locator('.final__counter').getByText('0 of 20 answered')).toBeVisible();
    const secondDraw = await questionKeys(page);
    expect(secondDraw).not.toEqual(firstDraw);
    const final = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!).f;
    expect(final).toMatchObject({ n: 2, l: 0, b: 0 });
    expect(final.d).toBeUndefined();
  });
});

test('an Arabic lesson has its knowledge check in Arabic, right to left, and it works', async ({ page }) => {
  const quiz = await openCheck(page, '/ar/lessons/moments-of-truth/', 'اختبر فهمك', 'تحقّق من إجاباتي');
  expect(await quiz.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await quiz.getByRole('radio', { name: '50.000', exact: true }).check();
  await quiz.getByRole('radio', { name: 'صواب', exact: true }).check();
  await quiz.getByRole('button', { name: 'تحقّق من إجاباتي' }).click();
  // Three questions have no answer yet: the check asks for them and records nothing.
  await expect(quiz.getByText('أجب عن كل الأسئلة قبل التحقّق. لم تُجب بعدُ عن:')).toBeFocused();
  await expect(quiz.getByRole('status').getByRole('link')).toHaveText(['السؤال 1', 'السؤال 3', 'السؤال 4']);
  expect(await storedCheck(page)).toBeUndefined();

  await answerCheck(quiz, { wrong: [0], locale: 'ar', truth: ['صواب', 'خطأ'] });
  await quiz.getByRole('button', { name: 'تحقّق من إجاباتي' }).click();
  await expect(quiz.getByText(/^نتيجتك 80%: أجبت إجابة كاملة عن 4 من 5 أسئلة\.$/)).toBeFocused();
  await expect(quiz.getByRole('radio', { name: '50.000', exact: true })).toBeVisible();
  await quiz.getByRole('button', { name: 'اعرض الإجابات الصحيحة' }).click();
  await expect(quiz.getByText('تظهر الإجابات الصحيحة مع كل سؤال.')).toBeFocused();
  await expect(quiz.getByRole('radio', { name: '50.000 (إجابتك، وهي صحيحة)' })).toBeVisible();
  // The first option sits on the right in a right-to-left layout.
  const option = await quiz.getByRole('radio', { name: /^50\.000/ }).boundingBox();
  const box = await quiz.boundingBox();
  expect(option!.x).toBeGreaterThan(box!.x + box!.width / 2);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('questions stay readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/handling-complaints/');
  await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
  await expect(page.getByText('What makes a complaint stronger than an objection?')).toBeVisible();
  await expect(page.getByText('It usually comes with feelings of anger and resentment.', { exact: true })).toBeVisible();
  await context.close();
});
