import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, failures, report } from '../../scripts/validate-html.mjs';

const webkit = 'Attribute “webkitdirectory” not allowed on element “input” at this point.';
const page = (path: string) => pathToFileURL(resolve('dist', path)).href;

describe('the HTML check (scripts/validate-html.mjs)', () => {
  it('lets through only the documented webkitdirectory error, by its exact message', () => {
    expect(ALLOWED).toEqual([webkit]);
    const messages = [
      { type: 'error', message: webkit, url: page('hr/index.html') },
      { type: 'error', message: 'Attribute “webkitdirectory” not allowed on element “div” at this point.', url: page('hr/index.html') },
      { type: 'error', message: `${webkit} (again)`, url: page('hr/index.html') },
      { type: 'error', subType: 'fatal', message: 'Stray start tag “script”.', url: page('present/x/index.html') },
      { type: 'non-document-error', subType: 'io', message: 'File not found.', url: page('gone.html') },
      { type: 'info', subType: 'warning', message: 'Consider adding a “lang” attribute.', url: page('index.html') },
      { type: 'info', message: 'Trailing slash on void elements.', url: page('index.html') },
    ];
    expect(failures(messages).map((entry) => entry.message)).toEqual([
      'Attribute “webkitdirectory” not allowed on element “div” at this point.',
      `${webkit} (again)`,
      'Stray start tag “script”.',
      'File not found.',
    ]);
    // With nothing allowed, the webkitdirectory error fails like any other.
    expect(failures(messages, [])).toHaveLength(5);
    expect(failures([])).toEqual([]);
  });

  it('prints the errors grouped by page, pages in order, with where and what', () => {
    const text = report(
      [
        { type: 'error', message: 'B', url: page('roleplays/x/index.html'), lastLine: 1, lastColumn: 40, extract: '<meter\n  aria-valuetext="x">' },
        { type: 'error', message: 'A', url: page('index.html'), lastLine: 3 },
        { type: 'error', message: 'C', url: page('roleplays/x/index.html') },
        { type: 'non-document-error' },
      ],
      'dist',
    );
    expect(text.split('\n')).toEqual([
      '(the checker itself)',
      '  non-document-error',
      'index.html',
      '  line 3: A',
      'roleplays/x/index.html',
      '  line 1, column 40: B',
      '    near: <meter aria-valuetext="x">',
      '  C',
    ]);
  });
});
