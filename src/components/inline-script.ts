import { createHash } from 'node:crypto';

/**
 * The Content Security Policy source that allows one inline script, as the
 * browser hashes it: the exact text between <script> and </script>.
 * Build time only (Node's crypto). See InlineScript.astro.
 */
export function inlineScriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code.trim(), 'utf8').digest('base64')}`;
}
