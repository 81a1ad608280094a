/** What a lesson's components point at (src/lib/content/references.ts), checked at content sync. */
import { describe, expect, it } from 'vitest';
import { lessonOutlineOf } from '../../src/lib/content/outline';
import { componentProblems, type ReferenceContext } from '../../src/lib/content/references';

const context: ReferenceContext = {
  file: 'content/lessons/ar/x.mdx',
  locale: 'ar',
  defaultLocale: 'en',
  sources: ['000.txt'],
  workshopMinutes: 20,
  pageSections: ['try-it'],
  extraTimingKeys: ['activity'],
  glossary: ['moment-of-truth'],
  roleplays: ['late-salon'],
  lessons: ['x', 'other'],
  sectionsOf: (slug) => new Set(slug === 'other' ? ['try-it', 'steps'] : []),
  propsProblems: (name, props) => (name === 'Stat' && props.value === '' ? ['value: Too small'] : []),
};

const check = (body: string, overrides: Partial<ReferenceContext> = {}) => componentProblems(lessonOutlineOf(`---\ntitle: T\n---\n${body}`), { ...context, ...overrides });

describe('lesson component references', () => {
  it('accepts components that point at what exists', () => {
    expect(
      check(
        '<FacilitatorNotes timing={{ "intro": 10, "try-it": 5, activity: 5 }} roleplay="late-salon">\n</FacilitatorNotes>\n## Intro {/* #intro */}\n<Stat value="96%" source="000.txt">x</Stat> <Story title="S" source="000.txt">y</Story>\n<Term id="moment-of-truth">t</Term> <LessonLink to="other" section="steps">l</LessonLink> <LessonLink to="x">self</LessonLink>\n<Stat value={v} />',
      ),
    ).toEqual([]);
  });

  it('names the file, the line and each problem, with what is known', () => {
    expect(check('\n<Stat value="" source="009.txt">x</Stat>\n<Story title="S" source="009.txt" />\n<Term id="nope">t</Term>\n<LessonLink to="gone">l</LessonLink>\n<LessonLink to="other" section="nine">l</LessonLink>')).toEqual([
      'Invalid <Stat> in content/lessons/ar/x.mdx:5\n  - value: Too small\n  - source: "009.txt" is not one of the lesson\'s sources (000.txt)',
      'Invalid <Story> in content/lessons/ar/x.mdx:6\n  - source: "009.txt" is not one of the lesson\'s sources (000.txt)',
      'Invalid <Term> in content/lessons/ar/x.mdx:7\n  - id: no glossary entry "nope" in content/glossary/en.yaml',
      'Invalid <LessonLink> in content/lessons/ar/x.mdx:8\n  - to: no lesson "gone" in content/lessons/en; known: x, other',
      'Invalid <LessonLink> in content/lessons/ar/x.mdx:9\n  - section: "#nine" is not a section of the ar page of "other"; known: try-it, steps',
    ]);
  });

  it('a figure, written over several lines and self-closing, names a source of the lesson', () => {
    expect(check('<Figure kind="share" source="000.txt" values="96%"\n  labels="say nothing" caption="C" alt="96" />')).toEqual([]);
    expect(check('\n<Figure\n  kind="share"\n  source="009.txt"\n  values="96%"\n  labels="say nothing"\n/>')).toEqual([
      'Invalid <Figure> in content/lessons/ar/x.mdx:5\n  - source: "009.txt" is not one of the lesson\'s sources (000.txt)',
    ]);
  });

  it('checks facilitator timing keys, their sum and the role-play', () => {
    expect(check('<FacilitatorNotes timing={{ "intro": 10, "outro": 5 }} roleplay="late-saloon">\n</FacilitatorNotes>\n## Intro {/* #intro */}', { workshopMinutes: 20 })).toEqual([
      'Invalid <FacilitatorNotes> in content/lessons/ar/x.mdx:4\n  - timing.outro: not a section of this lesson; use a heading id (try-it, intro) or activity\n  - timing: adds up to 15 minutes, but workshopMinutes in the frontmatter is 20\n  - roleplay: unknown role-play "late-saloon"; known: late-salon',
    ]);
    expect(check('<FacilitatorNotes>\n</FacilitatorNotes>', { workshopMinutes: 0 })).toEqual(['Invalid <FacilitatorNotes> in content/lessons/ar/x.mdx:4\n  - roleplay: unknown role-play ""; known: late-salon']);
  });
});
