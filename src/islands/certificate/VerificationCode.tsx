/**
 * A signed certificate's verification code, printed with a QR code of the
 * /verify/ address that checks it (the code in the address's fragment, which
 * no browser sends to a server). The QR library (uqr) is loaded only here,
 * only for a signed certificate.
 */
import { useEffect, useState } from 'preact/hooks';
import { verificationCode } from '../../lib/trust/code';

interface Props {
  record: { readonly completion: unknown };
  /** The verify page of this locale, e.g. "/ar/verify/". */
  verifyHref: string;
  signer: string;
  t: (key: string, values?: Record<string, string | number>) => string;
}

export default function VerificationCode({ record, verifyHref, signer, t }: Props) {
  const code = verificationCode(record);
  const url = `${new URL(verifyHref, window.location.href).href}#${code}`;
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ renderSVG }) => live && setSvg(renderSVG(url, { ecc: 'L', border: 2 })));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <div class="certificate__verify">
      <div class="certificate__qr" role="img" aria-label={t('certificate.qrLabel')} dangerouslySetInnerHTML={{ __html: svg }} />
      <div>
        <p>{t('certificate.signedBy', { signer })}</p>
        <p>
          {t('certificate.verifyAt')}{' '}
          <a href={url} dir="ltr">
            {new URL(verifyHref, window.location.href).href}
          </a>
        </p>
        <p class="certificate__code" dir="ltr">
          <span class="visually-hidden">{t('certificate.codeLabel')} </span>
          {code}
        </p>
      </div>
    </div>
  );
}
