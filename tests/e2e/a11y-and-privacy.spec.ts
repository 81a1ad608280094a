import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, hydrated } from './helpers';

const pages = builtPages();

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
  // One visit per page checks all three: the page asks no other origin for anything, axe finds nothing,
  // and on a 360 px phone nothing scrolls sideways. One test per page keeps each within its own time limit.
  test(`${path}: no request to any other origin, no WCAG 2.2 A/AA violations (axe), no sideways scroll at 360 px`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path !== '/404.html') await hydrated(page);
    expect(foreign).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    // Bring each island into view so those that hydrate on view (quizzes, forms) render their controls too.
    for (const island of await page.locator('astro-island[client="visible"]').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width on a 360 px phone').toBeLessThanOrEqual(360);
  });
}

test('axe stays at zero with the storage notice shown, in both directions', async ({ page }) => {
  for (const path of ['/', '/ar/']) {
    await page.goto(path);
    await page.evaluate(() => localStorage.setItem('mot:progress@1', 'garbage'));
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: path === '/' ? 'About your saved progress' : 'حول تقدّمك المحفوظ' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});
