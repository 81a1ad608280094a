/**
 * npm run new:lesson <slug> [-- --after <slug>]
 *
 * Starts a lesson: content/lessons/<default>/<slug>.mdx, its starter knowledge check
 * content/quizzes/<default>/<slug>.yaml, and its line in content/course.yaml `lessons:`
 * (after the given lesson, else at the end). The starter builds as it is, so the author can
 * run `npm run check:content` at once and then replace every TODO.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const slug = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--after');
const afterIndex = args.indexOf('--after');
const after = afterIndex >= 0 ? args[afterIndex + 1] : undefined;
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail('usage: npm run new:lesson <slug> [-- --after <slug>]   (slug: lower-case words joined by hyphens)');

const courseText = readFileSync('content/course.yaml', 'utf-8');
const course = parse(courseText);
const locale = course.defaultLocale;
const lessonFile = `content/lessons/${locale}/${slug}.mdx`;
const quizFile = `content/quizzes/${locale}/${slug}.yaml`;
if (existsSync(lessonFile) || course.lessons.includes(slug)) fail(`${slug} already exists`);
if (after && !course.lessons.includes(after)) fail(`--after ${after}: no such lesson in content/course.yaml (${course.lessons.join(', ')})`);
const source = parse(readFileSync('content/sources.yaml', 'utf-8'))[0].id;
const roleplay = readdirSync(`content/roleplays/${locale}`).filter((name) => name.endsWith('.yaml')).sort()[0].replace(/\.yaml$/, '');

writeFileSync(
  lessonFile,
  `---
title: TODO ${slug}
summary: TODO One or two sentences for the course map.
minutes: 10
workshopMinutes: 20
objectives:
  - TODO Explain the first idea of the lesson
  - TODO Apply it to a situation from your work
sources:
  - ${source}
---

<FacilitatorNotes timing={{ "first-section": 10, activity: 10 }} roleplay="${roleplay}">

### Discuss

- TODO A question for the group.

### Group activity: TODO

1. TODO The first step.
2. TODO The second step.

### Listen for

- TODO What a good answer says.

</FacilitatorNotes>

## TODO First section {/* #first-section */}

TODO The lesson's text, drawn from ${source}.

<TryIt>
TODO A short reflection prompt.
</TryIt>

<Takeaways>
- TODO The first thing to remember.
</Takeaways>
`,
);

const common = (id) => `  - id: ${id}
    section: first-section
    source: ${source}
    principle: TODO The principle it practises.`;
writeFileSync(
  quizFile,
  `# The knowledge check of ${lessonFile}: see the README (Authoring) for every question type.
questions:
${common('first-idea')}
    type: single
    prompt: TODO A question about the first section?
    options:
      - text: TODO The right answer.
        correct: true
        feedback: TODO Why it is right.
      - text: TODO A wrong answer.
        feedback: TODO Why it is wrong.
${common('true-or-false')}
    type: true-false
    prompt: TODO A statement to judge.
    answer: true
    explanation: TODO Why it is true.
${common('in-order')}
    type: ordering
    prompt: TODO Put these steps in order.
    items:
      - TODO First step
      - TODO Second step
      - TODO Third step
    explanation: TODO Why this order.
`,
);

const lines = courseText.split('\n');
const start = lines.findIndex((line) => /^lessons:\s*$/.test(line));
if (start < 0) fail('content/course.yaml: no "lessons:" list (one "  - slug" per line)');
let end = start + 1;
while (end < lines.length && /^\s+- /.test(lines[end])) end += 1;
const at = after ? lines.findIndex((line, index) => index > start && index < end && line.trim() === `- ${after}`) + 1 : end;
lines.splice(at, 0, `  - ${slug}`);
writeFileSync('content/course.yaml', lines.join('\n'));
console.log(`Created ${lessonFile} and ${quizFile}, and listed "${slug}" in content/course.yaml${after ? ` after "${after}"` : ''}.\nNext: replace every TODO, then npm run check:content.`);
