import { expect, test, type Locator } from '@playwright/test';

/** The cited titles of a list or captions, each with the language it is marked with ("" = the page's). */
async function titles(cites: Locator): Promise<string[]> {
  return cites.evaluateAll((elements) =>
    elements.map((cite) => {
      const marked = cite.querySelector('[lang]') ?? (cite.hasAttribute('lang') ? cite : null);
      return `${cite.textContent!.trim()}|${marked?.getAttribute('lang') ?? ''}`;
    }),
  );
}

test("an Arabic lesson's Sources list and statistic captions give the titles in Arabic", async ({ page }) => {
  await page.goto('/ar/lessons/moments-of-truth/');
  const sources = page.getByRole('region', { name: 'المصادر' });
  // 000 is an Arabic document: its own title, not repeated beside it; 003 is Russian: its Arabic title, then the original.
  expect(await titles(sources.locator('li cite'))).toEqual(['الاهتمام والعناية بالعميل|', 'ما العناية بالعميل|']);
  await expect(sources.getByRole('listitem').nth(0)).not.toContainText('(الاهتمام');
  await expect(sources.getByRole('listitem').nth(1)).toContainText('(Что такое забота о клиенте)');
  const stat = page.locator('figure.stat').first();
  await expect(stat.locator('cite')).toHaveText('الاهتمام والعناية بالعميل');
  await expect(stat.locator('cite')).not.toHaveAttribute('lang');
});

test('the English lesson keeps the English titles, with the originals beside them', async ({ page }) => {
  await page.goto('/lessons/moments-of-truth/');
  const sources = page.getByRole('region', { name: 'Sources' });
  expect(await titles(sources.locator('li cite'))).toEqual(['Care and attention for the customer|', 'What customer care is|']);
  await expect(sources.getByRole('listitem').nth(0)).toContainText('(الاهتمام والعناية بالعميل)');
  await expect(page.locator('figure.stat').first().locator('cite')).toHaveText('Care and attention for the customer');
});

test("an untranslated lesson on an Arabic page lists its sources in Arabic, and the About page lists all five", async ({ page }) => {
  await page.goto('/ar/lessons/team-spirit/');
  expect(await titles(page.getByRole('region', { name: 'المصادر' }).locator('li cite'))).toEqual(['روح الفريق ضرورية في آلية خدمة العملاء|']);
  await page.goto('/ar/about/');
  expect(await titles(page.locator('.about-sources cite'))).toEqual([
    'الاهتمام والعناية بالعميل|',
    'مواجهة الشكاوي|',
    'ما الجودة العالية للخدمة|',
    'ما العناية بالعميل|',
    'روح الفريق ضرورية في آلية خدمة العملاء|',
  ]);
});
