/** A signature's verdict in plain words of the page's language ("trust." interface strings). Apart from the crypto, for pages that only show verdicts. */
import type { InvalidReason } from './signature';

type Translate = (key: string, values?: Record<string, string | number>) => string;

export const INVALID_REASON_KEYS: Readonly<Record<InvalidReason, string>> = {
  malformed: 'trust.reason.malformed',
  changed: 'trust.reason.changed',
  'unknown-signer': 'trust.reason.unknownSigner',
  tampered: 'trust.reason.tampered',
  'not-yet-valid': 'trust.reason.notYetValid',
  expired: 'trust.reason.expired',
};

export type SignatureStatus = { readonly status: 'verified'; readonly signer: string } | { readonly status: 'self-reported' } | { readonly status: 'invalid'; readonly reason: InvalidReason };

/** "verified by Omar Haddad", "self-reported", "signature invalid: changed after it was signed". */
export function signatureWords(signature: SignatureStatus, t: Translate): string {
  if (signature.status === 'verified') return t('trust.verifiedBy', { signer: signature.signer });
  if (signature.status === 'self-reported') return t('trust.selfReported');
  return `${t('trust.invalid')}: ${t(INVALID_REASON_KEYS[signature.reason])}`;
}
