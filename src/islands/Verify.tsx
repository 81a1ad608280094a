/**
 * The verify page: checks a certificate's verification code (from the
 * address's fragment, or pasted) against the trainers' keys built into this
 * site, with no server and no network: the same check as the HR page
 * (src/lib/trust/signature.ts). Shows exactly what was signed, or why the
 * code fails.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parsePastedSigners } from '../lib/trust/pasted';
import { readVerificationCode, verifySignature, type SignedCompletion, type TrustedSigner, type Verdict } from '../lib/trust/signature';
import { INVALID_REASON_KEYS } from '../lib/trust/words';
import { anyKey, makeTranslator, type UiStrings } from '../lib/ui-strings';
import { useHydrated } from './use-hydrated';

interface Props {
  trustedSigners: TrustedSigner[];
  locale: string;
  strings: UiStrings;
}

export default function Verify({ trustedSigners, locale, strings }: Props) {
  const t = makeTranslator(strings, 'Verify');
  const hydrated = useHydrated();
  const [code, setCode] = useState('');
  const [extra, setExtra] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const result = useRef<HTMLHeadingElement>(null);

  async function check(text: string, focus: boolean) {
    if (!text.trim()) return setVerdict(null);
    const trusted = [...trustedSigners, ...parsePastedSigners(extra).signers];
    setVerdict(await verifySignature(readVerificationCode(text), 'skip', trusted));
    if (focus) requestAnimationFrame(() => result.current?.focus());
  }

  useEffect(() => {
    const fromAddress = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      setCode(hash);
      void check(hash, false);
    };
    fromAddress();
    window.addEventListener('hashchange', fromAddress);
    return () => window.removeEventListener('hashchange', fromAddress);
  }, []);

  const formatDate = (seconds: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(seconds * 1000);
  const signed: SignedCompletion | undefined = verdict && verdict.status !== 'self-reported' ? verdict.completion : undefined;

  return (
    <div class="verify">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void check(code, true);
        }}
      >
        <p>
          <label for="verify-code">{t('verify.code')}</label>
          <textarea id="verify-code" class="verify__code" rows={4} dir="ltr" value={code} onInput={(event) => setCode(event.currentTarget.value)} />
        </p>
        <details>
          <summary>{t('verify.keysHeading', { count: trustedSigners.length })}</summary>
          <p>
            <label for="verify-keys">{t('verify.keysLabel')}</label>
            <span class="question__hint" id="verify-keys-hint">
              {t('verify.keysHint')}
            </span>
            <textarea id="verify-keys" rows={2} dir="ltr" aria-describedby="verify-keys-hint" value={extra} onInput={(event) => setExtra(event.currentTarget.value)} />
          </p>
        </details>
        <p>
          <button type="submit" class="button" disabled={!hydrated}>
            {t('verify.check')}
          </button>
        </p>
      </form>
      <div role="status">
        {verdict && (
          <section class={`notice ${verdict.status === 'verified' ? 'notice--info' : ''}`} aria-labelledby="verify-result">
            <h2 id="verify-result" ref={result} tabIndex={-1}>
              {verdict.status === 'verified' ? t('verify.verified', { signer: verdict.signer }) : t('verify.failed')}
            </h2>
            {verdict.status === 'invalid' && <p>{anyKey(t)(INVALID_REASON_KEYS[verdict.reason])}</p>}
            {signed && (
              <>
                <p>{verdict.status === 'verified' ? t('verify.whatWasSigned') : t('verify.whatItClaims')}</p>
                <dl class="signing__summary">
                  <dt>{t('verify.learner')}</dt>
                  <dd>
                    <bdi>{signed.n}</bdi>
                  </dd>
                  <dt>{t('verify.employeeId')}</dt>
                  <dd>
                    <bdi>{signed.e || '–'}</bdi>
                  </dd>
                  <dt>{t('verify.course')}</dt>
                  <dd>
                    <bdi>{`${signed.c} ${signed.cv}`}</bdi>
                  </dd>
                  <dt>{t('verify.completed')}</dt>
                  <dd>{formatDate(signed.d)}</dd>
                  <dt>{t('verify.score')}</dt>
                  <dd>{signed.s === null ? '–' : `${signed.s}%`}</dd>
                  <dt>{t('verify.certificateId')}</dt>
                  <dd>
                    <bdi dir="ltr">{signed.i}</bdi>
                  </dd>
                  {verdict.status === 'verified' && (
                    <>
                      <dt>{t('verify.signedOn')}</dt>
                      <dd>{formatDate(verdict.at)}</dd>
                    </>
                  )}
                </dl>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
