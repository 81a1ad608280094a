/**
 * Authored mistakes fail the real content sync (what `astro build` runs first)
 * with the file and the path inside it. Each case copies the project to a
 * temporary folder, breaks one file, and runs `astro sync` there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const project = process.cwd();
let dir: string;

function copyProject(): string {
  dir = mkdtempSync(join(tmpdir(), 'mot-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf-8')));
}

/** Runs `astro <command>` and returns its output; fails the test if it succeeds. */
function syncFails(command: 'sync' | 'build' = 'sync'): string {
  try {
    execFileSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      encoding: 'utf-8',
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
  }
  throw new Error('expected astro sync to fail');
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('authored mistakes fail the build with file and path', { timeout: 60_000 }, () => {
  it('a lesson with bad frontmatter', () => {
    copyProject();
    edit('content/lessons/en/moments-of-truth.mdx', (text) => text.replace('minutes: 12', 'minutes: twelve').replace('  - 003_307329248a910464.txt', '  - 003_307329248a910464.txt\n  - 009_unknown.txt'));
    const output = syncFails();
    expect(output).toContain('Invalid lesson frontmatter in content/lessons/en/moments-of-truth.mdx');
    expect(output).toContain('  - minutes: Invalid input: expected number, received string');
    expect(output).toContain('  - sources.2: unknown source "009_unknown.txt"');
  });

  it('an interface string missing in one locale, and an unknown one', () => {
    copyProject();
    edit('content/ui/ar.json', (text) => {
      const strings = JSON.parse(text) as Record<string, string>;
      delete strings['nav.skip'];
      strings['nav.skpi'] = 'x';
      return JSON.stringify(strings);
    });
    const output = syncFails();
    expect(output).toContain('content/ui/ar.json: missing key "nav.skip" (present in content/ui/en.json)');
    expect(output).toContain('content/ui/ar.json: unknown key "nav.skpi" (not in content/ui/en.json)');
  });

  it('course settings with a bad pass mark', () => {
    copyProject();
    edit('content/course.yaml', (text) => text.replace('passMark: 80', 'passMark: 180'));
    expect(syncFails()).toContain('Invalid course settings in content/course.yaml\n  - passMark: Too big: expected number to be <=100');
  });

  it('a lesson component with a bad prop, or an unknown glossary term', () => {
    copyProject();
    edit('content/lessons/en/numbers-that-matter.mdx', (text) => text.replace('<Stat value="13" source="000_ada38c26cd4a2f8c.txt">', '<Stat value="" source="000_ada38c26cd4a2f8c.txt" colour="red">'));
    const output = syncFails();
    // Checked at content sync, with the line: no page renders first.
    expect(output).toContain('Invalid <Stat> in content/lessons/en/numbers-that-matter.mdx:73\n  - value: Too small: expected string to have >=1 characters\n  - (root): Unrecognized key: "colour"');

    edit('content/lessons/en/numbers-that-matter.mdx', (text) => text.replace('<Stat value="" source="000_ada38c26cd4a2f8c.txt" colour="red">', '<Stat value="13" source="000_ada38c26cd4a2f8c.txt">'));
    edit('content/lessons/en/superior-service.mdx', (text) => text.replace('<Term id="superior-service">', '<Term id="super-service">'));
    expect(syncFails()).toContain('Invalid <Term> in content/lessons/en/superior-service.mdx:46\n  - id: no glossary entry "super-service"');
  });

  it('a figure with a wrong prop, a number its text alternative does not say, and a source the lesson does not list', () => {
    copyProject();
    edit('content/lessons/en/numbers-that-matter.mdx', (text) =>
      text.replace('  values="13"\n  labels="customer who is not satisfied|', '  values="13%"\n  labels="customer who is not satisfied|').replace('  kind="share"\n  source="000_ada38c26cd4a2f8c.txt"\n  values="96%"', '  kind="share"\n  source="004_e7d0d88e55082431.txt"\n  values="95%"'),
    );
    const output = syncFails();
    expect(output).toMatch(/Invalid <Figure> in content\/lessons\/en\/numbers-that-matter\.mdx:\d+\n {2}- values\.0: "13%" is not a count/);
    expect(output).toMatch(/Invalid <Figure> in content\/lessons\/en\/numbers-that-matter\.mdx:\d+\n {2}- alt: the text alternative must say every number the figure shows; it does not say 95\n {2}- source: "004_e7d0d88e55082431.txt" is not one of the lesson's sources/);
  });

  it('facilitator notes whose timing names a missing section, does not add up, or whose role-play does not exist', () => {
    copyProject();
    edit('content/lessons/en/customers-for-life.mdx', (text) =>
      text.replace('"the-ten-tips": 8', '"the-eleven-tips": 8').replace('activity: 8 }} roleplay="coffee-regular"', 'activity: 9 }} roleplay="coffee-irregular"'),
    );
    const output = syncFails();
    expect(output).toMatch(/Invalid <FacilitatorNotes> in content\/lessons\/en\/customers-for-life\.mdx:\d+\n/);
    expect(output).toContain('  - timing.the-eleven-tips: not a section of this lesson; use a heading id (');
    expect(output).toContain('  - timing: adds up to 21 minutes, but workshopMinutes in the frontmatter is 20');
    expect(output).toContain('  - roleplay: unknown role-play "coffee-irregular"; known: ');
  });

  it('a quiz with a question that has no correct answer and links to a missing section', () => {
    copyProject();
    edit('content/quizzes/en/moments-of-truth.yaml', (text) =>
      text.replace('        correct: true\n        feedback: Right. That is the definition', '        feedback: Right. That is the definition').replace('section: where-the-idea-comes-from', 'section: where-the-idea-came-from'),
    );
    const output = syncFails();
    expect(output).toContain('Invalid quiz in content/quizzes/en/moments-of-truth.yaml');
    expect(output).toContain('  - question "definition": has no correct answer');
    expect(output).toContain('  - question "sas-count": links to section "#where-the-idea-came-from", which is not a heading in content/lessons/en/moments-of-truth.mdx');
  });

  it('a role-play with a reply to a missing node and no lost ending', () => {
    copyProject();
    edit('content/roleplays/en/late-salon.yaml', (text) => text.replace('next: choice', 'next: chioce').replace('    outcome: lost', '    outcome: neutral'));
    const output = syncFails();
    expect(output).toContain('Invalid role-play in content/roleplays/en/late-salon.yaml');
    expect(output).toContain('  - node "arrival": choice 1 goes to "chioce", which is neither a node nor an ending');
    expect(output).toContain('  - node "choice": cannot be reached from the start');
    expect(output).toContain('  - the scenario needs at least one ending where the customer is lost (outcome: lost)');
  });

  it('a lessons list that misses a lesson or names one without a file, and a glossary term no lesson explains', () => {
    copyProject();
    edit('content/course.yaml', (text) => text.replace('  - team-spirit\n', '  - team-sprit\n'));
    edit('content/lessons/en/moments-of-truth.mdx', (text) => text.replace('<Term id="front-line">front line</Term>', 'front line'));
    const output = syncFails();
    expect(output).toContain('Invalid course settings in content/course.yaml\n  - lessons.9: "team-sprit" has no file content/lessons/en/team-sprit.mdx\n  - lessons: content/lessons/en/team-spirit.mdx is not in the list; add "- team-spirit" where it belongs in the course');
    expect(output).toContain('Invalid glossary in content/glossary/en.yaml\n  - "front-line": no lesson explains it; mark its first use in a lesson with <Term id="front-line">…</Term>');
  });

  it('a source list entry with a malformed id', () => {
    copyProject();
    edit('content/sources.yaml', (text) => text.replace('- id: 004_e7d0d88e55082431.txt', '- id: four.txt'));
    expect(syncFails()).toContain('Invalid source list in content/sources.yaml\n  - 4.id: must be a seed file name');
  });
});
