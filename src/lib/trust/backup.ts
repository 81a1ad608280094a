/**
 * A trainer's signing key, backed up to a file protected by a password. The
 * key lives in the browser (IndexedDB) where it cannot be read out; the backup
 * is made once, when the key is created, and is the only way to move the key
 * to another browser or to get it back after the browser's data is cleared.
 *
 * The private key (PKCS #8) is encrypted with AES-GCM under a key derived from
 * the password with PBKDF2-SHA-256:
 *
 *   { "format": "moments-of-truth-signing-key", "version": 1, "name": <trainer>,
 *     "publicKey": <public key text>, "iterations": <PBKDF2 rounds>,
 *     "salt": <16 bytes>, "iv": <12 bytes>, "data": <ciphertext> }   (bytes as base64url)
 *
 * A wrong password fails AES-GCM's authentication: it is told apart from a
 * file that is not a backup at all.
 */
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from './base64url';

export const BACKUP_FORMAT = 'moments-of-truth-signing-key';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const BACKUP_ITERATIONS = 600_000;
export { MIN_PASSWORD } from './keys';

const Bytes = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/));
const BackupShape = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  name: v.pipe(v.string(), v.maxLength(80)),
  publicKey: v.string(),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
  salt: Bytes,
  iv: Bytes,
  data: Bytes,
});

async function wrappingKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The backup file's text for a private key in PKCS #8. */
export async function makeBackup(pkcs8: ArrayBuffer, password: string, name: string, publicKey: string, iterations = BACKUP_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await wrappingKey(password, salt, iterations), pkcs8);
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, name, publicKey, iterations, salt: toBase64Url(salt), iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) }, null, 2);
}

export type RestoreResult =
  | { readonly ok: true; readonly pkcs8: ArrayBuffer; readonly name: string; readonly publicKey: string }
  | { readonly ok: false; readonly problem: 'not-backup' | 'wrong-password' };

/** The private key from a backup file's text, or why not. Never throws. */
export async function readBackup(text: string, password: string): Promise<RestoreResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-backup' };
  }
  const shape = v.safeParse(BackupShape, parsed);
  if (!shape.success) return { ok: false, problem: 'not-backup' };
  const backup = shape.output;
  try {
    const key = await wrappingKey(password, fromBase64Url(backup.salt), backup.iterations);
    const pkcs8 = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(backup.iv) }, key, fromBase64Url(backup.data));
    return { ok: true, pkcs8, name: backup.name, publicKey: backup.publicKey };
  } catch {
    return { ok: false, problem: 'wrong-password' };
  }
}
