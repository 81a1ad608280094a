import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedTitle, escapeXml, manifest12, manifest2004, xmlId, type ManifestInput } from '../../src/lib/scorm/manifest';
import { relativeAddress, rewriteCss, rewriteHtml, rewritePreloadHelper, upToRoot } from '../../src/lib/scorm/paths';
import { validateManifest } from './scorm-xmllint';

const input: ManifestInput = {
  courseId: 'moments-of-truth',
  titles: [
    ['en', 'Moments of Truth'],
    ['ar', 'لحظات الصدق'],
  ],
  passMark: 80,
  launch: 'scorm/index.html',
  files: ['scorm/index.html', 'index.html', 'ar/index.html', '_astro/a&b.js'],
  version: '0.1.0',
};

function validate(xml: string, version: '1.2' | '2004') {
  const file = join(mkdtempSync(join(tmpdir(), 'mot-manifest-')), 'imsmanifest.xml');
  writeFileSync(file, xml);
  return validateManifest(file, version);
}

/** The elements a manifest must have, read with a namespace-blind pattern (the structure the spec requires). */
function structure(xml: string) {
  const all = (pattern: RegExp) => [...xml.matchAll(pattern)].map((match) => match[1]);
  return {
    organizationsDefault: all(/<organizations default="([^"]+)"/g),
    organizations: all(/<organization identifier="([^"]+)"/g),
    items: all(/<item identifier="[^"]+" identifierref="([^"]+)"/g),
    resources: all(/<resource identifier="([^"]+)"/g),
    launch: all(/<resource [^>]*href="([^"]+)"/g),
    files: all(/<file href="([^"]+)"\/>/g),
  };
}

describe('manifests', () => {
  for (const [version, make] of [
    ['1.2', manifest12],
    ['2004', manifest2004],
  ] as const) {
    it(`SCORM ${version}: one organisation, one item, one SCO at the launch page, every file listed, valid against the schemas`, () => {
      const xml = make(input);
      const found = structure(xml);
      expect(found.organizationsDefault).toEqual(['moments-of-truth-org']);
      expect(found.organizations).toEqual(['moments-of-truth-org']);
      expect(found.items).toEqual(['moments-of-truth-sco']);
      expect(found.resources).toEqual(['moments-of-truth-sco']);
      expect(found.launch).toEqual(['scorm/index.html']);
      expect(found.files).toEqual(['_astro/a&amp;b.js', 'ar/index.html', 'index.html', 'scorm/index.html']);
      expect(xml).toContain('<title>Moments of Truth · لحظات الصدق</title>');
      // The same input gives the same bytes: identifiers do not change between builds.
      expect(make({ ...input, files: [...input.files].reverse() })).toBe(xml);
      const result = validate(xml, version);
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    });
  }

  it('carries the pass mark: 1.2 mastery score, 2004 minimum normalised measure', () => {
    expect(manifest12(input)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest12(input)).toContain('<imsmd:langstring xml:lang="ar">لحظات الصدق</imsmd:langstring>');
    expect(manifest2004({ ...input, passMark: 75 })).toContain('<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>');
    expect(manifest2004(input)).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('the schema check catches a broken manifest', () => {
    const broken = manifest2004(input).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(validate(broken, '2004').ok).toBe(false);
    const wrongOrder = manifest12(input).replace('<title>Moments', '<titel>Moments').replace('</title>', '</titel>');
    expect(validate(wrongOrder, '1.2').ok).toBe(false);
  });

  it('refuses what would make a broken package', () => {
    expect(() => manifest12({ ...input, titles: [] })).toThrow('no title');
    expect(() => manifest12({ ...input, passMark: 80.5 })).toThrow('whole percent');
    expect(() => manifest2004({ ...input, passMark: 101 })).toThrow('whole percent');
    expect(() => manifest2004({ ...input, passMark: -1 })).toThrow('whole percent');
    expect(() => manifest12({ ...input, launch: 'start.html' })).toThrow('not among the package files');
    expect(() => manifest12({ ...input, files: [...input.files, '/etc/passwd'] })).toThrow('not relative');
    expect(() => manifest12({ ...input, files: [...input.files, 'a\\b'] })).toThrow('not relative');
    expect(() => manifest12({ ...input, files: [...input.files, 'a/../../b'] })).toThrow('not relative');
  });

  it('escapes text and makes identifiers', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlId('moments of truth')).toBe('moments-of-truth');
    expect(xmlId('2025 course')).toBe('id-2025-course');
    expect(combinedTitle([['en', 'Same'], ['ar', 'Same']])).toBe('Same');
  });
});

describe('relative addresses', () => {
  const files = new Set(['index.html', 'ar/index.html', 'lessons/x/index.html', '_astro/a.js', '_astro/font.woff2', 'fonts/pdf/a.ttf', 'favicon.svg', 'my file.txt']);

  it('climbs from the file to the root', () => {
    expect(upToRoot('index.html')).toBe('./');
    expect(upToRoot('lessons/x/index.html')).toBe('../../');
  });

  it('points folders at their index.html, keeps hashes and queries, leaves other addresses', () => {
    expect(relativeAddress('/', 'lessons/x/index.html', files)).toBe('../../index.html');
    expect(relativeAddress('/lessons/x/#check', 'index.html', files)).toBe('./lessons/x/index.html#check');
    expect(relativeAddress('/lessons/x', 'ar/index.html', files)).toBe('../lessons/x/index.html');
    expect(relativeAddress('/_astro/a.js?v=1', 'ar/index.html', files)).toBe('../_astro/a.js?v=1');
    expect(relativeAddress('/fonts/pdf/', 'index.html', files)).toBe('./fonts/pdf/');
    expect(relativeAddress('/my%20file.txt', 'index.html', files)).toBe('./my%20file.txt');
    expect(relativeAddress('/missing/', 'index.html', files)).toBeNull();
    expect(relativeAddress('//cdn.example/x.js', 'index.html', files)).toBeNull();
    expect(relativeAddress('#main', 'index.html', files)).toBeNull();
  });

  it('rewrites page attributes and island props, and reports addresses of nothing', () => {
    const html = `<a href="/lessons/x/">L</a><a href="#main">skip</a><a href="https://example.org/">out</a><script type="module" src="/_astro/a.js"></script>
<astro-island component-url="/_astro/a.js" renderer-url="/_astro/a.js" props="{&quot;href&quot;:[0,&quot;/ar/&quot;],&quot;t&quot;:[0,&quot;a/b&quot;]}"></astro-island><a href="/gone/?a=1&amp;b=2">x</a><link href="/favicon.svg?a=1&amp;b=2">`;
    const { text, unresolved } = rewriteHtml(html, 'lessons/x/index.html', files);
    expect(text).toBe(`<a href="../../lessons/x/index.html">L</a><a href="#main">skip</a><a href="https://example.org/">out</a><script type="module" src="../../_astro/a.js"></script>
<astro-island component-url="../../_astro/a.js" renderer-url="../../_astro/a.js" props="{&quot;href&quot;:[0,&quot;../../ar/index.html&quot;],&quot;t&quot;:[0,&quot;a/b&quot;]}"></astro-island><a href="/gone/?a=1&amp;b=2">x</a><link href="../../favicon.svg?a=1&amp;b=2">`);
    expect(unresolved).toEqual(['/gone/?a=1&b=2']);
    expect(rewriteHtml('<p props="{&quot;x&quot;:[0,&quot;/nothing/&quot;]}"></p>', 'index.html', files).unresolved).toEqual(['/nothing/']);
  });

  it('rewrites url() in stylesheets', () => {
    const { text, unresolved } = rewriteCss('a{src:url(/_astro/font.woff2) format("woff2"),url("/_astro/font.woff2"),url(/_astro/gone.woff),url(data:x)}', '_astro/Base.css', files);
    expect(text).toBe('a{src:url(../_astro/font.woff2) format("woff2"),url("../_astro/font.woff2"),url(/_astro/gone.woff),url(data:x)}');
    expect(unresolved).toEqual(['/_astro/gone.woff']);
  });

  it('makes the module-preload helper resolve from its own address, or says it changed', () => {
    expect(rewritePreloadHelper('x=function(e){return`/`+e},n={}')).toBe('x=function(e){return new URL(`../`+e,import.meta.url).href},n={}');
    expect(rewritePreloadHelper('x=function(e){return"/"+e}')).toBeNull();
  });
});
