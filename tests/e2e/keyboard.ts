/**
 * Answering as a keyboard user does: Tab to a question, arrow keys in a radio
 * group, Space on a checkbox, arrow keys in a closed select, Enter on a Move
 * up button. No clicks and no filling: only key presses.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Authored } from './answers';
import type { UiKey } from '../../src/lib/ui-strings';

/** Presses Tab until `matches` holds (Shift+Tab when `back`). */
export async function tabUntil(page: Page, matches: () => boolean | Promise<boolean>, { limit = 400, back = false } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await matches()) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('never reached the element by Tab');
}

/** The focused element's text as a learner hears it: its label, else its own text. */
export const focusedText = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return (element?.labels?.[0]?.textContent ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

const holdsFocus = (scope: Locator) => scope.evaluate((element) => element.contains(document.activeElement));
const focusedIs = (page: Page, selector: string) => page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);

/** Tabs to `control` (a locator for one element) and returns once it has focus. */
export async function tabTo(page: Page, control: Locator): Promise<void> {
  await tabUntil(page, () => control.evaluate((element) => element === document.activeElement));
}

/**
 * Answers one question correctly by keyboard, starting from wherever focus is
 * before it. `say` gives the page's interface strings (True, False, Move up).
 */
export async function answerByKeyboard(page: Page, question: Locator, known: Authored, say: (key: UiKey, values?: Record<string, string | number>) => string): Promise<void> {
  await tabUntil(page, () => holdsFocus(question));
  switch (known.type) {
    case 'single':
    case 'scenario':
    case 'true-false': {
      const target = known.type === 'true-false' ? say(known.answer ? 'quiz.true' : 'quiz.false') : known.options!.find((option) => option.correct)!.text;
      const count = await question.getByRole('radio').count();
      for (let presses = 0; presses <= count && (await focusedText(page)) !== target; presses += 1) await page.keyboard.press('ArrowDown');
      expect(await focusedText(page)).toBe(target);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      return;
    }
    case 'multiple': {
      const correct = new Set(known.options!.filter((option) => option.correct).map((option) => option.text));
      while ((await holdsFocus(question)) && (await focusedIs(page, 'input[type="checkbox"]'))) {
        if (correct.has(await focusedText(page))) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
      return;
    }
    case 'matching': {
      const wanted = new Map(known.pairs!.map((pair) => [pair.left, pair.right]));
      while ((await holdsFocus(question)) && (await focusedIs(page, 'select'))) {
        const target = wanted.get(await focusedText(page))!;
        const chosen = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent?.trim());
        const count = await page.evaluate(() => (document.activeElement as HTMLSelectElement).options.length);
        // A closed select takes the next option on ArrowDown, without opening.
        for (let presses = 0; presses <= count && (await chosen()) !== target; presses += 1) await page.keyboard.press('ArrowDown');
        expect(await chosen()).toBe(target);
        await page.keyboard.press('Tab');
      }
      return;
    }
    case 'ordering': {
      // Its Move buttons work once the island is live.
      await expect(question.locator('.ordering button:not([disabled])').first()).toBeVisible();
      for (const [target, item] of known.items!.entries()) {
        const position = (await question.locator('.ordering__text').allTextContents()).indexOf(item);
        if (position <= target) continue;
        const up = `${say('quiz.moveUp', { item })}↑`;
        const onUp = async () => (await focusedText(page)) === up;
        // The button is before or after the focused one within the question.
        if (!(await onUp())) {
          for (let presses = 0; presses < 30 && !(await onUp()) && (await holdsFocus(question)); presses += 1) await page.keyboard.press('Tab');
          if (!(await onUp())) await tabUntil(page, onUp, { back: true, limit: 60 });
        }
        // Focus stays with the moved item's Move up button after each move.
        for (let moves = position; moves > target; moves -= 1) await page.keyboard.press('Enter');
        await expect(question.locator('.ordering__text').nth(target)).toHaveText(item);
      }
      return;
    }
    default:
      throw new Error(`no keyboard answer for type ${known.type}`);
  }
}
