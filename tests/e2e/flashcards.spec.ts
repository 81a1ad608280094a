/**
 * Flashcards (issue 24): a lesson's terms one card at a time, turned over with Space, moved with the
 * arrow keys (the other way round in Arabic), "review again" saved in progress so that card comes
 * first next time. Reached from the glossary and the end of a lesson; without JavaScript, a list.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { hydrated, PROGRESS_KEY } from './helpers';

const glossary = (locale: string) => new Map((parse(readFileSync(`content/glossary/${locale}.yaml`, 'utf-8')) as Array<{ id: string; term: string; definition: string }>).map((term) => [term.id, term]));
const english = glossary('en');
const arabic = glossary('ar');
/** axe's violations in the deck as it is now (the page as loaded is checked by a11y-and-privacy.spec.ts). */
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('.flashcards').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).options({ resultTypes: ['violations'] }).analyze()).violations.map((v) => v.id);

test('a flashcard deck flips with Space and saves "review again": after a reload that card comes first', async ({ page }) => {
  await page.goto('/flashcards/?lesson=moments-of-truth');
  await hydrated(page);
  const main = page.getByRole('main');
  const turn = main.getByRole('button', { name: 'Turn the card over' });
  await expect(main.getByRole('heading', { level: 2, name: 'Moments of truth' })).toBeVisible();
  const deck = main.getByRole('region', { name: 'Moments of truth' });
  await expect(main.getByRole('group', { name: english.get('moment-of-truth')!.term }).getByText('Card 1 of 4')).toBeVisible();

  // The second card, by arrow key: turned over with Space, it shows its definition and the lesson that explains it.
  await turn.focus();
  await page.keyboard.press('ArrowRight');
  const frontLine = english.get('front-line')!;
  const card = main.getByRole('group', { name: frontLine.term });
  await expect(card.getByText('Card 2 of 4')).toBeVisible();
  await expect(deck.getByRole('status')).toHaveText('Card 2 of 4');
  await expect(card.getByText(frontLine.definition)).toBeHidden();
  await expect(turn).toBeFocused();
  await page.keyboard.press('Space');
  await expect(turn).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText(frontLine.definition)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Moments of truth' })).toHaveAttribute('href', '/lessons/moments-of-truth/');
  expect(await violations(page)).toEqual([]);

  await main.getByRole('button', { name: 'Review again' }).click();
  await expect(deck.getByRole('status')).toHaveText(`Saved: “${frontLine.term}” comes first next time. Card 3 of 4`);
  await expect(main.getByRole('group', { name: english.get('external-customer')!.term })).toBeVisible();
  await expect(turn).toBeFocused();
  await expect(turn).toHaveAttribute('aria-expanded', 'false');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!).g).toEqual({ 'front-line': 0 });

  await page.reload();
  await hydrated(page);
  await expect(main.getByRole('group', { name: frontLine.term }).getByText('Card 1 of 4')).toBeVisible();
  await expect(main.getByText('To review: 1 · Known: 0 · Not answered yet: 3')).toBeVisible();
  // The other cards keep glossary order behind it.
  await main.getByRole('button', { name: 'Next card' }).click();
  await expect(main.getByRole('group', { name: english.get('moment-of-truth')!.term })).toBeVisible();
});

test('the arrow keys move between cards; the ends stay put', async ({ page }) => {
  await page.goto('/flashcards/');
  await hydrated(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: "All the course's terms" })).toBeVisible();
  const total = english.size;
  await expect(main.getByText(`${total} cards`, { exact: true })).toBeVisible();
  // Nothing answered yet: glossary order.
  const card = (index: number) => main.getByRole('group', { name: [...english.values()][index]!.term, exact: true });
  await main.getByRole('button', { name: 'Turn the card over' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(card(0).getByText(`Card 1 of ${total}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(card(2).getByText(`Card 3 of ${total}`)).toBeVisible();
  await expect(main.getByRole('region', { name: "All the course's terms" }).getByRole('status')).toHaveText(`Card 3 of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(card(1).getByText(`Card 2 of ${total}`)).toBeVisible();
  // The last card, then past it: the end of the deck, where Next stays put.
  for (let index = 1; index < total - 1; index += 1) await page.keyboard.press('ArrowRight');
  await expect(card(total - 1)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const end = main.getByRole('paragraph').filter({ hasText: `You have been through the deck: ${total} cards.` }).and(main.locator('[tabindex="-1"]'));
  await expect(end).toBeFocused();
  await expect(main.getByRole('region', { name: "All the course's terms" }).getByRole('status')).toHaveText(`You have been through the deck: ${total} cards.`);
  await page.keyboard.press('ArrowRight');
  await expect(end).toBeVisible();
  await expect(main.getByRole('button', { name: 'Go through the deck again' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('ArrowLeft');
  await expect(card(total - 1)).toBeVisible();
});

test('in Arabic the deck reads right to left: the left arrow is the next card, and the answer is saved', async ({ page }) => {
  await page.goto('/ar/flashcards/?lesson=moments-of-truth');
  await hydrated(page);
  const main = page.getByRole('main');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(main.getByRole('heading', { level: 1, name: 'البطاقات التعليمية' })).toBeVisible();
  const turn = main.getByRole('button', { name: 'اقلب البطاقة' });
  await expect(main.getByRole('group', { name: arabic.get('moment-of-truth')!.term })).toBeVisible();
  await turn.focus();
  await page.keyboard.press('ArrowLeft');
  const frontLine = arabic.get('front-line')!;
  await expect(main.getByRole('group', { name: frontLine.term }).getByText('البطاقة 2 من 4')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(main.getByRole('group', { name: arabic.get('moment-of-truth')!.term })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(main.getByText(frontLine.definition)).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // The Previous/Next row is laid out right to left: "Next" sits to the left of "Previous".
  const previous = await main.getByRole('button', { name: 'البطاقة السابقة' }).boundingBox();
  const next = await main.getByRole('button', { name: 'البطاقة التالية' }).boundingBox();
  expect(next!.x).toBeLessThan(previous!.x);
  await main.getByRole('button', { name: 'أراجعه مرة أخرى' }).click();
  await expect(main.getByRole('region', { name: 'لحظات الصدق' }).getByRole('status')).toContainText(frontLine.term);
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!).g).toEqual({ 'front-line': 0 });
});

test('the glossary and the end of a lesson with terms lead to the flashcards; a lesson without terms has no link', async ({ page }) => {
  await page.goto('/glossary/');
  await page.getByRole('link', { name: 'Practise with flashcards' }).click();
  await expect(page).toHaveURL(/\/flashcards\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();

  await page.goto('/lessons/superior-service/');
  await page.getByRole('link', { name: "Flashcards for this lesson's 2 terms" }).click();
  await expect(page).toHaveURL(/\/flashcards\/\?lesson=superior-service$/);
  await hydrated(page);
  await expect(page.getByRole('main').getByRole('group', { name: english.get('superior-service')!.term }).getByText('Card 1 of 2')).toBeVisible();

  await page.goto('/lessons/numbers-that-matter/');
  await expect(page.getByRole('link', { name: /^Flashcards for/ })).toHaveCount(0);
  await page.goto('/ar/lessons/moments-of-truth/');
  await expect(page.getByRole('link', { name: '4 بطاقات لمصطلحات هذا الدرس' })).toHaveAttribute('href', '/ar/flashcards/?lesson=moments-of-truth');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists every term with its definition', async ({ page }) => {
    await page.goto('/flashcards/?lesson=moments-of-truth');
    const terms = page.getByRole('main').getByRole('term');
    await expect(terms).toHaveCount(english.size);
    for (const entry of english.values()) await expect(page.getByRole('main').getByText(entry.definition)).toBeVisible();
  });
});

test.describe('offline', () => {
  // The other browser tests block service workers (playwright.config.ts); here the worker's precache is the subject.
  test.use({ serviceWorkers: 'allow' });
  test("after one visit a lesson's deck opens offline, its ?lesson= served from the precached page", async ({ page, context }) => {
    await page.goto('/');
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 60_000 });
    await context.setOffline(true);
    await page.goto('/flashcards/?lesson=superior-service');
    await hydrated(page);
    await expect(page.getByRole('main').getByRole('group', { name: english.get('superior-service')!.term }).getByText('Card 1 of 2')).toBeVisible();
  });
});
