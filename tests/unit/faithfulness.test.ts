/**
 * Faithfulness (issue 19): what the course says in its own name is labelled as
 * its own and never carries a source id; every disagreement shows both sides;
 * and the defects found in review (claims the sources do not make, one side of
 * a disagreement, a garbled sentence read as a fact) stay fixed. Reads the
 * authored files in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function read(folder: string, ext: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, encoding: 'utf-8' })
      .filter((file) => file.endsWith(ext))
      .map((file) => [`${folder}/${file}`, readFileSync(`${folder}/${file}`, 'utf-8')]),
  );
}

const lessons = read('content/lessons', '.mdx');
const quizzes = read('content/quizzes', '.yaml');
const roleplays = read('content/roleplays', '.yaml');
const en = (slug: string) => lessons.get(`content/lessons/en/${slug}.mdx`)!;
const quiz = (slug: string) => parse(quizzes.get(`content/quizzes/en/${slug}.yaml`)!) as { questions: Array<{ id: string; prompt: string; options?: Array<{ text: string; feedback: string }> }> };

/** A source cited by its short id "(000)" or its file name. */
const SOURCE_ID = /\b00[0-4]\b|\d{3}_[0-9a-f]{16}\.txt/;
/** How lessons say that a claim is the course's, not a source's. */
const OURS_LABEL = /\bours\b|\bour (own|gloss|reading)\b|the course's (own|view|advice|reasoning|gloss|reading)|course's own/i;
/** The same label in Arabic: "the course itself", "ours", "our reading", "the lesson's view". */
const OURS_LABEL_AR = /الدورة نفسها|دورتنا نفسها|من عندنا|تفسيرنا|قراءتنا|رأي الدرس|رأينا|استنتاجات? الدورة/;
/** The label in each translation, as the translators' brief sets it. */
const OURS_LABELS: Record<string, RegExp> = {
  ar: OURS_LABEL_AR,
  ru: /наш собственный вывод|так считает наш курс/i,
  el: /δικό μας συμπέρασμα|η δική μας ανάγνωση/i,
  hu: /a tanfolyam saját következtetése|saját olvasatunk/i,
};
const oursLabel = (file: string) => OURS_LABELS[/\/lessons\/([a-z]{2})\//.exec(file)?.[1] ?? 'en'] ?? OURS_LABEL;

function split(text: string): { ours: string[]; body: string } {
  const [, front = '', ...rest] = text.split(/^---$/m);
  const body = rest.join('---').replace(/<FacilitatorNotes\b[\s\S]*?<\/FacilitatorNotes>/, '');
  return { ours: (parse(front) as { ours?: string[] }).ours ?? [], body };
}

/** Where `claim` is stated in `body` (whitespace and emphasis do not matter): each time, its sentence and paragraph, and the component it sits in. */
function whereStated(body: string, claim: string): Array<{ sentence: string; paragraph: string; inside: string | undefined }> {
  const words = claim.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(words.join('[\\s*]+'), 'gi');
  return [...body.matchAll(pattern)].map((match) => {
    const at = match.index;
    const paragraphStart = body.lastIndexOf('\n\n', at) + 1;
    const paragraphEnd = body.indexOf('\n\n', at);
    const paragraph = body.slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd).replace(/\s+/g, ' ');
    const lead = body.slice(paragraphStart, at);
    const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf(': '), lead.lastIndexOf('"'), lead.lastIndexOf('(')) + 1;
    const rest = body.slice(at + match[0].length);
    const sentenceEnd = rest.search(/[.;)]/);
    const sentence = (lead.slice(sentenceStart) + match[0] + rest.slice(0, sentenceEnd < 0 ? undefined : sentenceEnd)).replace(/\s+/g, ' ');
    // A claim inside a figure or a story would be given that component's source.
    const before = body.slice(0, at);
    const open = [...before.matchAll(/<(Stat|Story)\b/g)].pop();
    const inside = open && !before.slice(open.index).includes(`</${open[1]}>`) ? open[1] : undefined;
    return { sentence, paragraph, inside };
  });
}

describe('the course’s own reasoning ("ours" in a lesson’s frontmatter)', () => {
  const withOurs = [...lessons].filter(([, text]) => split(text).ours.length > 0);

  it('is used by the lessons that reason on their own, and by their translations with as many claims', () => {
    for (const [file, text] of withOurs) {
      const original = lessons.get(file.replace(/\/lessons\/[a-z]{2}\//, '/lessons/en/'));
      expect(original && split(original).ours.length, file).toBe(split(text).ours.length);
    }
    expect(withOurs.map(([file]) => file).filter((file) => file.includes('/en/')).sort()).toEqual(
      [
        'complaint-mistakes',
        'handling-complaints',
        'numbers-that-matter',
        'ready-for-service',
        'team-spirit',
        'what-customers-expect',
      ].map((slug) => `content/lessons/en/${slug}.mdx`),
    );
  });

  it.each(withOurs)('%s states each claim, labelled as ours, and never with a source id', (file, text) => {
    const { ours, body } = split(text);
    for (const claim of ours) {
      expect(claim, `${file}: the claim itself`).not.toMatch(SOURCE_ID);
      const places = whereStated(body, claim);
      expect(places.length, `${file}: "${claim}" is not stated in the lesson`).toBeGreaterThan(0);
      for (const { sentence, paragraph, inside } of places) {
        expect(sentence, `${file}: "${claim}" is given a source`).not.toMatch(SOURCE_ID);
        expect(paragraph, `${file}: "${claim}" is not labelled as the course's`).toMatch(oursLabel(file));
        expect(inside, `${file}: "${claim}" sits in a component that names a source`).toBeUndefined();
      }
    }
  });

  it('finds a claim wherever it is stated, and notices a source or a missing label', () => {
    const body = 'Intro.\n\nThe course\'s own reasoning: a **is**\nb.\n\nThe post says c is d (000).\n\nPlain: e is f.\n\n<Stat value="1" source="x">\ng is h.\n</Stat>\n\nAgain, a is b.';
    const [first, again] = whereStated(body, 'a is b');
    expect(first).toMatchObject({ sentence: ' a **is** b', inside: undefined });
    expect(first!.paragraph).toMatch(OURS_LABEL);
    expect(again!.paragraph).not.toMatch(OURS_LABEL);
    expect(whereStated(body, 'c is d')[0]!.sentence).toMatch(SOURCE_ID);
    expect(whereStated(body, 'e is f')[0]!.paragraph).not.toMatch(OURS_LABEL);
    expect(whereStated(body, 'g is h')[0]!.inside).toBe('Stat');
    expect(whereStated(body, 'x is y')).toEqual([]);
  });
});

describe('disagreements', () => {
  const boxes = [...lessons].flatMap(([file, text]) => [...text.matchAll(/<Disagree\b[^>]*>([\s\S]*?)<\/Disagree>/g)].map((match) => [file, match[1]!] as const));

  it.each(boxes)('%s: a <Disagree> shows both sides, each with its source', (file, box) => {
    const cited = new Set([...box.matchAll(/\b(00[0-4])\b/g)].map((match) => match[1]));
    expect(cited.size, file).toBeGreaterThanOrEqual(2);
    // Each side is a list item of its own, with its source.
    const sides = box.split('\n').filter((line) => /^- /.test(line));
    expect(sides.length, file).toBeGreaterThanOrEqual(2);
  });

  it('shows the 4% tension: only 4% of angry customers won back (000) against a complaint as a chance for more trust (001)', () => {
    const tension = boxes.find(([file, box]) => file.includes('/en/') && box.includes('**4%**'));
    expect(tension).toBeDefined();
    const [, box] = tension!;
    expect(box).toMatch(/4%\*\* of angry customers[^\n]*\(000\)/);
    expect(box).toMatch(/more mutual\s+trust\*\*[^\n]*\(001/);
    // Any reconciliation is the course's, and says so.
    expect(box).toMatch(OURS_LABEL);
    // The quiz feedback that reconciles them says it is ours, too.
    const feedback = quiz('numbers-that-matter').questions
      .find((question) => question.id === 'complaint-chance')!
      .options!.find((option) => option.text.includes('4%'))!.feedback;
    expect(feedback).toMatch(/000/);
    expect(feedback).toMatch(/001/);
    expect(feedback).toMatch(/our own reading, not a source's/i);
  });

  it('never gives one side alone in a role-play: 96% with 80%, 13 with 15 to 20', () => {
    for (const [file, text] of roleplays) {
      for (const line of text.split('\n')) {
        if (line.includes('96%')) expect(line, file).toContain('80%');
        // "15 to 20" in English, "15-20" or "15 إلى 20" in Arabic.
        if (/\b13\b/.test(line) && /people|شخص|فرد/.test(line)) expect(line, file).toMatch(/15 to 20|15-20|15 إلى 20/);
        if (/15 to 20|15-20|15 إلى 20/.test(line)) expect(line, file).toMatch(/\b13\b/);
      }
    }
  });
});

describe('what the sources say, and no more (issue 19)', () => {
  const english = [...lessons, ...quizzes, ...roleplays].filter(([file]) => file.includes('/en/'));
  const all = (pattern: RegExp) => english.filter(([, text]) => pattern.test(text)).map(([file]) => file);

  it('says of the numbers only what each source says (1, 6)', () => {
    const numbers = en('numbers-that-matter');
    expect(numbers).not.toMatch(/all three agree/i);
    // 001 speaks of the discontented (الساخطين), 000 of the angry (الغاضبين).
    for (const [, source, body] of numbers.matchAll(/<Stat value="[^"]+" source="(\d{3})[^"]*">([\s\S]*?)<\/Stat>/g)) {
      if (source === '001') expect(body).not.toMatch(/angry/);
    }
    expect(numbers).toMatch(/<Stat value="4%" source="000[^>]*>\s*of angry customers/);
    expect(numbers.match(/<Stat /g)!.length).toBeLessThanOrEqual(8);
  });

  it('shows garbled passages of 002 as unclear instead of guessing (2, 3, 4, 5)', () => {
    expect(all(/nobody has complained/i)).toEqual([]);
    expect(en('superior-service')).toContain('nobody has experienced us');
    expect(all(/called back only days later|happened a few days later|the estate agent called back/i)).toEqual([]);
    expect(en('what-customers-expect')).toContain('"I called myself"');
    expect(all(/in front of others|everyone else smiled/i)).toEqual([]);
    expect(en('what-customers-expect')).not.toMatch(/\bregular\b/i);
    expect(quizzes.get('content/quizzes/en/what-customers-expect.yaml')).not.toMatch(/\bregular\b/i);
    expect(all(/consultant/i)).toEqual([]);
  });

  it('credits each idea to the source that gives it (7, 8, 9)', () => {
    expect(all(/talk to your manager/i)).toEqual([]);
    expect(all(/forgetting is worse than saying no/i)).toEqual([]);
    expect(all(/does not define it further/i)).toEqual([]);
    expect(all(/written years apart/i)).toEqual([]);
    expect(en('complaint-mistakes')).not.toContain('(steps 14 and 16)');
    expect(quiz('handling-complaints').questions.find((question) => question.id === 'all-steps')!.prompt).toMatch(OURS_LABEL);
    expect(quiz('ready-for-service').questions.find((question) => question.id === 'first-impression')!.prompt).toMatch(OURS_LABEL);
    const coffee = roleplays.get('content/roleplays/en/coffee-regular.yaml')!;
    for (const line of coffee.split('\n').filter((text) => /argu/i.test(text) && /principle/.test(text))) expect(line).toMatch(/001|002/);
    expect(coffee).toMatch(/course's own conclusion, not the article's/);
  });

  it('teaches the strongest agreements in the closing lesson, citing 003 (13)', () => {
    const closing = en('shared-principles');
    expect(closing).toContain('003_307329248a910464.txt');
    for (const [heading, ids] of [
      ['Moments of truth', ['000', '003']],
      ['Go beyond what the customer expects', ['000', '004']],
      ['Keep your promises', ['000', '001', '002']],
    ] as const) {
      const section = closing.split(new RegExp(`## ${heading}(?: \\{/\\* #[a-z0-9-]+ \\*/\\})?\\n`))[1]!.split('\n## ')[0]!;
      for (const id of ids) expect(section, heading).toContain(`(${id})`);
    }
    expect(all(/relationship management/i)).toEqual([]);
    expect(en('handling-complaints')).toMatch(/"the centre" \((<span lang="ar" dir="rtl">)?المركز(<\/span>)?\)/);
  });
});

describe('the Arabic course (14)', () => {
  const arabic = [...lessons, ...quizzes, ...roleplays].filter(([file]) => file.includes('/ar/'));
  const ui = JSON.parse(readFileSync('content/ui/ar.json', 'utf-8')) as Record<string, unknown>;

  it('gives 003 one name, counts moments of truth, and says punctuality', () => {
    for (const [file, text] of arabic) {
      expect(text, file).not.toMatch(/المحاضرات|(?<!مذكرات )المحاضرة الروسية|لا تُحصى|الدقة/);
      expect(text, file).not.toMatch(/المستشار|العميلة إلى الانتظار/);
    }
    expect(arabic.some(([, text]) => text.includes('مذكرات المحاضرة الروسية (003)'))).toBe(true);
  });

  it('uses one word for True and one for the final assessment, and plain names for navigation and cards', () => {
    expect(ui['nav.label']).toBe('التنقل الرئيسي');
    expect(ui['print.true']).toBe(ui['quiz.true']);
    const text = JSON.stringify(ui);
    expect(text).not.toContain('التقييم النهائي');
    expect(text).not.toContain('بطاقات الأزواج');
  });
});
