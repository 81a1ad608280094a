/**
 * The whole course in a translated locale, by keyboard alone: every lesson read
 * to its end and marked complete, every knowledge check answered and checked,
 * the final assessment passed, a role-play played to an ending, the name typed
 * on My progress, and the certificate printed as PDF with its text checked by
 * pdftotext. Every question is answered from the locale's own quiz files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { bankOf, questionGroups } from './answers';
import { hydrated } from './helpers';
import { answerByKeyboard, tabTo, tabUntil } from './keyboard';
import { makeTranslator, type UiKey, type UiStrings } from '../../src/lib/ui-strings';

const course = parse(readFileSync('content/course.yaml', 'utf-8')) as { locales: string[]; defaultLocale: string };
/** The translated locales whose course is complete: every lesson has a translation. */
const complete = course.locales.filter(
  (locale) => locale !== course.defaultLocale && existsSync(`content/ui/${locale}.json`) && readdirCount(`content/lessons/${locale}`) === readdirCount(`content/lessons/${course.defaultLocale}`),
);

function readdirCount(folder: string): number {
  return existsSync(folder) ? execFileSync('ls', [folder], { encoding: 'utf-8' }).split('\n').filter(Boolean).length : 0;
}

const dir = mkdtempSync(join(tmpdir(), 'mot-keyboard-'));
/** pdftotext splits Arabic glyph clusters with spaces and wraps runs in direction marks: compare without them. */
/**
 * pdftotext splits Arabic glyph clusters with spaces, wraps runs in direction marks and may order a
 * letter's marks (shadda, vowels) differently: compare without them.
 */
const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u064b-\u0652]/g, '');

test('the locales this journey covers include Arabic', () => {
  expect(complete).toContain('ar');
});

for (const locale of complete) {
  // The interface strings as the islands fill them, plural forms included.
  const t = makeTranslator(JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as UiStrings, `content/ui/${locale}.json`);
  const say = (key: UiKey, values: Record<string, string | number> = {}) => t(key, values);
  const bank = new Map([...bankOf(course.defaultLocale), ...bankOf(locale)]);
  const names: Record<string, string> = { ar: 'فاطمة الزهراء Smith', ru: 'Алексей Смирнов', el: 'Στέλιος Θεοδωρίδης', hu: 'Szűcs Kőrösi Erzsébet' };
  const learner = names[locale] ?? 'Sam Taylor';

  /** Answers every question in view of `scope` by keyboard, in page order. */
  async function answerAll(page: Page, scope: ReturnType<Page['locator']>): Promise<number> {
    const questions = questionGroups(scope);
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      const key = (await questions.nth(index).getAttribute('data-question'))!;
      await answerByKeyboard(page, questions.nth(index), bank.get(key)!, say);
    }
    return count;
  }

  test(`${locale}: the whole course by keyboard alone, to a printed certificate`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.goto(`/${locale}/`);
    await hydrated(page);
    const lessons = await page.locator('main a[href*="/lessons/"]').evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
    expect(lessons).toHaveLength(readdirCount(`content/lessons/${course.defaultLocale}`));

    for (const path of lessons) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const check = page.getByRole('region', { name: say('quiz.heading') });
      const count = await answerAll(page, check);
      const button = check.getByRole('button', { name: say('quiz.check') });
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await expect(check.locator('.quiz__result')).toContainText('100%');
      await expect(check.locator('.quiz__result')).toContainText(String(count));
      // Read on to the end of the lesson and mark it complete.
      await tabTo(page, page.getByRole('button', { name: say('lesson.complete') }));
      await page.keyboard.press('Enter');
      await expect(page.getByText(say('lesson.completed'))).toBeVisible();
    }

    // The final assessment: start, answer all twenty, submit.
    await page.goto(`/${locale}/final/`);
    await hydrated(page);
    await tabTo(page, page.getByRole('button', { name: say('final.start') }));
    await page.keyboard.press('Enter');
    const final = page.locator('main');
    await expect(questionGroups(final)).toHaveCount(20);
    await answerAll(page, final);
    await tabTo(page, page.getByRole('button', { name: say('final.submit') }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.final__verdict--passed')).toContainText(say('final.score', { percent: 100, correct: 20, count: 20 }));
    await expect(page.getByText(say('final.certificateReady'))).toBeVisible();

    // A role-play, to an ending: Tab to a reply, Enter, again until the conversation ends.
    await page.goto(`/${locale}/roleplays/late-salon/`);
    await hydrated(page);
    const replies = page.getByRole('group', { name: say('roleplay.whatNext') });
    for (let turn = 0; turn < 12 && (await replies.count()) > 0; turn += 1) {
      await tabUntil(page, () => replies.evaluate((group) => group.contains(document.activeElement)));
      await page.keyboard.press('Enter');
      // Focus moves on to the customer's new line (or the ending), out of the replies.
      await expect.poll(() => page.evaluate(() => !document.activeElement?.closest('fieldset, [role="group"]'))).toBe(true);
    }
    await expect(replies).toHaveCount(0);
    await expect(page.getByRole('button', { name: say('roleplay.replay') })).toBeVisible();

    // The name for the certificate, typed.
    await page.goto(`/${locale}/progress/`);
    await hydrated(page);
    const nameField = page.getByLabel(say('profile.name'));
    await tabTo(page, nameField);
    await expect(page.getByRole('button', { name: say('profile.save') })).toBeEnabled();
    await page.keyboard.type(learner);
    await tabTo(page, page.getByRole('button', { name: say('profile.save') }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(say('profile.saved'))).toBeVisible();

    // The certificate, printed: its text in the locale, with the learner's name as typed.
    await page.goto(`/${locale}/certificate/`);
    await hydrated(page);
    const certificate = page.getByRole('article', { name: say('certificate.title') });
    await expect(certificate).toContainText(learner);
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, `${locale}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' });
    for (const expected of [learner, say('certificate.title'), say('certificate.completed')]) expect(squeeze(text)).toContain(squeeze(expected));
  });
}
