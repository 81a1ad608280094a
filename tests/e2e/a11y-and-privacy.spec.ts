import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, hydrated } from './helpers';
import { cspViolations, recordCspViolations } from './csp';

const pages = builtPages();

/**
 * One browser page per worker for the per-page visits: a fresh context for each of the ~420 pages
 * spent most of the machine's time starting renderer processes (two cores, CPU-bound). Each visit
 * starts from empty storage, as a fresh context would: the previous visit's is cleared after it.
 */
const visit = test.extend<{ visitor: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers });
      await recordCspViolations(context);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  visitor: async ({ sharedPage }, use) => {
    await use(sharedPage);
    sharedPage.removeAllListeners('console');
    sharedPage.removeAllListeners('request');
    await sharedPage.setViewportSize({ width: 1280, height: 720 });
    await sharedPage.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  },
});

test('the build has the pages this suite expects', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/ar/',
      '/lessons/moments-of-truth/',
      '/ar/lessons/moments-of-truth/',
      '/progress/',
      '/ar/progress/',
      '/404.html',
      '/hr/',
      '/ar/hr/',
      '/trainer/',
      '/ar/trainer/',
      '/present/moments-of-truth/',
      '/ar/present/moments-of-truth/',
      '/print/handling-complaints/handout/',
      '/ar/print/handling-complaints/answers/',
    ]),
  );
});

for (const path of pages) {
  // One visit per page checks all four: the page asks no other origin for anything, axe finds nothing,
  // on a 360 px phone nothing scrolls sideways, and its Content Security Policy blocks nothing it runs
  // (islands hydrating included). One test per page keeps each within its own time limit.
  visit(`${path}: no request to any other origin, no fallback to English, no WCAG 2.2 A/AA violations (axe), no sideways scroll at 360 px, no CSP violation`, async ({ visitor: page, baseURL }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.goto(path);
    if (path !== '/404.html') await hydrated(page);
    expect(foreign).toEqual([]);
    // A translated locale is whole: no fallback notice and nothing in the page's content marked as the
    // default locale's language (the language menus' own names aside).
    if (/^\/(ar|ru|el|hu)\//.test(path)) {
      await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
      expect(await page.locator('main [lang="en"]:not(option)').allTextContents(), 'English in a translated page').toEqual([]);
    }
    // Violations only: axe skips collecting what passed, which halves its time on a long page.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    // Bring each island into view so those that hydrate on view (quizzes, forms) render their controls too.
    for (const island of await page.locator('astro-island[client="visible"]').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width on a 360 px phone').toBeLessThanOrEqual(360);
    // The page has a policy (so "no violation" means something), and it blocked nothing.
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    expect(await cspViolations(page)).toEqual([]);
    expect(refused).toEqual([]);
  });
}

test('the Content Security Policy blocks nothing in the presenter and its notes window', async ({ page, context }) => {
  await recordCspViolations(context);
  await page.goto('/present/moments-of-truth/');
  const notesWindow = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open notes window' }).click();
  const notes = await notesWindow;
  await notes.waitForLoadState('load');
  await expect(notes).toHaveURL(/\?notes/);
  await page.keyboard.press('ArrowRight');
  expect(await cspViolations(page)).toEqual([]);
  expect(await cspViolations(notes)).toEqual([]);
});

test('the Content Security Policy blocks nothing while the HR page makes a certificate PDF', async ({ page, context }) => {
  await recordCspViolations(context);
  await page.goto('/hr/');
  await hydrated(page);
  await page.getByLabel('Choose files').setInputFiles('tests/fixtures/complete-course.progress.json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^PDF / }).first().click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  expect(await cspViolations(page)).toEqual([]);
});

test('axe stays at zero with the storage notice shown, in both directions', async ({ page }) => {
  for (const path of ['/', '/ar/']) {
    await page.goto(path);
    await page.evaluate(() => localStorage.setItem('mot:progress@1', 'garbage'));
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: path === '/' ? 'About your saved progress' : 'حول تقدّمك المحفوظ' })).toBeVisible();
    // Violations only: axe skips collecting what passed, which halves its time on a long page.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});

test('the 404 page speaks the language the address starts with, axe clean, asking no other origin', async ({ page, browser, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto('/ar/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveTitle('الصفحة غير موجودة · لحظات الصدق');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  await expect(page.getByText('Page not found')).toBeHidden();
  const axe = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()).violations.map((v) => v.id);
  expect(await axe()).toEqual([]);
  // Only the page itself and its own stylesheet and fonts: the language is chosen on the page.
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  await page.getByRole('link', { name: 'اذهب إلى خريطة الدورة' }).click();
  await expect(page).toHaveURL(/\/ar\/$/);

  // An English address (also one that merely starts with the letters "ar") gets the English page.
  for (const path of ['/no-such-page/', '/archive/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('الصفحة غير موجودة')).toBeHidden();
    expect(await axe()).toEqual([]);
  }

  // Without JavaScript both languages show, each marked as its own language.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const plain = await context.newPage();
  await plain.goto('/ar/no-such-page/');
  await expect(plain.locator('section[lang="en"]').getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(plain.locator('section[lang="ar"][dir="rtl"]').getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  await context.close();
});
