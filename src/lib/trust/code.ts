/**
 * A verification code: a signature record (signature.ts) as base64url of its
 * JSON, for the fragment of a /verify/ address (a fragment is never sent to
 * any server). Apart from the crypto, for the certificate page.
 */
import { fromBase64Url, toBase64Url } from './base64url';

/** A signature record as a verification code for a URL fragment (base64url of its JSON). */
// Any record with a completion (signature.ts's SignatureRecord): typed structurally, so this module needs nothing from signature.ts.
export function verificationCode(record: { readonly completion: unknown }): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(record)));
}

/** The record a verification code holds, or null when the code is not one (then the verdict is "malformed"). */
export function readVerificationCode(code: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(code.trim())));
  } catch {
    return null;
  }
}
