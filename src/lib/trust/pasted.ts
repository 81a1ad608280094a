/**
 * Public keys HR pastes in to trust besides the build's (a trainer's key not
 * yet in content/course.yaml): one a line, the trainer's name, then the key.
 * They count for this page only, from any date.
 */
import { KEY_PATTERN } from './keys';
import type { TrustedSigner } from './signature';

export interface Pasted {
  readonly signers: readonly TrustedSigner[];
  /** Lines (from 1) with no key on them. */
  readonly unreadable: readonly number[];
}

export function parsePastedSigners(text: string): Pasted {
  const signers: TrustedSigner[] = [];
  const unreadable: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const words = line.trim().split(/\s+/);
    const key = words.pop()!;
    const name = words.join(' ').replace(/[\s:,;|-]+$/, '');
    if (KEY_PATTERN.test(key) && name) signers.push({ name, key, validFrom: '1970-01-01' });
    else unreadable.push(index + 1);
  });
  return { signers, unreadable };
}
