import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { replyOrders } from '../../src/lib/roleplay/order';
import type { Scenario } from '../../src/lib/roleplay/types';
import { hydrated, PROGRESS_KEY } from './helpers';

/** The replies at `node` of an English scenario, in the order the page shows them. */
function shownReplies(id: string, node: string): string[] {
  const scenario = { ...(parse(readFileSync(`content/roleplays/en/${id}.yaml`, 'utf-8')) as Omit<Scenario, 'id'>), id };
  return replyOrders(scenario)[node]!.map((index) => scenario.nodes[node]!.choices[index]!.text);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the role-play index lists every scenario, and lessons link to theirs', async ({ page }) => {
  await page.goto('/roleplays/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
  // A card list, without stray bullets.
  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(6);
  for (const card of await cards.all()) await expect(card).toHaveCSS('list-style-type', 'none');
  await page.goto('/lessons/handling-complaints/');
  const practice = page.getByRole('region', { name: 'Practise this lesson' });
  await practice.getByRole('link', { name: 'The angry caller' }).click();
  await expect(page).toHaveURL(/\/roleplays\/angry-caller\/$/);
});

test('the angry caller, played to the best ending: a debrief ties every reply to a principle, lesson and source; the course map and My progress show the result beside the lesson', async ({ page }) => {
  await page.goto('/roleplays/angry-caller/');
  await hydrated(page);
  // "Trust" once: the meter's label, then its value.
  await expect(page.getByRole('meter', { name: 'Trust' })).toHaveAttribute('value', '30');
  await expect(page.locator('.roleplay__meter')).toHaveText(/^Trust\s*30 out of 100$/);
  // The best reply is not the first button.
  const replies = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  await expect(replies).toHaveText(shownReplies('angry-caller', 'opening'));
  await expect(replies.first()).not.toHaveText(/^\(Let him finish\.\)/);
  await page.getByRole('button', { name: /^\(Let him finish\.\)/ }).click();
  await expect(page.getByText(/^Mr Haddad: It's order 4471/)).toBeFocused();
  await page.getByRole('button', { name: /^So the order came two days late/ }).click();
  await page.getByRole('button', { name: /^I apologise for this/ }).click();

  const ending = page.getByRole('region', { name: 'Customer won back' });
  await expect(ending.getByRole('heading', { name: 'Customer won back' })).toBeFocused();
  // The outcome is the title: it is not repeated right under it.
  await expect(ending.getByText('Customer won back')).toHaveCount(1);
  await expect(ending.getByText('Trust: 85 out of 100', { exact: true })).toBeVisible();
  const debrief = ending.getByRole('listitem');
  await expect(debrief).toHaveCount(3);
  await expect(debrief.nth(0)).toContainText('Principle practised: Listen without interrupting');
  await expect(debrief.nth(0).getByRole('link', { name: 'Handling a complaint' })).toHaveAttribute('href', '/lessons/handling-complaints/#the-seventeen-steps');
  await expect(debrief.nth(0)).toContainText('Facing complaints (001)');
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);
  expect(stored.r['angry-caller']).toEqual({ p: [0, 0, 0], b: 2 });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // The result where the learner looks: beside the lesson it practises, in words, linked to the role-play.
  await page.goto('/');
  await hydrated(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Handling a complaint' }) });
  const onMap = card.getByRole('list', { name: 'Role-plays' }).getByRole('listitem');
  await expect(onMap).toHaveText(['The angry caller Best outcome: Customer won back']);
  await expect(onMap.getByRole('link', { name: 'The angry caller' })).toHaveAttribute('href', '/roleplays/angry-caller/');
  // Another lesson's role-plays, not played, say so.
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Team spirit' }) }).getByRole('list', { name: 'Role-plays' })).toContainText('Not played yet');
  await page.goto('/progress/');
  await hydrated(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Handling a complaint' }) });
  await expect(row.getByRole('cell').last()).toHaveText('The angry caller Best outcome: Customer won back');
  await expect(row.getByRole('link', { name: 'The angry caller' })).toHaveAttribute('href', '/roleplays/angry-caller/');
});

test('the coffee regular, played to the worst ending with the keyboard on a phone: focus goes to the customer\'s new line, announced with what the reply did, and Tab reaches the replies', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/roleplays/coffee-regular/');
  await hydrated(page);
  await page.getByRole('button', { name: /^It's really busy/ }).focus();
  await page.keyboard.press('Enter');
  const line = page.getByText(/^Daniel: I come here every day/);
  await expect(line).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.transcript__turn--current') !== null)).toBe(true);
  await expect(line).toBeInViewport();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /Goodwill/ })).toHaveText(
    /^He looks at his watch and says nothing\. Goodwill -15, now \d+ out of 100\. Daniel: I come here every day/,
  );
  // Space on the line does not choose a reply blindly.
  await page.keyboard.press('Space');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!).r['coffee-regular'].p).toHaveLength(1);
  await page.keyboard.press('Tab');
  const replies = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  await expect(replies.first()).toBeFocused();
  await expect(replies.first()).toHaveText(shownReplies('coffee-regular', 'excuse')[0]!);
  while (!(await page.getByRole('button', { name: /^You'll have to wait your turn/ }).evaluate((button) => button === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const ending = page.getByRole('region', { name: 'Regular lost' });
  await expect(ending.getByRole('heading', { name: 'Regular lost' })).toBeFocused();
  await expect(ending).toContainText('Customer lost');
  await expect(ending.getByText(/Principle broken:/)).toHaveCount(2);
  await ending.getByRole('button', { name: 'Play again from the start' }).click();
  await expect(page.getByText(/^Daniel: I've been waiting half an hour/)).toBeFocused();
  await expect(page.getByText('Your best outcome so far: Customer lost.')).toBeVisible();
});

test('a reload in the middle of a conversation resumes where the learner was', async ({ page }) => {
  await page.goto('/roleplays/internal-colleague/');
  await hydrated(page);
  await page.getByRole('button', { name: /^That's payments/ }).click();
  await expect(page.getByText('Payments sent me to you. Nobody wants this one.')).toHaveCount(2); // the transcript and the live region
  await page.reload();
  await hydrated(page);
  const transcript = page.getByRole('list', { name: 'Conversation so far' });
  await expect(transcript).toContainText("That's payments. Not my department.");
  await expect(transcript).toContainText('Payments sent me to you. Nobody wants this one.');
  await expect(page.getByRole('button', { name: /^I'm sorry, you're right/ })).toBeVisible();
});

test('an Arabic scenario is right to left and plays', async ({ page }) => {
  await page.goto('/ar/roleplays/late-salon/');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تأخير عشرين دقيقة في الصالون');
  const first = page.getByRole('button', { name: /^«أهلًا بك يا سيدة نوفاك/ });
  const box = await first.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width).toBeGreaterThan(viewport.width / 2);
  await first.click();
  await page.getByRole('button', { name: /^«إذن دعيني أحجز لك/ }).click();
  await expect(page.getByRole('heading', { name: 'استعدت العميلة' })).toBeFocused();
  await expect(page.getByText('المبدأ الذي طبّقته:')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the pair cards print on one A4 sheet, one card per half page', async ({ page }) => {
  await page.goto('/roleplays/angry-caller/cards/');
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.card');
  const heights = await cards.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
  // 136 mm at 96 px per inch, within a pixel.
  heights.forEach((height) => expect(Math.abs(height - (136 * 96) / 25.4)).toBeLessThan(1.5));
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const file = join(mkdtempSync(join(tmpdir(), 'mot-cards-')), 'cards.pdf');
  writeFileSync(file, pdf);
  const pages = execFileSync('pdfinfo', [file], { encoding: 'utf-8' }).match(/Pages:\s+(\d+)/)![1];
  expect(pages).toBe('1');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf-8' });
  expect(text).toContain('Customer card: The angry caller');
  expect(text).toContain('What you really need');
  expect(text).toContain('Employee card: The angry caller');
  expect(text).toContain('Your goal');
  expect(text).not.toContain('Course map');
});
