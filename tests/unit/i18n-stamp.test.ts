import { describe, expect, it } from 'vitest';
import { stampFrontmatter, stampListItem, stampTopLevel } from '../../src/lib/i18n/stamp';

describe('stamping translatedFrom', () => {
  it('adds or refreshes it in MDX frontmatter, leaving the body alone', () => {
    const mdx = '---\ntitle: ع\nminutes: 12\n---\n\n## x {/* #x */}\ntranslatedFrom: body\n';
    expect(stampFrontmatter(mdx, 'aaaaaaaaaaaa')).toBe('---\ntitle: ع\nminutes: 12\ntranslatedFrom: aaaaaaaaaaaa\n---\n\n## x {/* #x */}\ntranslatedFrom: body\n');
    expect(stampFrontmatter(stampFrontmatter(mdx, 'aaaaaaaaaaaa'), 'bbbbbbbbbbbb')).toBe('---\ntitle: ع\nminutes: 12\ntranslatedFrom: bbbbbbbbbbbb\n---\n\n## x {/* #x */}\ntranslatedFrom: body\n');
    expect(() => stampFrontmatter('no frontmatter', 'a')).toThrow(/no frontmatter/);
  });

  it('adds or refreshes a top-level key before the first key, after leading comments', () => {
    const yaml = '# a comment\ntitle: x\nnodes: {}\n';
    expect(stampTopLevel(yaml, 'aaaaaaaaaaaa')).toBe('# a comment\ntranslatedFrom: aaaaaaaaaaaa\ntitle: x\nnodes: {}\n');
    expect(stampTopLevel(stampTopLevel(yaml, 'aaaaaaaaaaaa'), 'bbbbbbbbbbbb')).toBe('# a comment\ntranslatedFrom: bbbbbbbbbbbb\ntitle: x\nnodes: {}\n');
    expect(stampTopLevel('# only a comment', 'cccccccccccc')).toBe('# only a comment\ntranslatedFrom: cccccccccccc');
  });

  it('adds or refreshes it on one list item, at the item\'s indentation', () => {
    const quiz = 'questions:\n  - id: one\n    type: single\n\n    # note\n    options:\n      - text: a\n        translatedFrom: not-this\n  - id: "two"\n    translatedFrom: 000000000000\n    type: single\n';
    const once = stampListItem(quiz, 'one', 'aaaaaaaaaaaa');
    expect(once).toBe('questions:\n  - id: one\n    translatedFrom: aaaaaaaaaaaa\n    type: single\n\n    # note\n    options:\n      - text: a\n        translatedFrom: not-this\n  - id: "two"\n    translatedFrom: 000000000000\n    type: single\n');
    expect(stampListItem(once, 'two', 'bbbbbbbbbbbb')).toContain('  - id: "two"\n    translatedFrom: bbbbbbbbbbbb\n    type: single\n');
    expect(stampListItem('- id: a.b\n  term: x', 'a.b', 'cccccccccccc')).toBe('- id: a.b\n  translatedFrom: cccccccccccc\n  term: x');
    expect(stampListItem('- id: last', 'last', 'dddddddddddd')).toBe('- id: last\n  translatedFrom: dddddddddddd');
    expect(() => stampListItem(quiz, 'three', 'a')).toThrow(/no item "- id: three"/);
  });
});
