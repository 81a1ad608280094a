import { expect, test } from '@playwright/test';
import { completeLesson, hydrated } from './helpers';

test('Arabic pages are right-to-left and the switcher keeps the lesson', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/lessons\/moments-of-truth\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لحظات الصدق');
  // Right-to-left for real: the header's first item sits at the right.
  const title = await page.getByRole('link', { name: 'لحظات الصدق' }).first().boundingBox();
  const viewport = page.viewportSize()!;
  expect(title!.x).toBeGreaterThan(viewport.width / 2);

  await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/lessons\/moments-of-truth\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the self-hosted fonts cover Arabic, Cyrillic and Greek', async ({ page }) => {
  await page.goto('/ar/');
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    const samples = { arabic: 'لحظات الصدق', cyrillic: 'Алексей Смирнов', greek: 'Στέλιος Θεοδωρίδης', hungarian: 'Kovács Erzsébet Őrsi' };
    const results: Record<string, boolean> = {};
    for (const [script, text] of Object.entries(samples)) {
      const family = script === 'arabic' ? 'Noto Sans Arabic' : 'Noto Sans';
      // The faces whose unicode-range covers the text; empty when the font has no such subset.
      const faces = await document.fonts.load(`16px "${family}"`, text);
      results[script] = faces.length > 0 && faces.every((face) => face.status === 'loaded');
    }
    return results;
  });
  expect(loaded).toEqual({ arabic: true, cyrillic: true, greek: true, hungarian: true });
});

test('an Arabic lesson is Arabic throughout: title, text and takeaways, with no English notice', async ({ page }) => {
  await page.goto('/ar/lessons/customers-for-life/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الاحتفاظ بالعملاء مدى الحياة');
  await expect(page.getByText('هذا الدرس غير متوفر بعدُ باللغة العربية')).toHaveCount(0);
  // Nothing in the lesson itself is marked as English (a source's title may be, in the Sources list).
  await expect(page.locator('article.lesson .prose [lang="en"]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'خريطة الدورة' })).toBeVisible();
});

test('the Arabic course map lists every lesson and keeps progress shared with English', async ({ page }) => {
  await page.goto('/ar/');
  await hydrated(page);
  // Each lesson is an item with its title as a heading (the role-plays listed inside a lesson's item have none).
  const lessons = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(lessons).toHaveCount(12);
  await expect(lessons.nth(0)).toContainText('لحظات الصدق');
  await expect(lessons.nth(10)).toContainText('الاحتفاظ بالعملاء مدى الحياة');
  // Every title is in Arabic: none is marked as another language.
  await expect(lessons.locator('[lang]')).toHaveCount(0);
  await expect(page.getByText('اكتمل 0 من 12 درسًا (0%)')).toBeVisible();

  await page.goto('/lessons/moments-of-truth/');
  await hydrated(page);
  await completeLesson(page);
  await page.goto('/ar/');
  await hydrated(page);
  await expect(lessons.nth(0)).toContainText('مكتمل');
});

test('lesson text is readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/moments-of-truth/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moments of truth');
  await expect(page.getByText('We have 50,000 moments of truth in our business every day.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await page.goto('/ar/');
  await expect(page.getByRole('link', { name: 'الاحتفاظ بالعملاء مدى الحياة' })).toBeVisible();
  await context.close();
});

test('the 404 page helps the learner back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the Arabic glossary lists every English term; each one not translated is marked English, kept out of search, under the notice', async ({ page }) => {
  await page.goto('/glossary/');
  const englishTerms = await page.locator('.glossary__entry').count();
  await page.goto('/ar/glossary/');
  const entries = page.locator('.glossary__entry');
  await expect(entries).toHaveCount(englishTerms);
  // Each term in English (by its own lang or an ancestor's) is left-to-right and kept out of search.
  const terms = await page.locator('.glossary__entry dt').evaluateAll((items) =>
    items.map((item) => ({ english: item.closest('[lang]')?.getAttribute('lang') === 'en', ltr: getComputedStyle(item).direction === 'ltr', ignored: item.closest('[data-pagefind-ignore]') !== null })),
  );
  const english = terms.filter((term) => term.english);
  expect(english.every((term) => term.ltr && term.ignored)).toBe(true);
  const count = english.length;
  // One notice for the page when no term is translated, else one per English term.
  const notices = page.locator('[data-fallback-notice]');
  await expect(notices).toHaveCount(count === 0 ? 0 : count === englishTerms ? 1 : count);
  if (count > 0) await expect(notices.first()).toBeVisible();
  // Every term's glossary link in an Arabic lesson (inside its definition) lands on a term of the Arabic glossary.
  await page.goto('/ar/lessons/moments-of-truth/');
  const targets = await page.locator('.term a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
  expect(targets.length).toBeGreaterThan(0);
  await page.goto('/ar/glossary/');
  for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});
