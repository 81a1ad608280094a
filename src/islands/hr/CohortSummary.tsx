/** The cohort in four figures, and the learners found in more than one file (merged). */
import type { LearnerRow } from '../../lib/hr/cohort';
import type { Translate } from '../../lib/ui-strings';
import type { Summary } from '../../lib/hr/statistics';

interface Props {
  summary: Summary;
  merged: readonly LearnerRow[];
  t: Translate;
}

export default function CohortSummary({ summary, merged, t }: Props) {
  return (
    <>
    <section aria-labelledby="hr-summary-heading">
      <h2 id="hr-summary-heading">{t('hr.summaryHeading')}</h2>
      <dl class="hr-summary">
        <div>
          <dt>{t('hr.learners')}</dt>
          <dd>{summary.learners}</dd>
        </div>
        <div>
          <dt>{t('hr.completed')}</dt>
          <dd>{t('hr.completedValue', { count: summary.complete, percent: summary.completionRate })}</dd>
        </div>
        <div>
          <dt>{t('hr.passed')}</dt>
          <dd>{summary.passed}</dd>
        </div>
        <div>
          <dt>{t('hr.averageFinal')}</dt>
          <dd>{summary.averageFinal === undefined ? '–' : `${summary.averageFinal}%`}</dd>
        </div>
        {summary.verified > 0 && (
          <div>
            <dt>{t('hr.verified')}</dt>
            <dd>{summary.verified}</dd>
          </div>
        )}
        {summary.inconsistent > 0 && (
          <div>
            <dt>{t('hr.inconsistent')}</dt>
            <dd>{summary.inconsistent}</dd>
          </div>
        )}
      </dl>
    </section>

    {merged.length > 0 && (
      <section aria-labelledby="hr-merged-heading">
        <h2 id="hr-merged-heading">{t('hr.mergedHeading', { count: merged.length })}</h2>
        <ul>
          {merged.map((learner) => (
            <li key={learner.key}>
              <bdi>{learner.name}</bdi>: {t(learner.matchedBy === 'employee-id' ? 'hr.matchedById' : 'hr.matchedByName', { count: learner.files.length })}{' '}
              <bdi class="hr-file">{learner.files.join(', ')}</bdi>
            </li>
          ))}
        </ul>
      </section>
    )}
    </>
  );
}
