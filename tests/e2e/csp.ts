import type { BrowserContext, Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every Content Security Policy violation in each page and window
 * the context opens (the presenter's notes window too), as
 * "<directive> blocked <what> (<page>)". Playwright's init scripts are not
 * subject to the page's policy, so the listener is there before the page's
 * first script runs. Read with cspViolations(page).
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${event.sample ? ` “${event.sample}”` : ''} (${location.pathname}${location.search})`);
    });
  });
}

/** The violations recorded so far in `page` (since its last navigation). */
export const cspViolations = (page: Page) => page.evaluate(() => window.__cspViolations ?? ['the recorder is missing: call recordCspViolations first']);
