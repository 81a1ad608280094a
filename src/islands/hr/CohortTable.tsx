/** The cohort, one row per learner: sortable by column, filterable by text and status. */
import { useMemo, useState } from 'preact/hooks';
import { filterLearners, sortLearners, type Learner, type SortKey, type StatusFilter } from '../../lib/hr/cohort';

interface Props {
  learners: readonly Learner[];
  checks: readonly string[];
  lessonCount: number;
  titles: Readonly<Record<string, string>>;
  titleLangs: Readonly<Record<string, string>>;
  locale: string;
  busy: boolean;
  /** Keys of the learners whose name or employee ID the PDF cannot draw. */
  undrawable: ReadonlySet<string>;
  onCertificate: (learner: Learner) => void;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const COLUMNS: ReadonlyArray<readonly [SortKey | undefined, string]> = [
  ['name', 'hr.colLearner'],
  ['employeeId', 'hr.colEmployeeId'],
  ['lessons', 'hr.colLessons'],
  [undefined, 'hr.colChecks'],
  ['final', 'hr.colFinal'],
  ['status', 'hr.colStatus'],
  ['completedAt', 'hr.colCompletedAt'],
  [undefined, 'hr.colCertificate'],
];

const STATUSES: readonly StatusFilter[] = ['all', 'complete', 'incomplete', 'passed', 'failed', 'not-taken'];

export default function CohortTable({ learners, checks, lessonCount, titles, titleLangs, locale, busy, undrawable, onCertificate, t }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'name', direction: 'ascending' });
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const rows = useMemo(() => sortLearners(filterLearners(learners, query, status), sort.key, sort.direction, locale), [learners, query, status, sort, locale]);
  const formatDate = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);

  const toggle = (key: SortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div class="hr-table">
      <div class="hr-filters">
        <label>
          {t('hr.filterText')}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <label>
          {t('hr.filterStatus')}
          <select value={status} onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`hr.status.${value === 'not-taken' ? 'notTaken' : value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="hr-count">
        {t('hr.showing', { shown: rows.length, total: learners.length })}
      </p>
      <div class="table-scroll" role="region" aria-label={t('hr.tableLabel')} tabIndex={0}>
        <table>
          <caption class="visually-hidden">{t('hr.tableLabel')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={label} scope="col" aria-sort={key && sort.key === key ? sort.direction : undefined}>
                  {key ? (
                    <button type="button" class="hr-sort" onClick={() => toggle(key)}>
                      {t(label)}
                      <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    t(label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((learner, index) => {
              const taken = checks.filter((slug) => learner.checkScores[slug] !== undefined);
              return (
                <tr key={`${learner.key}#${index}`}>
                  <th scope="row">
                    {learner.name ? <bdi>{learner.name}</bdi> : <span class="hr-muted">{t('hr.noName')}</span>}
                    <span class="hr-files">
                      <bdi>{learner.files.join(', ')}</bdi>
                    </span>
                  </th>
                  <td class="hr-nowrap">
                    <bdi>{learner.employeeId ?? ''}</bdi>
                  </td>
                  <td class="hr-nowrap">{t('hr.lessonsOf', { done: learner.lessonsCompleted, total: lessonCount })}</td>
                  <td>
                    {taken.length ? (
                      <details>
                        <summary>{t('hr.checksTaken', { taken: taken.length, total: checks.length })}</summary>
                        <ul class="hr-scores">
                          {taken.map((slug) => (
                            <li key={slug}>
                              <span lang={titleLangs[slug]}>{titles[slug] ?? slug}</span>: {learner.checkScores[slug]}%
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      t('hr.checksTaken', { taken: 0, total: checks.length })
                    )}
                  </td>
                  <td>{learner.finalScore === undefined ? '–' : `${learner.finalScore}%`}</td>
                  <td>
                    <span class={`status status--${learner.complete ? 'completed' : 'in-progress'}`}>{learner.complete ? t('hr.status.complete') : t('hr.status.incomplete')}</span>{' '}
                    <span>{t(`hr.result.${learner.finalResult === 'not-taken' ? 'notTaken' : learner.finalResult}`)}</span>
                  </td>
                  <td class="hr-nowrap">{learner.completedAt === undefined ? '' : formatDate.format(learner.completedAt * 1000)}</td>
                  <td>
                    {learner.certificateId && learner.name ? (
                      <>
                        <bdi dir="ltr" class="hr-id">
                          {learner.certificateId}
                        </bdi>{' '}
                        {undrawable.has(learner.key) ? (
                          <span class="hr-muted">{t('hr.browserPrintOnly')}</span>
                        ) : (
                          <button type="button" class="button button--quiet" disabled={busy} onClick={() => onCertificate(learner)}>
                            {t('hr.oneCertificate')}
                            <span class="visually-hidden"> {learner.name}</span>
                          </button>
                        )}
                      </>
                    ) : learner.complete ? (
                      <span class="hr-muted">{t('hr.noNameCell')}</span>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
