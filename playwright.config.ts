import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (npm run build first), served as
 * a plain static host would (scripts/serve-dist.mjs), in the system Chromium:
 * this project never downloads a browser.
 */
// CHROME_PATH, when set, is the only candidate: a wrong value should fail loudly, not fall back.
const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromium = candidates.find((path) => existsSync(path));
if (!chromium) {
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      process.env.CHROME_PATH ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", but nothing is there.` : 'Looked in /usr/bin/chromium, /usr/bin/chromium-browser and /usr/bin/google-chrome.',
      'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores, two browsers: the per-page checks (one visit per built page, about 400 in five
  // locales) spread over both, while the journeys run one at a time beside them.
  workers: 2,
  fullyParallel: false,
  projects: [
    { name: 'pages', testMatch: /a11y-and-privacy\.spec\.ts$/, fullyParallel: true },
    { name: 'journeys', testIgnore: /a11y-and-privacy\.spec\.ts$/, workers: 1 },
  ],
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    // Each test's fresh context would install the course's service worker and download the whole
    // locale (about 2.5 MB) in the background; tests/e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
