import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspProblems, parsePolicy } from '../../src/lib/csp/check';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const hash = (text: string) => `'sha256-${sha256(text)}'`;
const SCRIPT = "document.documentElement.dataset.x='1'";
const STYLE = 'astro-island{display:contents}';
const policy = (extra = '') => `default-src 'self'; script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}${extra}`;
const page = (head: string, body = '', meta = `<meta http-equiv="content-security-policy" content="${policy()}">`) =>
  `<!doctype html><html><head><meta charset="utf-8">${meta}${head}</head><body>${body}</body></html>`;

describe('parsePolicy', () => {
  it('reads directives and their sources; the first of a repeated directive wins; empty parts are skipped', () => {
    const parsed = parsePolicy(" Script-Src 'self' 'sha256-a';; script-src *; img-src data: ;");
    expect([...parsed]).toEqual([
      ['script-src', ["'self'", "'sha256-a'"]],
      ['img-src', ['data:']],
    ]);
  });
});

describe('cspProblems', () => {
  it('passes a page whose inline script and style have their hashes, with data blocks and external files left alone', () => {
    const html = page(
      `<style>${STYLE}</style><script type="module" src="/_astro/x.js"></script>`,
      `<script>${SCRIPT}</script><script type="application/json">{"a":1}</script><script></script><a href="/x/" class="y">x</a>`,
    );
    expect(cspProblems(html, sha256)).toEqual([]);
  });

  it('reads &-escaped policies as the browser does', () => {
    const html = page(`<script>${SCRIPT}</script>`, '', `<meta http-equiv="content-security-policy" content="${policy().replaceAll("'", '&#39;')}&amp;&lt;&gt;&quot;">`);
    expect(cspProblems(html, sha256)).toEqual([]);
  });

  it('requires exactly one policy with content', () => {
    expect(cspProblems('<html><head></head></html>', sha256)).toEqual(['no Content-Security-Policy meta tag']);
    const meta = `<meta http-equiv="content-security-policy" content="${policy()}">`;
    expect(cspProblems(page('', '', meta + meta), sha256)).toEqual(['2 Content-Security-Policy meta tags (one expected)']);
    expect(cspProblems(page('', '', '<meta http-equiv="content-security-policy">'), sha256)).toEqual(['the Content-Security-Policy meta tag has no content']);
  });

  it('finds a policy placed after a script or stylesheet it should cover, but not after a data block', () => {
    const meta = `<meta http-equiv="content-security-policy" content="${policy()}">`;
    const late = `<html><head><script>${SCRIPT}</script>${meta}</head></html>`;
    expect(cspProblems(late, sha256)).toEqual(['the Content-Security-Policy meta tag comes after a script or style, which it then does not cover']);
    const sheet = `<html><head><link rel="stylesheet" href="/a.css">${meta}</head></html>`;
    expect(cspProblems(sheet, sha256)).toHaveLength(1);
    const data = `<html><head><script type="application/json">{}</script>${meta}</head></html>`;
    expect(cspProblems(data, sha256)).toEqual([]);
  });

  it('finds inline scripts and styles without their hashes', () => {
    const problems = cspProblems(page('<style>p{color:red}</style>', '<script>alert(1)</script>'), sha256);
    expect(problems).toEqual([`inline script without its hash in the policy: ${hash('alert(1)')} (alert(1)…)`, `inline style without its hash in the policy: ${hash('p{color:red}')}`]);
  });

  it('uses the -elem directive over the plain one, and default-src when neither is there', () => {
    const elem = `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(SCRIPT)}; script-src-elem 'self'; style-src 'self'">`;
    expect(cspProblems(page('', `<script>${SCRIPT}</script>`, elem), sha256)).toHaveLength(1);
    const fallback = `<meta http-equiv="content-security-policy" content="default-src 'self' ${hash(SCRIPT)} ${hash(STYLE)}">`;
    expect(cspProblems(page(`<style>${STYLE}</style>`, `<script>${SCRIPT}</script>`, fallback), sha256)).toEqual([]);
  });

  it('requires script and style directives', () => {
    const none = `<meta http-equiv="content-security-policy" content="img-src 'self'">`;
    expect(cspProblems(page('', `<script>${SCRIPT}</script><style>${STYLE}</style>`, none), sha256)).toEqual([
      'the policy has no script-src (nor default-src)',
      'the policy has no style-src (nor default-src)',
    ]);
  });

  it("finds policies that let any script run: 'unsafe-inline', 'unsafe-eval', wildcards and schemes", () => {
    const loose = `<meta http-equiv="content-security-policy" content="default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval' data: https: http:; style-src 'self' 'unsafe-inline'">`;
    expect(cspProblems(page('', '', loose), sha256)).toEqual([
      'default-src allows *',
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      'script-src allows data:',
      'script-src allows http:',
      'script-src allows https:',
    ]);
  });

  it('finds what no hash can allow: style attributes, inline event handlers, javascript: addresses; not inside scripts, nor in meta tags', () => {
    const body = `<p style="color:red">a</p><button onclick="go()">b</button><a href="javascript:void 0">c</a><script>${SCRIPT}</script><style>${STYLE}</style><script type="application/json">{"x":"<b style=1>"}</script>`;
    const problems = cspProblems(page('<meta name="x" content="a" style="b">', body), sha256);
    expect(problems).toEqual([
      'a style attribute, which the policy blocks: <p style="color:red">',
      'an inline event handler (onclick), which the policy blocks: <button onclick="go()">',
      'a javascript: address, which the policy blocks: <a href="javascript:void 0">',
    ]);
  });
});
