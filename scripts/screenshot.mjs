// Developer helper: screenshots of built pages for a look (not part of the tests).
// Usage: npm run preview (in another shell), then node scripts/screenshot.mjs /path/ [width]
import { chromium } from '@playwright/test';
const [path = '/', width = '1280', base = 'http://127.0.0.1:4321'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(base + path);
await page.waitForLoadState('networkidle');
const out = `/tmp/shot-${path.replace(/\W+/g, '_')}-${width}.png`;
await page.screenshot({ path: out, fullPage: true });
console.log(out);
await browser.close();
