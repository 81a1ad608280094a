/**
 * The course as an installable app that works offline (scripts/postbuild.mjs,
 * src/scripts/offline.ts) and its search (src/pages/[...locale]/search.astro):
 * one visit, then the network goes and the course stays; a new build is
 * offered, never mixed in; the manifest passes Chromium's own installability
 * check; search finds pages in the page's language only, never facilitator
 * notes, and works offline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerCorrectly, questionGroups } from './answers';
import { cspViolations, recordCspViolations } from './csp';
import { completeLesson, hydrated } from './helpers';

/** Waits until the locale's service worker has installed (precached the course) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 60_000 });
}

// The other browser tests block service workers (playwright.config.ts); here they are the subject.
test.use({ serviceWorkers: 'allow' });

test.beforeEach(async ({ context }) => {
  await recordCspViolations(context);
});

test('after one visit the course works offline: another lesson, its check, a reload, search and its result', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await context.setOffline(true);
  const failed: string[] = [];
  // A request the cache cannot answer offline fails (net::ERR_FAILED, ERR_INTERNET_DISCONNECTED); one the
  // page's own navigation cancels mid-way (a font still loading when a link is followed) is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${request.failure()?.errorText}`);
  });

  await page.goto('/lessons/handling-complaints/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await hydrated(page);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.scrollIntoViewIfNeeded();
  const submit = quiz.getByRole('button', { name: 'Check my answers' });
  await expect(submit).toBeEnabled();
  for (const question of await questionGroups(quiz).all()) await answerCorrectly(question);
  await submit.click();
  await expect(quiz.getByText(/^You scored 100%/)).toBeVisible();
  await completeLesson(page);
  await expect(page.getByText('You have completed this lesson.')).toBeVisible();

  await page.reload();
  await hydrated(page);
  await expect(page.getByText('You have completed this lesson.')).toBeVisible();
  // The fonts came from the cache too: the page's text is drawn in Noto Sans.
  expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('Noto Sans') && font.status === 'loaded'))).toBe(true);

  // The course map, offline, knows the lesson is done.
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Handling a complaint', exact: true }) }).getByText('Status: Completed')).toBeVisible();

  // Search works offline, and its result opens.
  await page.goto('/search/?q=complaint');
  const results = page.getByRole('list').filter({ has: page.getByRole('link') }).last();
  await expect(page.getByRole('status').filter({ hasText: /^Results for “complaint”: \d+/ })).toBeVisible();
  const first = results.getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(failed).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  await context.setOffline(false);
});

test('a new build is offered ("A new version is ready, reload"), replaces the old one on reload, and progress is kept', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  await controlled(page);
  await completeLesson(page);
  await expect(page.getByText('You have completed this lesson.')).toBeVisible();
  const notice = page.getByText('A new version of the course is ready. Your progress is kept.');
  // The first install replaces nothing: no offer.
  await expect(notice).toBeHidden();

  const original = readFileSync('dist/sw.js', 'utf-8');
  try {
    // A second build: the worker's bytes differ, as they do when any precached file changes.
    writeFileSync('dist/sw.js', `${original}\n// a second build\n`);
    await page.reload(); // a navigation makes the browser look for a new worker
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Until the learner chooses, the old worker still serves this page.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
    await expect
      .poll(() => page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
      }))
      .toEqual({ waiting: false, controlled: true });
    await expect(notice).toBeHidden();
    await hydrated(page);
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();
  } finally {
    writeFileSync('dist/sw.js', original);
  }
});

test('the Arabic pages offer the update in Arabic', async ({ page }) => {
  await page.goto('/ar/');
  await controlled(page);
  const original = readFileSync('dist/ar/sw.js', 'utf-8');
  try {
    writeFileSync('dist/ar/sw.js', `${original}\n// a second build\n`);
    await page.reload();
    await expect(page.getByText('إصدار جديد من الدورة جاهز. تقدّمك محفوظ.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'أعد التحميل' })).toBeVisible();
  } finally {
    writeFileSync('dist/ar/sw.js', original);
  }
});

test('each locale has a valid install manifest: Chromium finds nothing against installing it', async ({ page, context }) => {
  for (const [path, name, lang, dir] of [
    ['/', 'Moments of Truth', 'en', 'ltr'],
    ['/ar/', 'لحظات الصدق', 'ar', 'rtl'],
  ] as const) {
    await page.goto(path);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(new RegExp(`${path}manifest\\.webmanifest$`));
    const data = JSON.parse(manifest.data);
    expect(data).toMatchObject({ name, lang, dir, start_url: './', scope: './', display: 'standalone' });
    for (const icon of data.icons as Array<{ src: string; sizes: string }>) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    // Playwright's contexts are incognito, which Chromium never offers to install from; nothing else may stand in the way.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
    await cdp.detach();
  }
});

test('search: nothing loads until asked; results in the page’s language only; not facilitator notes; the header box leads there', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/lessons/moments-of-truth/');
  const header = page.getByRole('search');
  await header.getByRole('searchbox', { name: 'Search the course' }).fill('complaint');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=complaint$/);
  await expect(page.getByRole('status').filter({ hasText: /^Results for “complaint”: \d+$/ })).toBeVisible();
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/lessons/handling-complaints/');
  // English pages only, and only what learners read: no answer keys, printouts, trainer or HR pages.
  expect(hrefs.filter((href) => href.startsWith('/ar/') || /^\/(print|present|trainer|hr|final|progress|certificate)\//.test(href))).toEqual([]);

  // A word found only in facilitator notes is not found.
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('detectives');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found for “detectives”.' })).toBeVisible();

  // The search page itself loads nothing of Pagefind until asked.
  pagefind.length = 0;
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('complaint');
  await expect(links.first()).toBeVisible();
  expect(pagefind.length).toBeGreaterThan(0);

  // Arabic: "العميل" (the customer) finds the translated lesson, from the Arabic index only.
  await page.goto('/ar/search/');
  await page.getByRole('searchbox', { name: 'ابحث في الدورة' }).fill('العميل');
  await expect(page.getByRole('status').filter({ hasText: /^نتائج البحث عن «العميل»: \d+$/ })).toBeVisible();
  const arabic = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(arabic).toContain('/ar/lessons/moments-of-truth/');
  expect(arabic.every((href) => href.startsWith('/ar/'))).toBe(true);
  expect(await cspViolations(page)).toEqual([]);
});
