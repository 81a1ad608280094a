/**
 * A trainer's signature on this learner's completion, as it came in a signed
 * progress file the learner imported. Kept beside the progress (not in it: the
 * progress document must fit the SCORM 1.2 limit), exported with it, and shown
 * on the certificate as a verification code while the completion is the one
 * that was signed. Untrusted like all storage: the verify page checks it.
 */
import { atom } from 'nanostores';

export const SIGNATURE_KEY = 'mot:signature@1';

function read(): unknown {
  try {
    const text = typeof window === 'undefined' ? null : window.localStorage.getItem(SIGNATURE_KEY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export const $signature = atom<unknown>(read());

/** Keeps the signature of an imported file (a file without one leaves the kept one alone). */
export function keepSignature(signature: unknown): void {
  if (signature === undefined) return;
  $signature.set(signature);
  try {
    window.localStorage.setItem(SIGNATURE_KEY, JSON.stringify(signature));
  } catch {
    // Not kept across visits; the certificate still shows it on this visit.
  }
}
