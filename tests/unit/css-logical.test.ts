import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Right-to-left by construction: styles use logical properties
 * (margin-inline-start, inset-inline-end, text-align: start), never physical
 * left/right, so Arabic mirrors without a second stylesheet.
 */
const PHYSICAL = /\b(?:margin|padding|border)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right)/g;

function styleSources(): Array<{ file: string; css: string }> {
  return readdirSync('src', { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.css') || file.endsWith('.astro') || file.endsWith('.tsx'))
    .map((file) => {
      const text = readFileSync(`src/${file}`, 'utf-8');
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style=\{?["'`]([^"'`]*)/g)].map((m) => m[1] ?? m[2]).join('\n');
      return { file, css: css.replace(/\/\*[\s\S]*?\*\//g, '') };
    });
}

describe('styles', () => {
  it('use logical properties only', () => {
    const found = styleSources().flatMap(({ file, css }) => [...css.matchAll(PHYSICAL)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('the check catches physical properties', () => {
    const sample = 'a { margin-left: 1rem; left: 0; text-align: right; float: left; padding-inline-start: 1rem; inset-inline-end: 0 }';
    expect([...sample.matchAll(PHYSICAL)].map((m) => m[0])).toEqual(['margin-left', 'left:', 'text-align: right', 'float: left']);
  });
});

describe('Greek is never uppercased by CSS', () => {
  it('every rule that sets text-transform: uppercase is undone for :lang(el)', () => {
    for (const { file, css } of styleSources()) {
      const uppercased = [...css.matchAll(/([^{}]+)\{[^}]*text-transform:\s*uppercase[^}]*\}/g)].flatMap((match) => match[1]!.split(',').map((selector) => selector.trim()));
      const undone = new Set(
        [...css.matchAll(/([^{}]+)\{[^}]*text-transform:\s*none[^}]*\}/g)].flatMap((match) => match[1]!.split(',').map((selector) => selector.trim().replace(/^:lang\(el\)\s+/, ''))),
      );
      for (const selector of uppercased) expect(undone.has(selector), `${file}: ${selector} is uppercased in Greek`).toBe(true);
    }
  });
});
