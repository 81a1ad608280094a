/**
 * `npm run report:ui` on fixture folders (not the shipped strings): a ru.json
 * copied from en.json is reported string by string; what would fail the build
 * makes the report fail too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const en = JSON.parse(readFileSync('content/ui/en.json', 'utf-8')) as Record<string, unknown>;
const keyCount = Object.keys(en).length - 1;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function report(ru: Record<string, unknown>): { status: number | null; out: string } {
  dir = mkdtempSync(join(tmpdir(), 'ui-report-'));
  cpSync('content/ui/en.json', join(dir, 'en.json'));
  cpSync('content/ui/same-as-english.json', join(dir, 'same-as-english.json'));
  writeFileSync(join(dir, 'ru.json'), JSON.stringify(ru));
  const run = spawnSync(process.execPath, ['scripts/ui-report.mjs', '--dir', dir, '--locales', 'en,ru'], { encoding: 'utf-8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** A Russian file as a translator would finish it: every plural key with Russian categories. */
function russian(from: Record<string, unknown>, translate: (text: string) => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(from).map(([key, value]) => {
      if (key === 'meta.locale') return [key, 'ru'];
      if (typeof value === 'string') return [key, translate(value)];
      const { other } = value as { other: string };
      return [key, { one: translate(other), few: translate(other), many: translate(other), other: translate(other) }];
    }),
  );
}

describe('the interface strings report', () => {
  it('lists every string of a ru.json still identical to en.json, and does not fail for them', () => {
    const copy = russian(en, (text) => text);
    const { status, out } = report(copy);
    expect(out).toContain(`ru.json: 3 of ${keyCount} translated, ${keyCount - 3} identical to`);
    expect(out).toContain('  - nav.skip\n');
    expect(out).not.toContain('  - hr.oneCertificate\n');
    expect(status).toBe(0);
  });

  it('reports a translated file as translated', () => {
    const { status, out } = report(russian(en, (text) => `[ru] ${text}`));
    expect(out).toContain(`ru.json: ${keyCount} of ${keyCount} translated, 0 identical to`);
    expect(status).toBe(0);
  });

  it('fails on a missing key, a missing plural category and a dropped placeholder, naming each', () => {
    const ru = russian(en, (text) => `[ru] ${text}`);
    delete ru['nav.skip'];
    ru['file.newlyCompleted'] = { one: '{count} урок', other: '{count} урока' };
    ru['quiz.partly'] = 'Частично верно';
    const { status, out } = report(ru);
    expect(status).toBe(1);
    expect(out).toContain('3 problems that fail the build:');
    expect(out).toContain('ru.json: missing key "nav.skip"');
    expect(out).toContain('ru.json: "file.newlyCompleted" has no "few", "many" form');
    expect(out).toContain('ru.json: "quiz.partly" leaves out {percent}');
  });
});
