/**
 * Every internal link in the built site resolves: the page exists, and the
 * #fragment, if any, is an id on that page. Static: reads dist/ directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './helpers';

function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join('dist', clean, 'index.html')] : [join('dist', clean), join('dist', clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

test('every internal link and anchor in the built site resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    const file = fileFor(page)!;
    const html = readFileSync(file, 'utf-8');
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href!)) {
        broken.push(`${page}: external link ${href} (the course links to no other site)`);
        continue;
      }
      checked += 1;
      const [path, fragment] = href!.startsWith('#') ? [page, href!.slice(1)] : href!.split('#');
      const target = fileFor(path!);
      if (!target) {
        broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      if (fragment && !idsIn(readFileSync(target, 'utf-8')).has(decodeURIComponent(fragment))) {
        broken.push(`${page}: ${href} (no id "${fragment}" on that page)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

test('the link check notices a missing anchor', () => {
  const html = readFileSync(fileFor('/lessons/handling-complaints/')!, 'utf-8');
  expect(idsIn(html).has('the-seventeen-steps')).toBe(true);
  expect(idsIn(html).has('the-eighteen-steps')).toBe(false);
});

test('every lesson page shows objectives, a reflection prompt, key takeaways and its sources', async ({ page }) => {
  const lessons = builtPages().filter((path) => path.startsWith('/lessons/'));
  expect(lessons).toHaveLength(12);
  for (const path of lessons) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'By the end of this lesson you can' }), path).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Try it', exact: true }), path).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' }), path).toBeVisible();
    await expect(page.getByRole('region', { name: 'Key takeaways' }).getByRole('listitem').first(), path).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources', exact: true }), path).toBeVisible();
  }
});
