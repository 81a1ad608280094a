import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export const PROGRESS_KEY = 'mot:progress@1';

/** Every page in dist/, as the URL path the preview server serves it at. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split('\\').join('/');
        pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * Islands hydrate after load; wait until those that hydrate without being
 * seen are live. Islands with client:visible hydrate when scrolled to.
 */
export async function hydrated(page: Page): Promise<void> {
  // The whole document first: under load a page still being parsed has only its first islands, all hydrated.
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll('astro-island')].every((island) => island.getAttribute('client') === 'visible' || !island.hasAttribute('ssr')),
  );
}

/**
 * Completes the lesson open in `page` with its button. The button's island
 * hydrates when scrolled into view, as it does for a learner reading to the end.
 */
export async function completeLesson(page: Page, name = 'Mark this lesson as complete'): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.scrollIntoViewIfNeeded();
  await button.click();
}
