/**
 * A lesson page on a laptop screen (issue 24, item 4): the "On this page" list
 * beside the lesson, marking the section being read, and "continue where you
 * left off" when the learner comes back to a long lesson.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated, PROGRESS_KEY } from './helpers';

const LESSON = '/lessons/moments-of-truth/';
const SLUG = 'moments-of-truth';
const WIDE = { width: 1280, height: 800 };

/**
 * Layout shifts so far in the page's content (the Layout Instability API), each with what moved. The
 * header's language menu is left out: its Greek and Cyrillic names move by a hair when their fonts
 * arrive (0.0001), on every page, with or without this work.
 */
async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const shifts: string[] = [];
        const main = document.querySelector('main')!;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }>) {
            for (const source of entry.sources ?? []) {
              if (source.node && main.contains(source.node)) shifts.push(`${entry.value.toFixed(4)} ${(source.node as Element).outerHTML?.slice(0, 80)}`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(shifts), 300);
      }),
  );
}

/** The place kept for the lesson, as stored. */
const storedPlace = (page: Page) => page.evaluate(([key, slug]) => JSON.parse(localStorage.getItem(key!) ?? '{"l":{}}').l[slug!]?.p as number | undefined, [PROGRESS_KEY, SLUG]);

/** Scrolls the way a reader does, until `heading` is near the top of the window. */
async function readUpTo(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 2, name, exact: true });
  for (let step = 0; step < 60; step += 1) {
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    if (top < 100) break;
    await page.mouse.wheel(0, Math.min(400, top - 50));
    await page.waitForTimeout(50);
  }
}

test.describe('On this page', () => {
  test.use({ viewport: WIDE });

  test('stands beside the lesson on a wide screen and marks the section being read', async ({ page }) => {
    // A first visit as far as progress goes, with the fonts already cached: a late font moves text on a
    // loaded machine, which is not what this test judges.
    await page.goto(LESSON);
    await hydrated(page);
    await page.evaluate(() => localStorage.clear());
    await page.goto(LESSON);
    await hydrated(page);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    await expect(links).toHaveText(['Where the idea comes from', 'What a moment of truth is', 'Why everyone who handles one is a manager', 'The three ways a moment of truth happens', 'Whom you represent']);
    const article = page.getByRole('article');
    const [navBox, articleBox] = [(await nav.boundingBox())!, (await article.boundingBox())!];
    expect(navBox.x, 'the list is on the inline end, beside the lesson').toBeGreaterThanOrEqual(articleBox.x + articleBox.width);
    // Nothing moved while the page loaded and its scripts ran (a first visit: no place to offer).
    expect(await layoutShifts(page)).toEqual([]);
    await expect(page.locator('#on-this-page [aria-current]')).toHaveCount(0);

    await readUpTo(page, 'The three ways a moment of truth happens');
    await expect(nav.getByRole('link', { name: 'The three ways a moment of truth happens' })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#on-this-page [aria-current]')).toHaveCount(1);
    // Sticky: still in view far down the lesson.
    await expect(nav).toBeInViewport();

    // Following a link marks its section.
    await nav.getByRole('link', { name: 'What a moment of truth is' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'What a moment of truth is' })).toBeInViewport();
    await expect(nav.getByRole('link', { name: 'What a moment of truth is' })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#on-this-page [aria-current]')).toHaveCount(1);
  });

  test('is hidden on a phone, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(LESSON);
    await hydrated(page);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('is not printed, nor is the prompt to continue', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(([key, slug]) => localStorage.setItem(key!, JSON.stringify({ v: 2, l: { [slug!]: { s: 1, p: 3 } } })), [PROGRESS_KEY, SLUG]);
    await page.goto(LESSON);
    await hydrated(page);
    await expect(page.getByRole('link', { name: /^Continue where you left off/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Continue where you left off/ })).toBeHidden();
  });

  test('is not on the presenter slides', async ({ page }) => {
    await page.goto(`/present/${SLUG}/`);
    await expect(page.getByRole('button', { name: 'Open notes window' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  });

  test('stands on the left of an Arabic lesson, which reads right to left', async ({ page }) => {
    await page.goto(`/ar${LESSON}`);
    await hydrated(page);
    const nav = page.getByRole('navigation', { name: 'في هذه الصفحة' });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveCount(5);
    const [navBox, articleBox] = [(await nav.boundingBox())!, (await page.getByRole('article').boundingBox())!];
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(articleBox.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

test.describe('Continue where you left off', () => {
  test.use({ viewport: WIDE });

  test('keeps the section reached, offers it on return, and takes the learner there', async ({ page }) => {
    await page.goto(LESSON);
    await hydrated(page);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toContain(SLUG);
    await expect(page.getByRole('link', { name: /^Continue where you left off/ })).toBeHidden();
    // Loading the page keeps nothing: the learner has not read anything yet.
    expect(await storedPlace(page)).toBeUndefined();

    await readUpTo(page, 'Whom you represent');
    await expect.poll(() => storedPlace(page)).toBe(4);

    // Leave, and come back another day.
    await page.goto('/');
    await hydrated(page);
    await page.goto(LESSON);
    const prompt = page.getByRole('link', { name: 'Continue where you left off: Whom you represent' });
    await expect(prompt).toBeVisible();
    await hydrated(page);
    // Shown before the first paint: the lesson below it did not move.
    expect(await layoutShifts(page)).toEqual([]);
    // Coming back at the top keeps the place until the learner reads on.
    await page.waitForTimeout(300);
    expect(await storedPlace(page)).toBe(4);

    // Keyboard: the prompt comes right after the list of sections.
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(prompt).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#whom-you-represent$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Whom you represent' })).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Whom you represent' })).toHaveAttribute('aria-current', 'true');
  });

  test('a learner who comes back is not moved back by the page loading, even with the first section in view', async ({ page }) => {
    // A tall window: the first section's heading is in the top part of the window as soon as the page loads.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.goto(LESSON);
    await page.evaluate(([key, slug]) => localStorage.setItem(key!, JSON.stringify({ v: 2, l: { [slug!]: { s: 1, p: 4 } } })), [PROGRESS_KEY, SLUG]);
    await page.goto(LESSON);
    await hydrated(page);
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Where the idea comes from' })).toHaveAttribute('aria-current', 'true');
    await page.waitForTimeout(300);
    expect(await storedPlace(page)).toBe(4);
    await expect(page.getByRole('link', { name: 'Continue where you left off: Whom you represent' })).toBeVisible();
  });

  test('can be dismissed, and focus moves on to the lesson title', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(([key, slug]) => localStorage.setItem(key!, JSON.stringify({ v: 2, l: { [slug!]: { s: 1, p: 2 } } })), [PROGRESS_KEY, SLUG]);
    await page.goto(LESSON);
    await hydrated(page);
    await expect(page.getByRole('link', { name: 'Continue where you left off: Why everyone who handles one is a manager' })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('link', { name: /^Continue where you left off/ })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeFocused();
  });

  test('offers nothing for a completed lesson, at the first section, or for a section the lesson does not have', async ({ page }) => {
    await page.goto(LESSON);
    for (const record of [{ s: 1, c: 2, p: 3 }, { s: 1, p: 0 }, { s: 1, p: 7 }]) {
      await page.evaluate(([key, slug, value]) => localStorage.setItem(key as string, JSON.stringify({ v: 2, l: { [slug as string]: value } })), [PROGRESS_KEY, SLUG, record] as const);
      await page.goto(LESSON);
      await hydrated(page);
      await page.waitForTimeout(200);
      await expect(page.getByRole('link', { name: /^Continue where you left off/ }), JSON.stringify(record)).toBeHidden();
    }
  });

  test('a place kept in English is offered in Arabic, at the same section', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(([key, slug]) => localStorage.setItem(key!, JSON.stringify({ v: 2, l: { [slug!]: { s: 1, p: 4 } } })), [PROGRESS_KEY, SLUG]);
    await page.goto(`/ar${LESSON}`);
    await hydrated(page);
    const prompt = page.getByRole('link', { name: /^تابع من حيث توقفت: / });
    await expect(prompt).toBeVisible();
    await expect(prompt).toHaveAttribute('href', '#whom-you-represent');
  });
});
