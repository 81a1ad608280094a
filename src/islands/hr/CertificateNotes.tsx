/**
 * Who is not in the certificates PDF and why, by name or file: a name with
 * characters no PDF font has (Chinese, Japanese, Korean, emoji...), which the
 * learner's browser-printed certificate shows; and a completed course in a
 * file with no name, which gets no certificate at all.
 */
import type { CertificateGaps } from '../../lib/hr/certificate-entries';
import type { Translate } from '../../lib/ui-strings';

interface Props {
  gaps: CertificateGaps;
  t: Translate;
}

export default function CertificateNotes({ gaps, t }: Props) {
  return (
    <>
      {gaps.undrawable.length > 0 && (
        <section class="notice" aria-labelledby="hr-undrawable-heading">
          <h3 id="hr-undrawable-heading" class="notice__heading">
            {t('hr.undrawableHeading', { count: gaps.undrawable.length })}
          </h3>
          <ul>
            {gaps.undrawable.map(({ learner, characters }) => (
              <li key={learner.key}>
                <bdi>{learner.name}</bdi>: {t('hr.undrawable', { characters: characters.join(' ') })}
              </li>
            ))}
          </ul>
          <p>{t('hr.undrawableHint')}</p>
        </section>
      )}
      {gaps.noName.length > 0 && (
        <section class="notice" aria-labelledby="hr-noname-heading">
          <h3 id="hr-noname-heading" class="notice__heading">
            {t('hr.noNameHeading', { count: gaps.noName.length })}
          </h3>
          <ul>
            {gaps.noName.map((learner) => (
              <li key={learner.key}>
                <bdi class="hr-file">{learner.files.join(', ')}</bdi>: {t('hr.noNameItem')}
              </li>
            ))}
          </ul>
          <p>{t('hr.noNameHint')}</p>
        </section>
      )}
    </>
  );
}
