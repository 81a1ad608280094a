/**
 * A trainer's signature on a learner's completion, checked with no server.
 *
 * What is signed is a completion: the learner's name and employee ID, the
 * course id and version, the completion time, the best final score and the
 * certificate ID, and when it was signed. It is serialised one way only
 * (`signedMessage`: a JSON array in a fixed order, names in Unicode NFC), so
 * the same completion always gives the same bytes, and any change to one
 * field gives other bytes and a signature that no longer verifies.
 *
 * Keys are ECDSA P-256 (WebCrypto, in every browser and in Node). A public
 * key is published as short text: the raw point, base64url (87 characters),
 * listed in content/course.yaml `trustedSigners` with who holds it and when.
 *
 * The signature travels in the progress file, beside the progress document:
 *
 *   "signature": { "v": 1, "key": <public key text>, "signer": <name the trainer gave>,
 *                  "at": <signed, unix seconds>, "sig": <signature, base64url>,
 *                  "completion": { "n", "e", "c", "cv", "d", "s", "i" } }
 */
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from './base64url';
import { sameCompletion, type SignedCompletion } from './completion';
import { ALGORITHM, KEY_PATTERN } from './keys';

export { completionOf, sameCompletion, type SignedCompletion } from './completion';
export { readVerificationCode, verificationCode } from './code';
export { ALGORITHM, KEY_PATTERN } from './keys';

export const SIGNATURE_VERSION = 1;
const MESSAGE_TAG = 'moments-of-truth-completion/1';
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface SignatureRecord {
  readonly v: 1;
  readonly key: string;
  readonly signer: string;
  readonly at: number;
  readonly sig: string;
  readonly completion: SignedCompletion;
}

/** A key the build trusts: content/course.yaml `trustedSigners`. Dates are "YYYY-MM-DD" (UTC). */
export interface TrustedSigner {
  readonly name: string;
  readonly key: string;
  readonly validFrom: string;
  readonly validTo?: string | undefined;
}

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Seconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e12));
const CompletionShape = v.strictObject({
  n: Text(80),
  e: Text(32),
  c: Text(64),
  cv: Text(32),
  d: Seconds,
  s: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  i: Text(32),
});
const RecordShape = v.strictObject({
  v: v.literal(1),
  key: v.pipe(v.string(), v.regex(KEY_PATTERN)),
  signer: Text(80),
  at: Seconds,
  sig: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/)),
  completion: CompletionShape,
});

/** The bytes signed: one serialisation only, every field in a fixed place. */
export function signedMessage(completion: SignedCompletion, at: number): Uint8Array<ArrayBuffer> {
  const { n, e, c, cv, d, s, i } = completion;
  return new TextEncoder().encode(JSON.stringify([MESSAGE_TAG, c, cv, n, e, d, s, i, at]));
}

/** A public key as the short text that goes into content/course.yaml. */
export async function publicKeyText(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** Signs `completion` at `at` (unix seconds) with a trainer's private key. */
export async function signCompletion(completion: SignedCompletion, privateKey: CryptoKey, publicKey: string, signer: string, at: number): Promise<SignatureRecord> {
  const signature = await crypto.subtle.sign(SIGN, privateKey, signedMessage(completion, at));
  return { v: SIGNATURE_VERSION, key: publicKey, signer, at, sig: toBase64Url(new Uint8Array(signature)), completion };
}

export type InvalidReason = 'malformed' | 'changed' | 'unknown-signer' | 'tampered' | 'not-yet-valid' | 'expired';

export type Verdict =
  | { readonly status: 'self-reported' }
  | { readonly status: 'verified'; readonly signer: string; readonly at: number; readonly completion: SignedCompletion }
  | { readonly status: 'invalid'; readonly reason: InvalidReason; readonly completion?: SignedCompletion; readonly signer?: string };

/** "2026-11-22" (UTC) as unix seconds: the start of that day, or the end of it. */
function day(date: string, end: boolean): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000 + (end ? 86_399 : 0);
}

/**
 * What a file's signature proves. `record` is whatever the file holds under
 * "signature" (nothing: self-reported). `current` is the completion the file's
 * progress shows now: a signature over another completion (a score changed
 * since) is invalid, and so is a signature on a file whose progress is not a
 * completion (undefined); "skip" skips that comparison (a verification code
 * carries the completion itself). Only keys in `trusted` verify.
 */
export async function verifySignature(record: unknown, current: SignedCompletion | undefined | 'skip', trusted: readonly TrustedSigner[]): Promise<Verdict> {
  if (record === undefined) return { status: 'self-reported' };
  const parsed = v.safeParse(RecordShape, record);
  if (!parsed.success) return { status: 'invalid', reason: 'malformed' };
  const signed = parsed.output;
  const shown = { completion: signed.completion };
  if (current !== 'skip' && (current === undefined || !sameCompletion(current, signed.completion))) return { status: 'invalid', reason: 'changed', ...shown };
  const signer = trusted.find((entry) => entry.key === signed.key);
  if (!signer) return { status: 'invalid', reason: 'unknown-signer', ...shown };
  const key = await crypto.subtle.importKey('raw', fromBase64Url(signed.key), ALGORITHM, false, ['verify']).catch(() => undefined);
  if (!key) return { status: 'invalid', reason: 'malformed', ...shown };
  const good = await crypto.subtle.verify(SIGN, key, fromBase64Url(signed.sig), signedMessage(signed.completion, signed.at));
  if (!good) return { status: 'invalid', reason: 'tampered', ...shown, signer: signer.name };
  if (signed.at < day(signer.validFrom, false)) return { status: 'invalid', reason: 'not-yet-valid', ...shown, signer: signer.name };
  if (signer.validTo !== undefined && signed.at > day(signer.validTo, true)) return { status: 'invalid', reason: 'expired', ...shown, signer: signer.name };
  return { status: 'verified', signer: signer.name, at: signed.at, completion: signed.completion };
}
