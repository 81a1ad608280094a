/**
 * Glossary terms explained in place (src/components/mdx/Term.astro): the word is a button that opens
 * the term's definition in a popover, with no JavaScript; Escape closes it and gives focus back to
 * the word; the glossary link inside it still leads to the entry. On paper only the word is left.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { tabTo } from './keyboard';

const glossary = (locale: string) => new Map((parse(readFileSync(`content/glossary/${locale}.yaml`, 'utf-8')) as Array<{ id: string; term: string; definition: string }>).map((term) => [term.id, term]));
const english = glossary('en');
const arabic = glossary('ar');

test('a term opens its definition in place by keyboard, Escape closes it with focus back on the word, and its link leads to the glossary entry', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  const frontLine = english.get('front-line')!;
  const word = page.getByRole('main').getByRole('button', { name: 'front line', exact: true });
  const definition = page.getByRole('dialog', { name: frontLine.term });
  await expect(definition).toBeHidden();

  await tabTo(page, word);
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText(frontLine.definition);
  await expect(definition).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(word).toBeFocused();

  // Space opens it too; Tab goes into it, to its link; Escape from there closes it and returns to the word.
  await page.keyboard.press('Space');
  await expect(definition).toBeVisible();
  const link = definition.getByRole('link', { name: 'Read more in the glossary' });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(word).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#front-line$/);
  await expect(page.locator('#front-line')).toContainText(frontLine.definition);
  await expect(page.locator('#front-line')).toBeInViewport();
});

test('on an Arabic phone the definition is in Arabic, inside the screen, and every term on the page opens its own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/lessons/moments-of-truth/');
  const moment = arabic.get('moment-of-truth')!;
  await page.getByRole('main').getByRole('button', { name: moment.term, exact: true }).click();
  const definition = page.getByRole('dialog', { name: moment.term });
  await expect(definition).toContainText(moment.definition);
  await expect(definition.getByRole('link', { name: 'اقرأ المزيد في صفحة المصطلحات' })).toHaveAttribute('href', '/ar/glossary/#moment-of-truth');
  await expect(definition).toBeInViewport({ ratio: 1 });
  const open = await new AxeBuilder({ page }).include('.term__popover:popover-open').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(open.violations.map((violation) => violation.id)).toEqual([]);
  // Each word's button names a popover of its own.
  const targets = await page.locator('main button[popovertarget]').evaluateAll((buttons) => buttons.map((button) => document.querySelectorAll(`[id="${button.getAttribute('popovertarget')}"][popover]`).length));
  expect(targets.length).toBeGreaterThan(1);
  expect(targets.every((count) => count === 1)).toBe(true);
});

test('printed, a term is just its word; on a presenter slide its definition closes when the slide changes', async ({ page }) => {
  await page.goto('/print/moments-of-truth/handout/');
  const momentOfTruth = english.get('moment-of-truth')!;
  const word = page.getByRole('main').getByRole('button', { name: 'moment of truth', exact: true });
  await word.click();
  await expect(page.getByRole('dialog', { name: momentOfTruth.term })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('dialog', { name: momentOfTruth.term })).toBeHidden();
  await expect(word).toBeVisible();
  expect(await word.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/present/moments-of-truth/');
  const slideWord = page.getByRole('main').getByRole('button', { name: 'moment of truth', exact: true });
  while (!(await slideWord.isVisible())) await page.keyboard.press('ArrowRight');
  await slideWord.click();
  const onSlide = page.getByRole('dialog', { name: momentOfTruth.term });
  await expect(onSlide).toBeVisible();
  await expect(onSlide).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('ArrowRight');
  await expect(onSlide).toBeHidden();
  // Closed, not just out of sight with its slide: back on that slide, it is not open any more.
  await page.keyboard.press('ArrowLeft');
  await expect(slideWord).toBeVisible();
  await expect(onSlide).toBeHidden();
});
