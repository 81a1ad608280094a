/**
 * The SCORM packages in a real SCORM runtime: both zips from `npm run package`
 * are unpacked and served, through Playwright's request routing, from a
 * made-up LMS origin under a deep folder (as an LMS serves them, which is what
 * breaks site-absolute links), and launched from a harness page that hosts
 * scorm-again as the LMS's API (window.API for 1.2, window.API_1484_11 for
 * 2004) with the launch page in a frame, as an LMS does.
 *
 * The harness records every API call. "Exit" removes the frame (the LMS
 * closing the course); "relaunch" opens a fresh harness whose API is loaded
 * with what the LMS stored, entry = resume.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { validateManifest } from '../unit/scorm-xmllint';
import { answer, answerCorrectly, authored, questionGroups } from './answers';

const LMS = 'http://lms.test';
const CONTENT = '/mod/scorm/pluginfile/42/content';
const VERSIONS = [
  { version: '1.2', zip: 'packages/moments-of-truth-scorm12.zip', folder: 'scorm12' },
  { version: '2004', zip: 'packages/moments-of-truth-scorm2004.zip', folder: 'scorm2004' },
] as const;
type Version = (typeof VERSIONS)[number]['version'];

const E = {
  '1.2': { suspend: 'cmi.suspend_data', location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', name: 'cmi.core.student_name', exit: 'cmi.core.exit' },
  '2004': { suspend: 'cmi.suspend_data', location: 'cmi.location', entry: 'cmi.entry', name: 'cmi.learner_name', exit: 'cmi.exit' },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
};

const HARNESS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><script src="scorm-again.js"></script></head>
<body>
<iframe id="sco" title="Course" style="inline-size: 1200px; block-size: 900px; border: 0"></iframe>
<script>
  window.calls = [];
  window.stored = {};
  window.launch = (version, folder, data) => {
    const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    if (data) api.loadFromFlattenedJSON(data);
    const methods = version === '1.2'
      ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError']
      : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'];
    for (const method of methods) {
      const original = api[method].bind(api);
      api[method] = (...args) => {
        const result = original(...args);
        window.calls.push([method, ...args.map(String), String(result)]);
        if (/SetValue$/.test(method) && String(result) === 'true') window.stored[args[0]] = String(args[1]);
        return result;
      };
    }
    window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
    document.getElementById('sco').src = 'content/' + folder + '/scorm/index.html';
  };
  window.exit = () => document.getElementById('sco').remove();
</script>
</body></html>`;

let root = '';
test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mot-scorm-'));
  for (const { zip, folder } of VERSIONS) {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` (or \`node scripts/package.mjs --no-build\` after a build) first.`);
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      const target = join(root, folder, path);
      execFileSync('mkdir', ['-p', join(target, '..')]);
      writeFileSync(target, bytes);
    }
  }
});

/** Serves the harness, scorm-again and the unpacked packages; anything missing fails the test. */
async function serveLms(context: BrowserContext, missing: string[]): Promise<void> {
  await context.route(`${LMS}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/mod/scorm/pluginfile/42/harness.html') return route.fulfill({ body: HARNESS, contentType: TYPES['.html'] });
    if (pathname === '/mod/scorm/pluginfile/42/scorm-again.js') {
      return route.fulfill({ path: 'node_modules/scorm-again/dist/scorm-again.min.js', contentType: TYPES['.js'] });
    }
    if (pathname.startsWith(`${CONTENT}/`)) {
      const file = join(root, decodeURIComponent(pathname.slice(CONTENT.length + 1)));
      // Like the storage many LMSs serve packages from: a folder is not turned into its index.html.
      if (existsSync(file) && !file.endsWith('/')) {
        try {
          return await route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
        } catch {
          // a folder: falls through to 404
        }
      }
    }
    missing.push(pathname);
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

interface Lms {
  page: Page;
  /** The course page inside the launch page. */
  course: FrameLocator;
  missing: string[];
  errors: string[];
}

async function launch(context: BrowserContext, version: Version, data?: Record<string, string>): Promise<Lms> {
  const missing: string[] = [];
  const errors: string[] = [];
  await serveLms(context, missing);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${LMS}/mod/scorm/pluginfile/42/harness.html`);
  const { folder } = VERSIONS.find((entry) => entry.version === version)!;
  await page.evaluate(([v, f, d]) => (window as unknown as { launch: (...args: unknown[]) => void }).launch(v, f, d), [version, folder, data ?? null] as const);
  const course = page.frameLocator('#sco').frameLocator('#course-frame');
  return { page, course, missing, errors };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[][] }).calls);
const stored = (page: Page) => page.evaluate(() => (window as unknown as { stored: Record<string, string> }).stored);
const named = (list: string[][], method: string) => list.filter(([name]) => name === method);

/** Waits until the LMS has been told `element` = `value` (the course commits a moment after a change). */
async function lmsHas(page: Page, element: string, value: string | RegExp): Promise<void> {
  await expect.poll(async () => (await stored(page))[element] ?? '', { timeout: 10_000 }).toMatch(value);
}

/** What the LMS keeps for the next launch, as an LMS would hand it back: entry = resume after a suspend. */
function relaunchData(version: Version, kept: Record<string, string>, name = 'Doe, Jane'): Record<string, string> {
  const e = E[version];
  return {
    [e.suspend]: kept[e.suspend] ?? '',
    [e.location]: kept[e.location] ?? '',
    [e.entry]: kept[e.exit] === 'suspend' ? 'resume' : '',
    [e.name]: name,
  };
}

/** Where the course is shown: the page itself on the website, the launch page's frame in an LMS. */
type Scope = Pick<Page, 'getByRole' | 'getByText' | 'locator'>;

async function completeFirstLessonAndCheck(course: Scope): Promise<void> {
  await course.getByRole('link', { name: 'Moments of truth', exact: true }).first().click();
  await expect(course.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeVisible();
  const check = course.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  const submit = check.getByRole('button', { name: 'Check my answers' });
  await expect(submit).toBeEnabled();
  // Every question needs an answer before the check scores it.
  for (const question of await questionGroups(check).all()) await answerCorrectly(question);
  await submit.click();
  await expect(course.getByText(/^You scored \d+%/)).toBeVisible();
  const complete = course.getByRole('button', { name: 'Mark this lesson as complete' });
  await complete.scrollIntoViewIfNeeded();
  await complete.click();
}

/** Passes the final assessment by answering every question correctly. */
async function passFinal(course: FrameLocator): Promise<void> {
  await course.getByRole('button', { name: 'Start the assessment' }).click();
  const questions = course.getByRole('group', { name: /^Question \d+/ });
  await expect(questions).toHaveCount(20);
  const keys = await course.locator('fieldset[data-question]').evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')!));
  for (const [index, key] of keys.entries()) await answer(questions.nth(index), authored(key));
  await course.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(course.getByRole('region', { name: 'Your result' }).getByText(/You scored 100%.*You passed/)).toBeVisible();
}

/** Every lesson done and every knowledge check attempted, as a progress document (the final still to pass). */
function everythingButTheFinal(): string {
  const lessons = (parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8')) as { progress: { l: Record<string, unknown> } }).progress.l;
  return JSON.stringify({ v: 1, l: lessons });
}

test('the manifests of both zips validate against the SCORM schemas', () => {
  for (const { folder, version } of VERSIONS) {
    const result = validateManifest(join(root, folder, 'imsmanifest.xml'), version);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  }
});

for (const { version } of VERSIONS) {
  test.describe(`SCORM ${version}`, () => {
    test('first launch, a lesson and a check, exit, relaunch resumes where the learner was', async ({ context }) => {
      const first = await launch(context, version, { [E[version].name]: 'Doe, Jane' });
      await expect(first.course.getByRole('heading', { level: 1 })).toBeVisible();
      const initialize = version === '1.2' ? 'LMSInitialize' : 'Initialize';
      expect(named(await calls(first.page), initialize)).toEqual([[initialize, '', 'true']]);

      await completeFirstLessonAndCheck(first.course);
      const e = E[version];
      await lmsHas(first.page, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
      await expect.poll(async () => JSON.parse((await stored(first.page))[e.suspend] ?? '{}').l?.['moments-of-truth']?.c, { timeout: 10_000 }).toEqual(expect.any(Number));
      const kept = await stored(first.page);
      const progress = JSON.parse(kept[e.suspend]!);
      expect(progress.l['moments-of-truth'].q).toMatchObject({ n: 1 });
      // The LMS's name fills the empty profile, as "First Last".
      expect(progress.u).toEqual({ n: 'Jane Doe' });
      expect(kept[e.location]).toBe('lessons/moments-of-truth/index.html');
      if (version === '2004') expect(Number(kept['cmi.progress_measure'])).toBeGreaterThan(0);

      await first.page.evaluate(() => (window as unknown as { exit: () => void }).exit());
      const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
      await expect.poll(async () => named(await calls(first.page), terminate)).toEqual([[terminate, '', 'true']]);
      const atExit = await stored(first.page);
      expect(atExit[e.exit]).toBe('suspend');
      expect(atExit[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(version === '1.2' ? /^\d{4}:\d{2}:\d{2}$/ : /^PT\d+H\d+M\d+S$/);
      expect(first.missing).toEqual([]);
      expect(first.errors).toEqual([]);
      await first.page.close();

      // A new browser profile: nothing in localStorage, so all that comes back is the LMS's data.
      const fresh = await context.browser()!.newContext();
      const second = await launch(fresh, version, relaunchData(version, atExit));
      await expect(second.course.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeVisible();
      await second.course.getByRole('link', { name: 'Course map', exact: true }).click();
      await expect(second.course.getByText('1 of 12 lessons completed')).toBeVisible();
      expect(second.missing).toEqual([]);
      expect(second.errors).toEqual([]);
      await fresh.close();
    });

    test('passing the final assessment reports passed and the score', async ({ context }) => {
      const lms = await launch(context, version, { [E[version].suspend]: everythingButTheFinal(), [E[version].entry]: 'resume' });
      await expect(lms.course.getByRole('heading', { level: 1 })).toBeVisible();
      await lms.course.getByRole('link', { name: /final assessment/i }).first().click();
      await passFinal(lms.course);
      if (version === '1.2') {
        await lmsHas(lms.page, 'cmi.core.lesson_status', 'passed');
        await lmsHas(lms.page, 'cmi.core.score.raw', '100');
        expect(await stored(lms.page)).toMatchObject({ 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
      } else {
        await lmsHas(lms.page, 'cmi.success_status', 'passed');
        await lmsHas(lms.page, 'cmi.completion_status', 'completed');
        expect(await stored(lms.page)).toMatchObject({ 'cmi.score.raw': '100', 'cmi.score.scaled': '1', 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.progress_measure': '1' });
      }
      const suspend = (await stored(lms.page))[E[version].suspend]!;
      expect(suspend.length).toBeLessThanOrEqual(4096);
      console.log(`SCORM ${version}: suspend_data of the finished course: ${suspend.length} characters`);
      expect(lms.missing).toEqual([]);
      expect(lms.errors).toEqual([]);
    });

    test('corrupt suspend_data: the page works, says so, and offers the data', async ({ context }) => {
      const lms = await launch(context, version, { [E[version].suspend]: '{"v":1,"l":{"moments-of-truth":{"s":1,', [E[version].entry]: 'resume' });
      await expect(lms.course.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(lms.course.getByText(/could not read the progress your learning platform kept/)).toBeVisible();
      await expect(lms.course.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
      await completeFirstLessonAndCheck(lms.course);
      // A copy was kept on this device, so the LMS gets the good progress instead.
      await expect.poll(async () => JSON.parse((await stored(lms.page))[E[version].suspend] ?? '{}').l?.['moments-of-truth']?.c, { timeout: 10_000 }).toEqual(expect.any(Number));
      expect(lms.errors).toEqual([]);
    });

    test('the learner language from the LMS opens the course in Arabic', async ({ context }) => {
      const language = version === '1.2' ? 'cmi.student_preference.language' : 'cmi.learner_preference.language';
      const lms = await launch(context, version, { [language]: 'ar-SA' });
      await expect(lms.course.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(lms.course.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(lms.missing).toEqual([]);
    });
  });
}

test('without an LMS the launch page opens the course and says nothing is recorded', async ({ context }) => {
  const missing: string[] = [];
  await serveLms(context, missing);
  const page = await context.newPage();
  await page.goto(`${LMS}${CONTENT}/scorm12/scorm/index.html`);
  await expect(page.getByText('No learning platform answered', { exact: false })).toBeVisible();
  await expect(page.frameLocator('#course-frame').getByRole('heading', { level: 1 })).toBeVisible();
  expect(missing).toEqual([]);
});

test('the plain website looks for no LMS and loads no SCORM code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  // An API in the page itself would be found by a course that looked for one.
  await page.addInitScript(() => {
    const record = (name: string) => () => {
      (window as unknown as { scormCalls: string[] }).scormCalls.push(name);
      return 'true';
    };
    (window as unknown as { scormCalls: string[] }).scormCalls = [];
    const methods = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'];
    const api = Object.fromEntries(methods.map((method) => [method, record(method)]));
    Object.assign(window, { API: api, API_1484_11: api });
  });
  await page.goto('/');
  await completeFirstLessonAndCheck(page);
  expect(await page.evaluate(() => (window as unknown as { scormCalls: string[] }).scormCalls)).toEqual([]);
  expect(scripts.filter((url) => /scorm/i.test(url))).toEqual([]);
});
