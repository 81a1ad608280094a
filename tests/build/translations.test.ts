/**
 * The translation contract at content sync and in the built pages (issue 21): each case copies
 * the project to a temporary folder, changes a translation or its original, and runs
 * `astro sync` (or `astro build`) there. Contradictions fail with the file and the path;
 * translations left behind by their original fall back, item by item, with the notice.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const project = process.cwd();
let dir: string;

function copyProject(): void {
  dir = mkdtempSync(join(tmpdir(), 'mot-i18n-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

const read = (file: string) => readFileSync(join(dir, file), 'utf-8');
const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
const edit = (file: string, change: (text: string) => string) => write(file, change(read(file)));

function run(args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf-8', stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    return { ok: true, output };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { ok: false, output: `${stdout}\n${stderr}` };
  }
}

const astro = (command: 'sync' | 'build') => run([join(project, 'node_modules/astro/bin/astro.mjs'), command]);

function syncFails(): string {
  const { ok, output } = astro('sync');
  if (ok) throw new Error('expected astro sync to fail');
  return output;
}

function builds(): void {
  const { ok, output } = astro('build');
  if (!ok) throw new Error(`expected the build to pass:\n${output.slice(-3000)}`);
}

const page = (path: string) => read(`dist/${path}/index.html`);
const notices = (html: string) => html.match(/data-fallback-notice/g)?.length ?? 0;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a translation that contradicts its original fails the build with file and path', { timeout: 120_000 }, () => {
  it('a correct answer moved in a translated quiz', () => {
    copyProject();
    edit('content/quizzes/ar/moments-of-truth.yaml', (text) => text.replace('      - text: "5.000"\n', '      - text: "5.000"\n        correct: true\n').replace('      - text: "50.000"\n        correct: true\n', '      - text: "50.000"\n'));
    const output = syncFails();
    expect(output).toContain('Invalid quiz in content/quizzes/ar/moments-of-truth.yaml');
    expect(output).toContain('  - question "sas-count": options.0.correct: option 1 is correct here but not correct in the original');
    // The message is the whole report: no location in the loader's code, no stack trace.
    expect(output).not.toMatch(/Location:|Stack trace:/);
  });

  it('a translated role-play with a different graph, and a translated lesson restating a shared field differently', () => {
    copyProject();
    edit('content/roleplays/ar/late-salon.yaml', (text) => text.replace('effect: 20', 'effect: 25'));
    const output = syncFails();
    expect(output).toContain('Invalid role-play in content/roleplays/ar/late-salon.yaml');
    expect(output).toMatch(/ {2}- nodes\.arrival\.choices\.\d\.effect: 25 here but 20 in the original/);

    edit('content/roleplays/ar/late-salon.yaml', (text) => text.replace('effect: 25', 'effect: 20'));
    edit('content/lessons/ar/moments-of-truth.mdx', (text) => text.replace('workshopMinutes: 35', 'workshopMinutes: 40'));
    const lesson = syncFails();
    expect(lesson).toContain('Translation contradicts its original: content/lessons/ar/moments-of-truth.mdx\n  - workshopMinutes: 40 here but 35 in the original');
  });

  it('a translated heading without its id names the missing and the extra id; with its id, a new heading text builds', () => {
    copyProject();
    edit('content/lessons/ar/moments-of-truth.mdx', (text) => text.replace('## من تمثّل {/* #whom-you-represent */}', '## من تمثّل'));
    const output = syncFails();
    expect(output).toContain('Translation contradicts its original: content/lessons/ar/moments-of-truth.mdx');
    expect(output).toContain('  - sections: missing #whom-you-represent');
    expect(output).toContain('  - sections: #من-تمثّل not in the original');

    edit('content/lessons/ar/moments-of-truth.mdx', (text) => text.replace('## من تمثّل\n', '## من الذي تمثّله {/* #whom-you-represent */}\n'));
    expect(astro('sync').ok).toBe(true);
  });

  it('a translated lesson whose figures differ from the original\'s in count or number; digits written the locale\'s way pass', () => {
    copyProject();
    // Unstamped (no translatedFrom), so it is compared with its original as it stands.
    // Without its figures (the translation has all 6): none here against 6 in the original.
    edit('content/lessons/ar/numbers-that-matter.mdx', (text) => text.replace(/^translatedFrom: .*\n/m, '').replace(/<Figure\b[\s\S]*?\/>\n*/g, ''));
    expect(syncFails()).toContain('Translation contradicts its original: content/lessons/ar/numbers-that-matter.mdx\n  - figures: 0 <Figure> elements here but 6 in the original (same count, same order)');
    const figures = read('content/lessons/en/numbers-that-matter.mdx').match(/<Figure\b[\s\S]*?\/>/g)!;
    expect(figures).toHaveLength(6);
    edit('content/lessons/ar/numbers-that-matter.mdx', (text) => `${text}\n${figures.join('\n\n').replace('values="96%"', 'values="٩٥٪"').replace('alt="A grid of 100 people in which 96', 'alt="A grid of 100 people in which ٩٥')}\n`);
    expect(syncFails()).toContain('  - figures.0.values: "٩٥٪" here but "96%" in the original (numbers are the source\'s, only their digits may be written the locale\'s way)');
    edit('content/lessons/ar/numbers-that-matter.mdx', (text) => text.replace('values="٩٥٪"', 'values="٩٦٪"').replace('in which ٩٥', 'in which ٩٦'));
    expect(astro('sync').ok).toBe(true);
  });

  it('a link into a lesson section that its page does not have, and a Stat citing a source the lesson does not list', () => {
    copyProject();
    edit('content/lessons/en/complaint-mistakes.mdx', (text) => text.replace('<LessonLink to="handling-complaints" section="the-seventeen-steps">', '<LessonLink to="handling-complaints" section="the-17-steps">'));
    edit('content/lessons/en/numbers-that-matter.mdx', (text) => text.replace('<Stat value="13" source="000_ada38c26cd4a2f8c.txt">', '<Stat value="13" source="004_e7d0d88e55082431.txt">'));
    const output = syncFails();
    expect(output).toMatch(/Invalid <LessonLink> in content\/lessons\/en\/complaint-mistakes\.mdx:\d+\n {2}- section: "#the-17-steps" is not a section of the en page of "handling-complaints"; known: .*the-seventeen-steps/);
    expect(output).toMatch(/Invalid <Stat> in content\/lessons\/en\/numbers-that-matter\.mdx:73\n {2}- source: "004_e7d0d88e55082431\.txt" is not one of the lesson's sources/);
  });
});

describe('a translation left behind by its original falls back item by item, and the build passes', { timeout: 180_000 }, () => {
  it('a question added in English, an effect changed in English, a glossary with 1 of 15 terms translated', () => {
    copyProject();
    // The English author adds a question and changes one effect: the Arabic files were stamped before.
    edit('content/quizzes/en/moments-of-truth.yaml', (text) =>
      text.replace(
        'questions:\n',
        'questions:\n  - id: added\n    type: true-false\n    prompt: Every contact counts.\n    section: what-a-moment-of-truth-is\n    source: 000_ada38c26cd4a2f8c.txt\n    principle: Every contact counts.\n    answer: true\n    explanation: It does.\n',
      ),
    );
    edit('content/roleplays/en/late-salon.yaml', (text) => text.replace('effect: 20', 'effect: 25'));
    // A glossary translation with one term of fifteen, stamped with its original's fingerprint.
    const terms = parse(read('content/glossary/en.yaml')) as Array<{ id: string }>;
    expect(terms).toHaveLength(15);
    write('content/glossary/ar.yaml', `- id: ${terms[0]!.id}\n  term: لحظة الصدق\n  definition: أي حالة يتصل فيها العميل اتصالًا مباشرًا بالمنظمة.\n  lessons: [moments-of-truth]\n`);
    expect(run(['scripts/i18n.mjs', 'stamp']).output).toContain('Stamped 1 item(s) in 1 file(s).');
    const status = run(['scripts/i18n.mjs', 'status']).output;
    // What the Arabic course has translated, counted from its files: every question but the new one, every role-play but the changed one.
    const arQuestions = readdirSync(join(dir, 'content/quizzes/ar')).reduce((sum, file) => sum + (parse(read(`content/quizzes/ar/${file}`)) as { questions: unknown[] }).questions.length, 0);
    const arPlays = readdirSync(join(dir, 'content/roleplays/ar')).length;
    expect(status).toContain(`| quiz questions | ${arQuestions} of 65 | 0 | 0 | ${65 - arQuestions} | 0 |`);
    expect(status).toContain(`| role-plays | ${arPlays - 1} of 6 | 0 | 1 | ${6 - arPlays} | 0 |`);
    expect(status).toContain('| glossary terms | 1 of 15 | 0 | 0 | 14 | 0 |');
    expect(status).toMatch(/Out of date[^\n]*:\n {2}- content\/roleplays\/ar\/late-salon\.yaml\n/);
    builds();

    const lesson = page('ar/lessons/moments-of-truth');
    // The lesson itself is translated: no lesson notice. Of the check's questions, only the new one falls back.
    expect(lesson).toContain('أيٌّ مما يلي لحظة صدق؟');
    expect(notices(lesson)).toBe(1);
    expect(lesson).toMatch(/data-question="moments-of-truth\/added"[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<span class="question__prompt" lang="en" dir="ltr">Every contact counts\.<\/span><\/h3><\/legend><p [^>]*data-fallback-notice/);

    const play = page('ar/roleplays/late-salon');
    expect(notices(play)).toBe(1);
    expect(play).toMatch(/<div lang="en" dir="ltr" data-pagefind-ignore/);

    const glossary = page('ar/glossary');
    expect(glossary.match(/class="glossary__entry"/g)).toHaveLength(15);
    expect(notices(glossary)).toBe(14);
    expect(glossary).toContain('لحظة الصدق');
    // Every <Term> link on an Arabic page points at a term the Arabic glossary lists.
    const ids = new Set([...glossary.matchAll(/class="glossary__entry" id="([^"]+)"/g)].map((match) => match[1]));
    const links = [...page('ar/lessons/superior-service').matchAll(/href="\/ar\/glossary\/#([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });
});
