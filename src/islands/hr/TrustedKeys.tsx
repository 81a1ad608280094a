/** Keys HR trusts besides the build's: pasted in for this page only (a trainer's key not yet in the course settings). */
import { useState } from 'preact/hooks';
import type { TrustedSigner } from '../../lib/trust/signature';

interface Props {
  /** The build's trusted trainers (content/course.yaml). */
  builtIn: readonly TrustedSigner[];
  hydrated: boolean;
  onTrust: (signers: readonly TrustedSigner[]) => void;
  t: (key: string, values?: Record<string, string | number>) => string;
}

export default function TrustedKeys({ builtIn, hydrated, onTrust, t }: Props) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  return (
    <details class="hr-keys">
      <summary>{t('hr.keysHeading', { count: builtIn.length })}</summary>
      {builtIn.length > 0 && (
        <ul>
          {builtIn.map((signer) => (
            <li key={signer.key}>
              <bdi>{signer.name}</bdi>
            </li>
          ))}
        </ul>
      )}
      <p>
        <label for="hr-keys-text">{t('hr.keysLabel')}</label>
        <span class="question__hint" id="hr-keys-hint">
          {t('hr.keysHint')}
        </span>
        <textarea id="hr-keys-text" rows={3} dir="ltr" aria-describedby="hr-keys-hint" value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </p>
      <p>
        <button
          type="button"
          class="button button--quiet"
          disabled={!hydrated}
          onClick={async () => {
            // Loaded when used: most HR pages never add a key.
            const { parsePastedSigners } = await import('../../lib/trust/pasted');
            const pasted = parsePastedSigners(text);
            onTrust(pasted.signers);
            setMessage(
              pasted.unreadable.length
                ? `${t('hr.keysAdded', { count: pasted.signers.length })} ${t('hr.keysUnreadable', { lines: pasted.unreadable.join(', ') })}`
                : t('hr.keysAdded', { count: pasted.signers.length }),
            );
          }}
        >
          {t('hr.keysUse')}
        </button>
      </p>
      <p role="status">{message}</p>
    </details>
  );
}
