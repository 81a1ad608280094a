import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/lib/trust/base64url';
import { BACKUP_FORMAT, makeBackup, readBackup } from '../../src/lib/trust/backup';
import {
  ALGORITHM,
  completionOf,
  KEY_PATTERN,
  publicKeyText,
  readVerificationCode,
  signCompletion,
  signedMessage,
  verificationCode,
  verifySignature,
  type SignatureRecord,
  type SignedCompletion,
  type TrustedSigner,
} from '../../src/lib/trust/signature';
import { certificateId } from '../../src/lib/progress/certificate';
import { sameCompletion, signatureFor } from '../../src/lib/trust/completion';
import type { Progress } from '../../src/lib/progress/schema';

const context = { lessons: ['a', 'b'], checks: ['a'], rules: { lessons: true, checks: true, final: true } };
const doc: Progress = {
  v: 2,
  l: { a: { s: 10, c: 20, q: { b: 100, n: 1, h: [100] } }, b: { s: 30, c: 40 } },
  f: { n: 1, s: 7, p: 'abcdef01', r: [], d: 1, l: 90, b: 90, w: 1_795_341_600 },
  u: { n: ' Fatima Al-Zahra ', e: 'E-7' },
};
const AT = 1_795_360_000; // 2026-11-22T15:06:40Z

let keys: CryptoKeyPair;
let other: CryptoKeyPair;
let publicKey: string;
let trusted: TrustedSigner[];
let record: SignatureRecord;
const completion = () => completionOf(doc, 'moments-of-truth', '1', context)!;

beforeAll(async () => {
  keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  other = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  publicKey = await publicKeyText(keys.publicKey);
  trusted = [{ name: 'Omar Haddad', key: publicKey, validFrom: '2026-01-01', validTo: '2026-12-31' }];
  record = await signCompletion(completion(), keys.privateKey, publicKey, 'Omar (as typed)', AT);
});

describe('what is signed', () => {
  it('is the completion the progress shows: name, employee ID, course and version, date, score, certificate ID', () => {
    expect(completion()).toEqual({ n: 'Fatima Al-Zahra', e: 'E-7', c: 'moments-of-truth', cv: '1', d: 1_795_341_600, s: 90, i: certificateId('moments-of-truth', ' Fatima Al-Zahra ', 1_795_341_600) });
    expect(completionOf({ ...doc, u: { n: 'No ID' } }, 'c', '2', context)).toMatchObject({ n: 'No ID', e: '' });
    expect(completionOf({ ...doc, f: undefined }, 'c', '1', { ...context, rules: { ...context.rules, final: false } })).toMatchObject({ s: null, d: 40 });
    // Nothing to sign: not complete, or no name.
    expect(completionOf({ ...doc, l: {} }, 'c', '1', context)).toBeUndefined();
    expect(completionOf({ ...doc, u: undefined }, 'c', '1', context)).toBeUndefined();
    expect(completionOf(doc, 'c', '1', { ...context, lessons: [], checks: [], rules: { lessons: false, checks: false, final: false } })).toBeUndefined();
  });

  it('is one serialisation: the same completion gives the same bytes, names in one Unicode form', () => {
    const decomposed = completionOf({ ...doc, u: { n: 'Zoe\u0308' } }, 'c', '1', context)!;
    const composed = completionOf({ ...doc, u: { n: 'Zoë' } }, 'c', '1', context)!;
    expect(decomposed.n).toBe(composed.n);
    expect(new TextDecoder().decode(signedMessage(completion(), AT))).toBe(
      `["moments-of-truth-completion/1","moments-of-truth","1","Fatima Al-Zahra","E-7",1795341600,90,"${completion().i}",1795360000]`,
    );
  });
});

describe('verifying a signature', () => {
  it('verifies a trusted trainer’s signature, naming the trainer as the build knows them', async () => {
    expect(publicKey).toMatch(KEY_PATTERN);
    expect(await verifySignature(record, completion(), trusted)).toEqual({ status: 'verified', signer: 'Omar Haddad', at: AT, completion: completion() });
  });

  it('says self-reported when there is no signature', async () => {
    expect(await verifySignature(undefined, completion(), trusted)).toEqual({ status: 'self-reported' });
  });

  it('fails when any signed field is changed, in the record or in the file’s progress', async () => {
    const fields = ['n', 'e', 'c', 'cv', 'd', 's', 'i'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 100 })), async (field, change) => {
        const original = record.completion[field];
        const value = typeof original === 'number' || original === null ? (typeof change === 'number' ? change : 7) : `${original}${change}`;
        fc.pre(value !== original);
        const altered = { ...record.completion, [field]: value } as SignedCompletion;
        // The record edited so that it matches an edited file: the signature no longer verifies.
        expect(await verifySignature({ ...record, completion: altered }, altered, trusted)).toMatchObject({ status: 'invalid', reason: 'tampered', signer: 'Omar Haddad' });
        // The file's progress edited, the record left alone: it no longer says what was signed.
        expect(await verifySignature(record, altered, trusted)).toMatchObject({ status: 'invalid', reason: 'changed' });
      }),
      { numRuns: 60 },
    );
    expect(await verifySignature({ ...record, at: AT + 1 }, completion(), trusted)).toMatchObject({ status: 'invalid', reason: 'tampered' });
    expect(await verifySignature(record, undefined, trusted)).toMatchObject({ status: 'invalid', reason: 'changed' });
  });

  it('fails on one changed character of the signature', async () => {
    const flipped = record.sig.slice(0, 10) + (record.sig[10] === 'A' ? 'B' : 'A') + record.sig.slice(11);
    expect(await verifySignature({ ...record, sig: flipped }, completion(), trusted)).toMatchObject({ status: 'invalid', reason: 'tampered' });
  });

  it('names an unknown signer, a key used outside its dates, and a record that is not one', async () => {
    const stranger = await publicKeyText(other.publicKey);
    const forged = await signCompletion(completion(), other.privateKey, stranger, 'Omar Haddad', AT);
    expect(await verifySignature(forged, completion(), trusted)).toMatchObject({ status: 'invalid', reason: 'unknown-signer', completion: completion() });
    // Someone else's key put in place of the trusted one: the signature does not verify with it.
    expect(await verifySignature({ ...forged, key: publicKey }, completion(), trusted)).toMatchObject({ status: 'invalid', reason: 'tampered' });
    expect(await verifySignature(record, completion(), [{ ...trusted[0]!, validFrom: '2026-11-23' }])).toMatchObject({ status: 'invalid', reason: 'not-yet-valid' });
    expect(await verifySignature(record, completion(), [{ ...trusted[0]!, validTo: '2026-11-21' }])).toMatchObject({ status: 'invalid', reason: 'expired' });
    expect(await verifySignature(record, completion(), [{ ...trusted[0]!, validTo: '2026-11-22' }])).toMatchObject({ status: 'verified' });
    expect(await verifySignature(record, completion(), [{ name: 'Open-ended', key: publicKey, validFrom: '2026-11-22' }])).toMatchObject({ status: 'verified', signer: 'Open-ended' });
    for (const bad of [null, 'text', {}, { ...record, v: 2 }, { ...record, sig: 'short' }, { ...record, extra: 1 }]) {
      expect(await verifySignature(bad, completion(), trusted)).toEqual({ status: 'invalid', reason: 'malformed' });
    }
    // A key of the right form that is no point on the curve.
    const notAPoint = `B${'A'.repeat(86)}`;
    expect(await verifySignature({ ...record, key: notAPoint }, completion(), [{ ...trusted[0]!, key: notAPoint }])).toMatchObject({ status: 'invalid', reason: 'malformed' });
  });
});

describe('verification codes', () => {
  it('carry the record in a URL fragment and back; one changed character fails', async () => {
    const code = verificationCode(record);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readVerificationCode(` ${code}\n`)).toEqual(record);
    expect(await verifySignature(readVerificationCode(code), 'skip', trusted)).toMatchObject({ status: 'verified', signer: 'Omar Haddad' });
    let failures = 0;
    for (let at = 0; at < code.length; at += 37) {
      const changed = code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1);
      const verdict = await verifySignature(readVerificationCode(changed), 'skip', trusted);
      expect(verdict.status, `character ${at}`).toBe('invalid');
      failures += 1;
    }
    expect(failures).toBeGreaterThan(5);
    expect(readVerificationCode('not a code!')).toBeNull();
    expect(readVerificationCode(toBase64Url(new Uint8Array([0xff, 0xfe])))).toBeNull();
  });
});

describe('base64url', () => {
  it('round-trips any bytes and refuses other text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(() => fromBase64Url('a+b/')).toThrow('not base64url');
  });
});

describe('the key backup', () => {
  it('restores the private key with the password, and tells a wrong password from a file that is not a backup', async () => {
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
    const text = await makeBackup(pkcs8, 'correct horse battery', 'Omar Haddad', publicKey, 1000);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1, name: 'Omar Haddad', publicKey, iterations: 1000 });
    expect(text).not.toContain(toBase64Url(new Uint8Array(pkcs8)).slice(0, 40));
    const restored = await readBackup(text, 'correct horse battery');
    expect(restored).toMatchObject({ ok: true, name: 'Omar Haddad', publicKey });
    expect(new Uint8Array((restored as { pkcs8: ArrayBuffer }).pkcs8)).toEqual(new Uint8Array(pkcs8));
    // The restored key signs what the published key verifies.
    const key = await crypto.subtle.importKey('pkcs8', (restored as { pkcs8: ArrayBuffer }).pkcs8, ALGORITHM, false, ['sign']);
    expect(await verifySignature(await signCompletion(completion(), key, publicKey, 'x', AT), completion(), trusted)).toMatchObject({ status: 'verified' });

    expect(await readBackup(text, 'wrong password!')).toEqual({ ok: false, problem: 'wrong-password' });
    expect(await readBackup('{', 'x')).toEqual({ ok: false, problem: 'not-backup' });
    expect(await readBackup(JSON.stringify({ format: 'something-else' }), 'x')).toEqual({ ok: false, problem: 'not-backup' });
  });

  it('uses a new salt and IV every time and PBKDF2 with 600,000 rounds by default', async () => {
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
    const [a, b] = await Promise.all([makeBackup(pkcs8, 'pw-1234567890', 'A', publicKey, 10), makeBackup(pkcs8, 'pw-1234567890', 'A', publicKey)]);
    expect(JSON.parse(a).salt).not.toBe(JSON.parse(b).salt);
    expect(JSON.parse(a).iv).not.toBe(JSON.parse(b).iv);
    expect(JSON.parse(b).iterations).toBe(600_000);
  });
});

describe('the signature a certificate shows', () => {
  it('is the kept record while it is about the completion the progress shows, else none', () => {
    const current = completion();
    expect(signatureFor(record, current)).toBe(record);
    expect(signatureFor(record, { ...current, s: 100 })).toBeUndefined();
    expect(signatureFor(record, undefined)).toBeUndefined();
    for (const kept of [undefined, null, 'text', {}, { completion: null }, { completion: 'x' }]) expect(signatureFor(kept, current)).toBeUndefined();
    expect(sameCompletion(current, { ...current })).toBe(true);
  });
});
