#!/usr/bin/env node
/**
 * Takes the README's screenshots of the translated course from the built site (dist/):
 * a course map and a lesson per locale, and for Arabic also a disagreement box on a phone and a
 * role-play's ending. Usage: npm run build && npm run screenshots
 * Writes docs/screenshots/<locale>-*.png. Look at them before committing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';

const port = 4399;
const base = `http://127.0.0.1:${port}`;
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const course = parse(readFileSync('content/course.yaml', 'utf-8'));
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });

async function shot(name, path, { width = 1280, height = 800, full = false, prepare, init } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, serviceWorkers: 'block' });
  if (init) await page.addInitScript((doc) => localStorage.setItem('mot:progress@1', JSON.stringify(doc)), init);
  await page.goto(`${base}${path}`);
  await page.evaluate(() => document.fonts.ready);
  if (prepare) await prepare(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await page.close();
  console.log(`${out}/${name}.png  ${path}`);
}

try {
  for (const locale of course.locales.filter((code) => code !== course.defaultLocale)) {
    if (!existsSync(`dist/${locale}/index.html`)) continue;
    await shot(`${locale}-course-map`, `/${locale}/`);
    await shot(`${locale}-lesson`, `/${locale}/lessons/moments-of-truth/`);
  }
  if (existsSync('dist/ar/index.html')) {
    await shot('ar-disagree-phone', '/ar/lessons/numbers-that-matter/', {
      width: 390,
      height: 844,
      prepare: (page) => page.locator('.disagree').first().scrollIntoViewIfNeeded(),
    });
    await shot('ar-roleplay-ending', '/ar/roleplays/late-salon/', {
      height: 1000,
      prepare: async (page) => {
        for (let turn = 0; turn < 12; turn += 1) {
          const replies = page.locator('.roleplay__choices button');
          if ((await replies.count()) === 0) break;
          await replies.first().click();
        }
        await page.locator('h2').last().scrollIntoViewIfNeeded();
      },
    });
  }
} finally {
  await browser.close();
  server.kill();
}
