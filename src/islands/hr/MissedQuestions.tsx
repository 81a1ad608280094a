/** The final-assessment questions the cohort most often missed. */
import type { MissedQuestion } from '../../lib/hr/statistics';
import type { Translate } from '../../lib/ui-strings';

interface Props {
  missed: readonly MissedQuestion[];
  titles: Readonly<Record<string, string>>;
  /** The language of a question shown in another language than the page. */
  languageOf: ReadonlyMap<string, string | undefined>;
  t: Translate;
}

export default function MissedQuestions({ missed, titles, languageOf, t }: Props) {
  return (
    <section aria-labelledby="hr-missed-heading">
      <h2 id="hr-missed-heading">{t('hr.missedHeading')}</h2>
      {missed.length ? (
        <ol class="hr-missed">
          {missed.map((question) => (
            <li key={question.key}>
              <span class="hr-missed__prompt" lang={languageOf.get(question.key)}>
                {question.prompt}
              </span>{' '}
              <span class="hr-muted">
                {t('hr.missedBy', { missed: question.missed, asked: question.asked, lesson: titles[question.lesson] ?? question.lesson })}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('hr.missedNone')}</p>
      )}
    </section>
  );
}
