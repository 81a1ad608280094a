import type { Page } from '@playwright/test';

/** A text run, or an accessible-name attribute, whose script does not match the language of its element. */
export interface Mislabelled {
  readonly lang: string;
  readonly text: string;
  /** The element, as a short CSS-like path, or the attribute it came from. */
  readonly where: string;
}

/**
 * Walks the page's text (and the aria-label, title, alt and placeholder attributes) and lists each run
 * in a script its element's language does not use: Arabic letters inside lang="en", or Latin words
 * inside lang="ar" other than short names and acronyms (SAS, Jan Carlzon, .json, a URL).
 * Hidden parts (display: none, aria-hidden) are skipped: nothing reads them.
 */
export async function mislabelledRuns(page: Page): Promise<Mislabelled[]> {
  return page.evaluate(() => {
    const found: Array<{ lang: string; text: string; where: string }> = [];
    const arabic = /\p{Script=Arabic}/u;
    const latinRun = /[\p{Script=Latin}][\p{Script=Latin}\p{N}'’.\-]*(?:\s+[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.\-]*)*/gu;
    /** A run an Arabic sentence may hold as it is: at most three words, each a name (capitalised), an acronym, a file type or an address. */
    const allowedInArabic = (run: string) => {
      const words = run.split(/\s+/);
      if (words.length > 3) return false;
      return words.every((word) => /^[\p{Lu}][\p{L}'’.\-]*$/u.test(word) || /^[a-z]{2,4}$/.test(word) || /^[\w.-]+\.[a-z]{2,}/.test(word) || /\d/.test(word));
    };
    const path = (element: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && parts.length < 4; node = node.parentElement) {
        parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : node.classList[0] ? `.${node.classList[0]}` : ''));
      }
      return parts.join(' > ');
    };
    const check = (text: string, element: Element, where: string) => {
      const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
      const clean = text.replace(/https?:\/\/\S+/g, '').trim();
      if (!clean) return;
      if (lang.startsWith('en') && arabic.test(clean)) found.push({ lang, text: clean.slice(0, 120), where });
      if (lang.startsWith('ar')) {
        for (const run of clean.match(latinRun) ?? []) {
          if (!allowedInArabic(run.trim())) found.push({ lang, text: run.slice(0, 120), where });
        }
      }
    };
    const hidden = (element: Element) => !!element.closest('[aria-hidden="true"], [hidden], template, script, style, noscript') || !element.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (hidden(element) && !element.closest('.visually-hidden')) continue;
      check(node.textContent ?? '', element, path(element));
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (hidden(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) check(value, element, `${path(element)} @${name}`);
      }
    }
    // Not the document's <title>: it cannot hold an element with its own lang (an English lesson's title under /ar/
    // is announced with the page's language whatever is done), so it is left out here.
    return found;
  });
}
