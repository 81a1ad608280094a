/**
 * The course teaches every item of ../shared/SOURCES.md, faithfully: each list
 * has the number of items its source gives, and each figure appears exactly as
 * written, with its source. Reads the English lessons as authors wrote them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = 'content/lessons/en';
const lessons = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => [file.replace(/\.mdx$/, ''), readFileSync(`${dir}/${file}`, 'utf-8')]),
);

function lesson(slug: string): string {
  const text = lessons.get(slug);
  if (!text) throw new Error(`no lesson ${slug}`);
  return text;
}

function frontmatter(slug: string): { sources: string[]; objectives: string[] } {
  return parse(lesson(slug).split(/^---$/m)[1]!) as { sources: string[]; objectives: string[] };
}

/** The numbered items under a "## heading", up to the next heading or component. */
function numberedItems(slug: string, heading: string): string[] {
  const text = lesson(slug);
  // The heading, with or without its explicit id (`{/* #id */}`).
  const found = new RegExp(`\\n## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\{/\\* #[a-z0-9-]+ \\*/\\})?\\n`).exec(text);
  if (!found) throw new Error(`${slug}: no heading "${heading}"`);
  const rest = text.slice(found.index + found[0].length);
  const end = rest.search(/\n##? |\n<(Story|TryIt|Takeaways|KeyPoint|DoDont|Stat)\b/);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^\s*(\d+)\. (.+(?:\n(?!\s*\d+\. )(?!\s*$)(?!<).+)*)/gm)].map((m) => m[2]!.replace(/\s+/g, ' '));
}

describe('facilitator notes', () => {
  it.each([...lessons.keys()])('%s has one block with discussion questions, a group activity, what to listen for and a role-play', (slug) => {
    const text = lesson(slug);
    const blocks = [...text.matchAll(/<FacilitatorNotes\b[^>]*>([\s\S]*?)<\/FacilitatorNotes>/g)];
    expect(blocks).toHaveLength(1);
    const [, body] = blocks[0]!;
    expect(body).toMatch(/^### Discuss$/m);
    expect(body).toMatch(/^### Group activity: .+$/m);
    expect(body).toMatch(/^### Listen for$/m);
    // The activity has numbered instructions.
    expect(body!.slice(body!.indexOf('### Group activity'))).toMatch(/^1\. .+\n(.*\n)*?2\. /m);
    expect(blocks[0]![0]).toMatch(/roleplay="[a-z-]+"/);
    expect(blocks[0]![0]).toMatch(/activity: \d+/);
  });
});

describe('the course', () => {
  it('lists every lesson once in content/course.yaml, in course order, and nothing else', () => {
    // The order itself is the author's: no lesson list is kept here.
    const listed = (parse(readFileSync('content/course.yaml', 'utf-8')) as { lessons: string[] }).lessons;
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...lessons.keys()].sort());
    for (const slug of lessons.keys()) expect(lesson(slug)).not.toMatch(/^order:/m);
  });

  it.each([...lessons.keys()])('%s has 2-4 objectives, a reflection prompt and takeaways', (slug) => {
    expect(frontmatter(slug).objectives.length).toBeGreaterThanOrEqual(2);
    expect(frontmatter(slug).objectives.length).toBeLessThanOrEqual(4);
    expect(lesson(slug)).toMatch(/<TryIt>[\s\S]+?<\/TryIt>/);
    expect(lesson(slug)).toMatch(/<Takeaways>\s*\n- [\s\S]+?<\/Takeaways>/);
  });

  it.each([
    ['superior-service', 'Six signs you delivered excellent service', 6, '000'],
    ['what-kills-service', 'The four obstacles', 4, '000'],
    ['ready-for-service', 'Seven foundations of service', 7, '000'],
    ['customers-for-life', 'The ten tips', 10, '000'],
    ['handling-complaints', 'Why a complaint is an opportunity', 5, '001'],
    ['handling-complaints', 'The seventeen steps', 17, '001'],
    ['what-customers-expect', 'Nine expectations', 9, '002'],
    ['team-spirit', 'Ten behaviours of employees', 10, '004'],
    ['team-spirit', 'Nine elements of the organisation', 9, '004'],
  ])('%s: "%s" lists all %i items of %s', (slug, heading, count, source) => {
    expect(numberedItems(slug, heading)).toHaveLength(count);
    expect(frontmatter(slug).sources.some((id) => id.startsWith(source))).toBe(true);
  });

  it('keeps the seventeen steps in the source order', () => {
    const steps = numberedItems('handling-complaints', 'The seventeen steps');
    const keywords = ['personally', 'trouble', 'Welcome', 'calm', 'argue', 'Listen', 'interrupt', 'anger', 'clarify', 'Restate', 'empathy', 'options', 'Apologise', 'Explain', 'Thank', 'promised', 'sales'];
    keywords.forEach((word, index) => expect(steps[index], `step ${index + 1}`).toContain(word));
  });

  it('lists the five complaint mistakes and the managers’ six answers', () => {
    expect(lesson('complaint-mistakes').match(/<DoDont /g)).toHaveLength(5);
    const answers = lesson('superior-service').split('## Features or benefits?')[1]!.match(/^- "/gm);
    expect(answers).toHaveLength(6);
  });

  it('tells the four stories of what customers meet, and the three failure stories', () => {
    const expect4 = lesson('what-customers-expect');
    for (const title of ['The beauty salon', 'The estate agent', 'The lawyer', 'The coffee chain']) expect(expect4).toContain(`<Story title="${title}"`);
    expect(expect4).toContain('20 minutes');
    expect(expect4).toContain('about 30 minutes');
    expect(lesson('customer-care-strategy').match(/<Story /g)).toHaveLength(3);
  });

  it.each([
    ['96%', '000_ada38c26cd4a2f8c.txt'],
    ['13', '000_ada38c26cd4a2f8c.txt'],
    ['5%', '000_ada38c26cd4a2f8c.txt'],
    ['35%', '000_ada38c26cd4a2f8c.txt'],
    ['65%', '000_ada38c26cd4a2f8c.txt'],
    ['4%', '000_ada38c26cd4a2f8c.txt'],
    ['15 to 20', '001_a33365374561fff3.txt'],
    ['20%', '001_a33365374561fff3.txt'],
    ['80%', '001_a33365374561fff3.txt'],
    ['90%', '001_a33365374561fff3.txt'],
    ['96%', '002_9bc7427d94304c58.txt'],
  ])('states %s with its source %s', (value, source) => {
    // As a figure box, or in a paragraph (a <Disagree> side, a box's text) that names its source.
    const text = lesson('numbers-that-matter').replace(/<FacilitatorNotes\b[\s\S]*?<\/FacilitatorNotes>/, '');
    const inBox = text.includes(`<Stat value="${value}" source="${source}">`);
    const inText = text.split(/\n\s*\n|\n- /).some((paragraph) => paragraph.includes(`**${value}**`) && new RegExp(`\\b${source.slice(0, 3)}\\b`).test(paragraph));
    expect(inBox || inText).toBe(true);
  });

  it('shows both sides where the sources disagree', () => {
    const disagree = lesson('numbers-that-matter').match(/<Disagree[\s\S]+?<\/Disagree>/)![0];
    for (const figure of ['**96%**', '**80%**', '**13**', '**15 to 20**']) expect(disagree).toContain(figure);
  });

  it('keeps the statistics it quotes only where its sources give them', () => {
    // Every <Stat> in any lesson cites one of that lesson's own sources.
    for (const [slug, text] of lessons) {
      for (const [, source] of text.matchAll(/<Stat value="[^"]+" source="([^"]+)">/g)) {
        expect(frontmatter(slug).sources, `${slug} cites ${source}`).toContain(source);
      }
    }
  });

  it('links the shared principles back to the lessons that teach them', () => {
    const closing = lesson('shared-principles');
    for (const heading of ['Do not take complaints personally', 'Do not pass the customer on', "Use the customer's name", 'Listen without interrupting', 'Do not argue']) {
      const section = closing.split(new RegExp(`## ${heading}(?: \\{/\\* #[a-z0-9-]+ \\*/\\})?\\n`))[1]!.split('\n## ')[0]!;
      expect(section.match(/<LessonLink /g)?.length, heading).toBeGreaterThanOrEqual(2);
    }
  });

  it('teaches the definitions and ideas SOURCES.md lists', () => {
    const all = [...lessons.values()].join('\n').replace(/\s+/g, ' ');
    for (const phrase of [
      '50,000 moments of truth',
      'is a manager',
      'Face to face',
      'By phone',
      'In writing',
      'your **organisation**',
      'your **department**',
      '**yourself**',
      'Greece',
      'extra touch',
      'features',
      'Service is not servility',
      'bad reputation',
      'they do not know how, they do not want to, or both',
      'stronger than an',
      'financial',
      '**complex** set of relationships',
      'strategy, its service systems and its team',
      'the right thing to do',
      'pass the ball',
      'feel good about yourself',
      'attentive, benevolent, respectful, proactive and professional',
    ]) {
      expect(all, phrase).toContain(phrase.replace(/\s+/g, ' '));
    }
  });
});

describe('links between lessons', () => {
  it.each(readdirSync('content/lessons'))('in %s, a <LessonLink> names its lesson by that lesson’s title in the same language', (locale) => {
    const folder = `content/lessons/${locale}`;
    const titles = new Map(
      readdirSync(folder).map((file) => [file.replace(/\.mdx$/, ''), (parse(readFileSync(`${folder}/${file}`, 'utf-8').split(/^---$/m)[1]!) as { title: string }).title]),
    );
    for (const file of readdirSync(folder)) {
      for (const [, to, text] of readFileSync(`${folder}/${file}`, 'utf-8').matchAll(/<LessonLink\b[^>]*\bto="([^"]+)"[^>]*>([^<]*)<\/LessonLink>/g)) {
        // A lesson not translated yet is linked by its English title.
        const title = titles.get(to!) ?? (parse(readFileSync(`content/lessons/en/${to}.mdx`, 'utf-8').split(/^---$/m)[1]!) as { title: string }).title;
        expect(text!.replace(/\s+/g, ' '), `${folder}/${file} → ${to}`).toBe(title);
      }
    }
  });
});
