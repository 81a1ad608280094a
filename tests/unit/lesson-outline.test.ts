/** A lesson's outline, read once at content sync (src/lib/content/outline.ts). */
import { describe, expect, it } from 'vitest';
import { lessonOutlineOf } from '../../src/lib/content/outline';

const lesson = [
  '---',
  'title: T',
  'sources: [a]',
  '---',
  '',
  '<FacilitatorNotes timing={{ "first-part": 4, "تمهيد": 2, activity: 12 }} roleplay="late-salon">',
  '',
  '### For discussion',
  '',
  '</FacilitatorNotes>',
  '',
  '## First *part* {/* #first-part */}',
  '',
  'Text with <Term id="moment-of-truth">a term</Term> and <LessonLink to="other" section="x">a link</LessonLink>.',
  '',
  '```md',
  '## Not a heading',
  '<Stat value="1" source="no">',
  '```',
  '',
  '## Second part',
  '',
  '<Stat value="96%" source="a">',
  'text',
  '</Stat>',
  '<Story title="A &quot;story&quot;" source="a" />',
].join('\r\n');

describe('lesson outline', () => {
  const outline = lessonOutlineOf(lesson);

  it('lists section ids outside the facilitator notes, explicit ids first, else the slug of the text', () => {
    expect(outline.sections).toEqual(['first-part', 'second-part']);
    expect([...outline.headings]).toEqual([
      ['for-discussion', 'For discussion'],
      ['first-part', 'First part'],
      ['second-part', 'Second part'],
    ]);
    expect(outline.frontmatter).toBe('title: T\nsources: [a]');
    expect(outline.unmarked).toEqual(['Second part']);
  });

  it('reads the facilitator timing and role-play', () => {
    expect(outline.timing).toEqual({ 'first-part': 4, 'تمهيد': 2, activity: 12 });
    expect(outline.roleplay).toBe('late-salon');
  });

  it('lists the components that point at other content, with their string props and lines, outside code', () => {
    expect(outline.components.map(({ name, props, line }) => [name, props, line])).toEqual([
      ['FacilitatorNotes', { roleplay: 'late-salon' }, 6],
      ['Term', { id: 'moment-of-truth' }, 14],
      ['LessonLink', { to: 'other', section: 'x' }, 14],
      ['Stat', { value: '96%', source: 'a' }, 23],
      ['Story', { title: 'A &quot;story&quot;', source: 'a' }, 26],
    ]);
  });

  it('reads a lesson without frontmatter or notes', () => {
    const plain = lessonOutlineOf('## Only {/* #only */}\n');
    expect(plain).toMatchObject({ frontmatter: '', sections: ['only'], timing: undefined, roleplay: undefined, components: [] });
    expect(lessonOutlineOf('<FacilitatorNotes roleplay="x">\n</FacilitatorNotes>\n').timing).toEqual({});
  });
});
