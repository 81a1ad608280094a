/**
 * A new lesson in the middle of the course is one command (npm run new:lesson): its MDX, its
 * starter quiz and one line in content/course.yaml. The copy of the project then builds, the
 * lessons after it move down one place, and the content tests pass with it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const project = process.cwd();
let dir = '';

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf-8', stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });

it('adds a lesson after the first one, and the course builds with it', { timeout: 240_000 }, () => {
  dir = mkdtempSync(join(tmpdir(), 'mot-lesson-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'tests', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'vitest.config.ts']) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');

  expect(run(['scripts/new-lesson.mjs', 'fixture-lesson', '--after', 'moments-of-truth'])).toContain('Created content/lessons/en/fixture-lesson.mdx and content/quizzes/en/fixture-lesson.yaml');
  const course = readFileSync(join(dir, 'content/course.yaml'), 'utf-8');
  expect(course).toContain('  - moments-of-truth\n  - fixture-lesson\n  - superior-service\n');

  run([join(project, 'node_modules/astro/bin/astro.mjs'), 'build']);
  const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf-8');
  expect(page('lessons/fixture-lesson')).toContain('Lesson 2 of 13');
  expect(page('lessons/superior-service')).toContain('Lesson 3 of 13');
  expect(page('ar/lessons/fixture-lesson')).toContain('data-fallback-notice');
  expect(page('lessons/moments-of-truth')).toMatch(/<a class="pager__link pager__link--next" href="\/lessons\/fixture-lesson\/"/);

  // The content tests know no lesson list of their own: they pass with the new lesson.
  const output = run([join(project, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose', 'tests/unit/course-content.test.ts']).replace(/\u001b\[[0-9;]*m/g, '');
  expect(output).toMatch(/Tests\s+\d+ passed/);
  expect(output).toContain('fixture-lesson has 2-4 objectives, a reflection prompt and takeaways');
});
