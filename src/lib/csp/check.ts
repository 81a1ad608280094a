/**
 * Checks a built page against its own Content Security Policy meta tag, so a
 * script or style the policy would block fails the build (scripts/postbuild.mjs)
 * instead of failing silently in a learner's browser.
 *
 * Pure: the hash function is passed in (Node's crypto at build time).
 */

/** A policy's directives: name -> its sources, in order. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses a policy's text ("script-src 'self' 'sha256-…'; style-src 'self'"). The first of a repeated directive wins, as in browsers. */
export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern `<script>` (or `<style>`) elements: the -elem directive, else the plain one, else default-src. */
function elementSources(policy: Policy, kind: 'script' | 'style'): readonly string[] | undefined {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
}

const decode = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Data blocks are not run, so the policy does not cover them. */
const isDataBlock = (attributes: string) => /\stype=["']?(application\/(ld\+)?json|importmap-not-run|text\/plain)["'\s>]/i.test(` ${attributes} `);

/**
 * What the page's policy would block, as sentences: no policy (or one placed
 * after a script or style, which browsers then ignore for them), a policy that
 * allows any inline script or eval, an inline script or style whose hash it
 * lacks, and the inline forms no hash can allow (style="…", onclick="…",
 * javascript: addresses).
 */
export function cspProblems(html: string, sha256: (text: string) => string): string[] {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi)];
  if (metas.length !== 1) return [metas.length === 0 ? 'no Content-Security-Policy meta tag' : `${metas.length} Content-Security-Policy meta tags (one expected)`];
  const meta = metas[0]!;
  const content = /\scontent="([^"]*)"/i.exec(meta[0]);
  if (!content) return ['the Content-Security-Policy meta tag has no content'];
  const policy = parsePolicy(decode(content[1]!));
  const problems: string[] = [];

  const firstActive = [...html.matchAll(/<script\b([^>]*)>|<style\b|<link\b[^>]*rel=["']?stylesheet/gi)].find((m) => m[1] === undefined || !isDataBlock(m[1]))?.index ?? -1;
  if (firstActive !== -1 && firstActive < meta.index!) problems.push('the Content-Security-Policy meta tag comes after a script or style, which it then does not cover');

  const scripts = elementSources(policy, 'script');
  const styles = elementSources(policy, 'style');
  if (!scripts) problems.push('the policy has no script-src (nor default-src)');
  if (!styles) problems.push('the policy has no style-src (nor default-src)');
  for (const [name, sources] of policy) {
    if (!/^(script|default)-src/.test(name)) continue;
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    if (/\ssrc=/i.test(` ${attributes}`) || isDataBlock(attributes!) || body === '') continue;
    const hash = `'sha256-${sha256(body!)}'`;
    if (scripts && !scripts.includes(hash)) problems.push(`inline script without its hash in the policy: ${hash} (${body!.trim().slice(0, 60)}…)`);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const hash = `'sha256-${sha256(match[1]!)}'`;
    if (styles && !styles.includes(hash)) problems.push(`inline style without its hash in the policy: ${hash}`);
  }
  // Markup only: what scripts and styles hold is code, not tags.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '<script>').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '<style>');
  for (const tag of markup.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const attributes = tag[0].replace(/^<[\w-]+/, '');
    const name = /^<([\w-]+)/.exec(tag[0])![1]!.toLowerCase();
    if (name === 'meta') continue;
    if (/\sstyle=/i.test(attributes)) problems.push(`a style attribute, which the policy blocks: ${tag[0].slice(0, 80)}`);
    const handler = /\s(on[a-z]+)=/i.exec(attributes);
    if (handler) problems.push(`an inline event handler (${handler[1]}), which the policy blocks: ${tag[0].slice(0, 80)}`);
    if (/\s(href|src|action)=["']?\s*javascript:/i.test(attributes)) problems.push(`a javascript: address, which the policy blocks: ${tag[0].slice(0, 80)}`);
  }
  return problems;
}
