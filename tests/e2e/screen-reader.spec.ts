/**
 * The course as a screen-reader user meets it: what each action makes the
 * browser announce (every change of a live region that was on the page before
 * the change: aria-live, role=status, role=alert) and where focus is after it,
 * journey by journey, in English and Arabic. A region inserted already filled
 * is not counted: screen readers do not read it. Also: every Arabic page keeps
 * each text run in the language of its element (language of parts).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { answer, bankOf, questionGroups } from './answers';
import { builtPages, hydrated } from './helpers';
import { mislabelledRuns } from './language-of-parts';
import { makeTranslator, type UiKey, type UiStrings } from '../../src/lib/ui-strings';

type Locale = 'en' | 'ar';
const LOCALES: Locale[] = ['en', 'ar'];
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const translators = Object.fromEntries(
  LOCALES.map((locale) => [locale, makeTranslator(JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf-8')) as UiStrings, `content/ui/${locale}.json`)]),
);

/** An interface string of `locale`, filled in (in its plural form) as the islands fill it. */
function say(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return translators[locale]!(key, values);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Logs what a screen reader would announce: the text of a live region each
 * time it changes, once the region is on the page (a region that arrives
 * filled is remembered, not logged).
 */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { __said: said });
    const selector = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';
    const known = new WeakSet<Element>();
    const last = new WeakMap<Element, string>();
    const text = (element: Element) => ((element as HTMLElement).innerText ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const remember = () =>
      document.querySelectorAll(selector).forEach((region) => {
        if (known.has(region)) return;
        known.add(region);
        last.set(region, text(region));
      });
    const observer = new MutationObserver((mutations) => {
      const touched = new Set<Element>();
      for (const mutation of mutations) {
        const element = mutation.target.nodeType === Node.ELEMENT_NODE ? (mutation.target as Element) : mutation.target.parentElement;
        const region = element?.closest(selector);
        if (region && known.has(region) && region.isConnected) touched.add(region);
      }
      for (const region of touched) {
        const now = text(region);
        if (now && now !== last.get(region)) said.push(now);
        last.set(region, now);
      }
      remember();
    });
    document.addEventListener('DOMContentLoaded', () => {
      remember();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
}

/** What has been announced since the last call (and forgets it). */
async function announced(page: Page): Promise<string[]> {
  // Let a render that follows the action settle first.
  await page.waitForTimeout(150);
  return page.evaluate(() => (window as unknown as { __said: string[] }).__said.splice(0));
}

/** The element with focus, as a screen reader names it roughly: never the page itself. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? (element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? element.type) : element.textContent);
    return `${element.tagName.toLowerCase()}: ${(name ?? '').replace(/\s+/g, ' ').trim().slice(0, 100)}`;
  });
}

/** A transcript line for the report: the action, what was said, where focus went. */
const transcript: string[] = [];
async function step(page: Page, action: string): Promise<{ said: string[]; focus: string }> {
  const said = await announced(page);
  const focus = await focused(page);
  transcript.push(`${action}\n    said: ${said.length ? said.map((line) => `“${line}”`).join(' | ') : '(nothing)'}\n    focus: ${focus}`);
  expect(focus, `focus after "${action}"`).not.toBe('body');
  return { said, focus };
}

test.afterEach(async ({}, info) => {
  if (transcript.length) console.log(`\n## ${info.title}\n${transcript.splice(0).join('\n')}`);
});

test.beforeEach(async ({ page }) => {
  await listen(page);
});

for (const locale of LOCALES) {
  const p = prefix(locale);
  const truth = [say(locale, 'quiz.true'), say(locale, 'quiz.false')] as const;

  test(`${locale}: a lesson's knowledge check, by ear: answers first, the result on top, a wrong answer, try again`, async ({ page }) => {
    // The questions as this locale's page shows them (same ids and answers in every locale).
    const english = new Map([...bankOf('en'), ...bankOf(locale)]);
    // The check's code is held back until the first answer is ticked: what is chosen before it wakes is kept.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/KnowledgeCheck\.[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${p}/lessons/handling-complaints/`);
    const check = page.getByRole('region', { name: say(locale, 'quiz.heading') });
    const button = check.getByRole('button', { name: say(locale, 'quiz.check') });
    const questions = questionGroups(check);
    await questions.first().scrollIntoViewIfNeeded();
    // Not yet live: the button says why it is not available, and a choice made now is kept.
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(say(locale, 'quiz.waking'));
    const first = english.get((await questions.first().getAttribute('data-question'))!)!;
    expect(first.type).toBe('single');
    const wrongOption = first.options!.find((option) => !option.correct)!.text;
    await questions.first().getByRole('radio', { name: wrongOption, exact: true }).check();
    release();
    await expect(button).toBeEnabled();
    await expect(questions.first().getByRole('radio', { name: wrongOption, exact: true })).toBeChecked();

    // One name per question (the fieldset's, from its heading), the instructions as its description.
    const count = await questions.count();
    await expect(check.getByRole('radiogroup')).toHaveCount(0);
    await expect(check.getByRole('heading', { level: 3 })).toHaveCount(count);
    const multiple = questions.nth(2);
    expect(english.get((await multiple.getAttribute('data-question'))!)!.type).toBe('multiple');
    await expect(multiple).toHaveAccessibleDescription(`${say(locale, 'quiz.selectAll')} ${say(locale, 'quiz.multipleRule')}`);

    // Checking with questions unanswered says which, and focus goes to the message.
    await button.click();
    let now = await step(page, 'Check my answers (only question 1 answered)');
    // An ordering question always holds an order: it is never missing.
    const types = await questions.evaluateAll((boxes) => boxes.map((box) => (box.classList.contains('question--ordering') ? 'ordering' : 'other')));
    const missing = types.flatMap((type, index) => (index > 0 && type !== 'ordering' ? [say(locale, 'quiz.question', { number: index + 1 })] : [])).join(' ');
    expect(now.said).toEqual([`${say(locale, 'quiz.answerFirst')} ${missing}`]);
    await expect(check.getByText(say(locale, 'quiz.answerFirst'))).toBeFocused();

    // Moving an item keeps focus on the moved item's button, and says where it went.
    const ordering = questions.nth(1);
    const firstItem = (await ordering.locator('.ordering__text').first().textContent())!;
    const items = await ordering.locator('.ordering__item').count();
    await ordering.locator('.ordering__item').first().getByRole('button').last().click();
    now = await step(page, `Move down "${firstItem}"`);
    expect(now.said).toEqual([say(locale, 'quiz.moved', { item: firstItem, position: 2, total: items })]);
    expect(now.focus).toBe(`button: ${say(locale, 'quiz.moveDown', { item: firstItem })}↓`);
    for (let index = 1; index < count; index += 1) {
      const known = english.get((await questions.nth(index).getAttribute('data-question'))!)!;
      if (known.type !== 'ordering') {
        await answer(questions.nth(index), known, truth);
        continue;
      }
      // Put in order with the Move up buttons, named in the page's language.
      for (const [target, item] of known.items!.entries()) {
        const texts = await questions.nth(index).locator('.ordering__text').allTextContents();
        for (let position = texts.indexOf(item); position > target; position -= 1) {
          await questions.nth(index).getByRole('button', { name: say(locale, 'quiz.moveUp', { item }) }).click();
        }
      }
    }
    await announced(page);

    await button.click();
    now = await step(page, 'Check my answers (question 1 wrong)');
    const percent = Math.round(((count - 1) / count) * 100);
    const score = say(locale, 'quiz.score', { correct: count - 1, count, percent });
    expect(now.said).toEqual([`${score} ${say(locale, 'quiz.notRight')} ${say(locale, 'quiz.question', { number: 1 })} ${say(locale, 'quiz.answersHidden', { after: 2 })}`]);
    const summary = check.getByText(score);
    await expect(summary).toBeFocused();
    // The result is above the questions; each verdict comes before its options.
    expect(await summary.evaluate((element, first) => !!(element.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING), await questions.first().elementHandle())).toBe(true);
    const verdictFirst = await questions.first().evaluate((box) => {
      const verdict = box.querySelector('.question__verdict')!;
      const options = box.querySelector('.choices')!;
      return verdict.textContent + (verdict.compareDocumentPosition(options) & Node.DOCUMENT_POSITION_FOLLOWING ? ' before options' : ' after options');
    });
    expect(verdictFirst).toBe(`${say(locale, 'quiz.incorrect')} before options`);
    // Each review link names the section it leads to.
    const section = (await page.locator(`#${(await questions.first().getByRole('link').first().getAttribute('href'))!.split('#')[1]}`).textContent())!.trim();
    await expect(questions.first().getByRole('link', { name: say(locale, 'quiz.reviewSection', { section }) })).toBeVisible();

    // The summary's link leads to the wrong question's heading.
    await check.locator('.quiz__result').getByRole('link', { name: say(locale, 'quiz.question', { number: 1 }) }).click();
    now = await step(page, 'Question 1 (link in the summary)');
    await expect(questions.first().getByRole('heading', { level: 3 })).toBeFocused();

    await check.getByRole('button', { name: say(locale, 'quiz.tryAgain') }).click();
    now = await step(page, 'Try again');
    expect(now.said).toEqual([]);
    await expect(check.getByRole('heading', { name: say(locale, 'quiz.heading') })).toBeFocused();
    await expectAxeClean(page);
    expect(await mislabelledRuns(page)).toEqual([]);
  });

  test(`${locale}: a role-play to its end: each reply's reaction, trust and the customer's line, focus on the new line`, async ({ page }) => {
    const translated = `content/roleplays/${locale}/angry-caller.yaml`;
    const scenario = parse(readFileSync(existsSync(translated) ? translated : 'content/roleplays/en/angry-caller.yaml', 'utf-8')) as {
      start: string;
      meter: { label: string; initial: number };
      persona: { name: string };
      nodes: Record<string, { customer: string; choices: Array<{ text: string; next: string; effect: number; reaction: string }> }>;
      endings: Record<string, { title: string }>;
    };
    await page.goto(`${p}/roleplays/angry-caller/`);
    await hydrated(page);
    let at = scenario.start;
    let meter = scenario.meter.initial;
    for (let turn = 1; scenario.nodes[at]; turn += 1) {
      const group = page.getByRole('group', { name: say(locale, 'roleplay.whatNext') });
      const text = (await group.getByRole('button').last().textContent())!.trim();
      const choice = scenario.nodes[at]!.choices.find((candidate) => candidate.text === text)!;
      await group.getByRole('button').last().click();
      meter = Math.max(0, Math.min(100, meter + choice.effect));
      at = choice.next;
      const now = await step(page, `Reply ${turn}: ${text.slice(0, 40)}…`);
      const reaction = say(locale, 'roleplay.reaction', { reaction: choice.reaction, label: scenario.meter.label, change: new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, { signDisplay: 'exceptZero' }).format(choice.effect), value: meter });
      const next = scenario.nodes[at] ? `${scenario.persona.name}: ${scenario.nodes[at]!.customer}` : scenario.endings[at]!.title;
      expect(now.said).toEqual([`${reaction} ${next}`]);
      // Focus is on the new line (or the ending's title), never on a reply button whose name changed.
      expect(now.focus).toBe(`${scenario.nodes[at] ? 'p' : 'h2'}: ${next.slice(0, 100)}`);
    }
    expect(await mislabelledRuns(page)).toEqual([]);
    await expectAxeClean(page);
    await page.getByRole('button', { name: say(locale, 'roleplay.replay') }).click();
    const now = await step(page, 'Play again from the start');
    expect(now.focus).toBe(`p: ${`${scenario.persona.name}: ${scenario.nodes[scenario.start]!.customer}`.slice(0, 100)}`);
  });

  test(`${locale}: the final assessment from start to result: start, progress and score announced; a modal confirmation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${p}/final/`);
    await hydrated(page);
    await page.getByRole('button', { name: say(locale, 'final.start') }).click();
    let now = await step(page, 'Start the assessment');
    expect(now.said).toEqual([`${say(locale, 'final.started', { number: 1 })} ${say(locale, 'final.answered', { answered: 0, total: 20 })}`]);
    await expect(page.getByRole('heading', { level: 2, name: say(locale, 'final.attemptHeading', { number: 1, count: 20 }) })).toBeFocused();
    // A heading per question: 20 of them, to move through without tabbing through every option.
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(20);

    const choice = questionGroups(page).filter({ has: page.getByRole('radio') }).first();
    await choice.getByRole('radio').first().check();
    now = await step(page, 'Answer a question');
    expect(now.said).toEqual([say(locale, 'final.answered', { answered: 1, total: 20 })]);

    // Unanswered questions: a modal dialog; focus on the safe choice; Escape closes it and focus goes back.
    const submit = page.getByRole('button', { name: say(locale, 'final.submit') });
    await submit.click();
    const dialog = page.getByRole('alertdialog', { name: say(locale, 'final.confirm', { count: 19 }) });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((element) => element.matches('dialog:modal'))).toBe(true);
    now = await step(page, 'Submit my answers (19 unanswered)');
    await expect(dialog.getByRole('button', { name: say(locale, 'final.confirmNo') })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    now = await step(page, 'Escape');
    await expect(submit).toBeFocused();
    await submit.click();
    await dialog.getByRole('button', { name: say(locale, 'final.confirmNo') }).click();
    now = await step(page, 'Keep answering');
    await expect(submit).toBeFocused();
    // A link in the dialog leads to its question.
    await submit.click();
    await dialog.getByRole('link').first().click();
    now = await step(page, 'Question link in the dialog');
    expect(now.focus).toMatch(/^fieldset: /);
    await submit.click();
    await dialog.getByRole('button', { name: say(locale, 'final.confirmYes') }).click();
    now = await step(page, 'Submit now');
    // The score, as the result shows it: said once, by the region that was on the page from the start.
    const verdict = (await page.locator('.final__verdict').innerText()).replace(/\s+/g, ' ').trim();
    expect(now.said).toEqual([verdict]);
    expect(verdict).toContain(say(locale, 'final.failed', { mark: 80 }));
    await expect(page.getByRole('heading', { name: say(locale, 'final.resultTitle') })).toBeFocused();

    // A new attempt: announced and focused like the first; then ordering keeps focus on the moved item.
    let attempt = 2;
    await page.getByRole('button', { name: say(locale, 'final.newAttempt') }).click();
    now = await step(page, 'Start a new attempt');
    expect(now.said).toEqual([`${say(locale, 'final.started', { number: 2 })} ${say(locale, 'final.answered', { answered: 0, total: 20 })}`]);
    await expect(page.getByRole('heading', { level: 2, name: say(locale, 'final.attemptHeading', { number: 2, count: 20 }) })).toBeFocused();
    const orderingOf = () => questionGroups(page).filter({ has: page.locator('.ordering') });
    // The draw is random: a few more attempts until one holds an ordering question.
    while ((await orderingOf().count()) === 0 && attempt < 15) {
      await submit.click();
      await page.getByRole('alertdialog').getByRole('button', { name: say(locale, 'final.confirmYes') }).click();
      await page.getByRole('button', { name: say(locale, 'final.newAttempt') }).click();
      attempt += 1;
    }
    await announced(page);
    const ordering = orderingOf().first();
    const item = (await ordering.locator('.ordering__text').first().textContent())!;
    await ordering.locator('.ordering__item').first().getByRole('button').last().click();
    now = await step(page, `Move down "${item}" in the final`);
    expect(now.focus).toContain(item);
    expect(now.said).toContain(say(locale, 'quiz.moved', { item, position: 2, total: await ordering.locator('.ordering__item').count() }));
    await expectAxeClean(page);
    expect(await mislabelledRuns(page)).toEqual([]);
  });

  test(`${locale}: importing a good and a bad progress file, then a reset in a modal dialog`, async ({ page }) => {
    const folder = mkdtempSync(join(tmpdir(), 'mot-sr-'));
    const good = join(folder, 'good.json');
    const bad = join(folder, 'bad.json');
    writeFileSync(good, readFileSync('tests/fixtures/complete-course.progress.json'));
    writeFileSync(bad, 'not a progress file');
    // The progress file's code is held back a moment: before it wakes, its controls say why they are not available.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/ProgressFile\.[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${p}/progress/`);
    await hydrated(page);
    const early = page.getByRole('button', { name: say(locale, 'file.export') });
    await early.scrollIntoViewIfNeeded();
    await expect(early).toBeDisabled();
    await expect(early).toHaveAccessibleDescription(say(locale, 'file.waking'));
    release();
    await expect(early).toBeEnabled();
    await expect(early).toHaveAccessibleDescription('');
    const input = page.getByLabel(say(locale, 'file.import'));
    await input.scrollIntoViewIfNeeded();
    await expect(input).toBeEnabled();

    await input.focus();
    await input.setInputFiles(bad);
    let now = await step(page, 'Choose a file that is not a progress file');
    expect(now.said).toEqual([`${say(locale, 'file.problem.notJson')} ${say(locale, 'file.unchanged')}`]);
    await expect(input).toBeFocused();

    await input.setInputFiles(good);
    now = await step(page, 'Choose a good progress file');
    // Nothing is merged yet: focus is on the preview's heading, which says so.
    expect(now.focus).toMatch(/^h3: /);
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(say(locale, 'file.preview', { date: '.+' }).replace(/[()]/g, '\\$&')) })).toBeFocused();
    await page.getByRole('button', { name: say(locale, 'file.confirm') }).click();
    now = await step(page, 'Import and merge');
    expect(now.said).toEqual([say(locale, 'file.imported')]);
    await expect(page.getByText(say(locale, 'file.imported'))).toBeFocused();

    const reset = page.getByRole('button', { name: say(locale, 'file.reset') });
    await reset.click();
    const dialog = page.getByRole('alertdialog', { name: say(locale, 'file.resetConfirm') });
    expect(await dialog.evaluate((element) => element.matches('dialog:modal'))).toBe(true);
    now = await step(page, 'Reset my progress');
    await expect(dialog.getByRole('button', { name: say(locale, 'file.cancel') })).toBeFocused();
    await expectAxeClean(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    now = await step(page, 'Escape');
    await expect(reset).toBeFocused();
    await reset.click();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: say(locale, 'file.resetYes') }).click();
    await download;
    now = await step(page, 'Download a backup and reset');
    expect(now.said).toEqual([say(locale, 'file.resetDone')]);
    await expect(page.getByText(say(locale, 'file.resetDone'))).toBeFocused();
    expect(await mislabelledRuns(page)).toEqual([]);
  });
}

test('language of parts: on every Arabic page, each text run is in the language its element says', async ({ page }) => {
  test.setTimeout(300_000);
  const pages = builtPages().filter((path) => path.startsWith('/ar/'));
  expect(pages.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await hydrated(page);
    for (const run of await mislabelledRuns(page)) found.push(`${path} (${run.where}, lang=${run.lang}): ${run.text}`);
  }
  expect(found).toEqual([]);
});

test('the language check itself: it finds Arabic in English, English in Arabic, and lets names and acronyms be', async ({ page }) => {
  await page.setContent(`<html lang="ar"><body>
    <p>مرحبًا SAS و Jan Carlzon وملف .json</p>
    <p lang="en">Hello <span>مرحبًا</span></p>
    <p>الشريحة 1 من 15: Mistakes to avoid with complaints</p>
    <button aria-label="انقل “Listen to the customer first” لأعلى">↑</button>
    <p hidden>English that nobody reads here at all</p>
    <p lang="en">Fine <span lang="ar">المركز</span></p>
  </body></html>`);
  const found = (await mislabelledRuns(page)).map((run) => `${run.lang}: ${run.text}`);
  expect(found).toEqual(['en: مرحبًا', 'ar: Mistakes to avoid with complaints', 'ar: Listen to the customer first']);
});
