/**
 * The cohort, one row per learner: sortable by column, filterable by text and
 * status, over every learner; shown a page of PAGE_SIZE rows at a time, so
 * 10,000 learners are never 10,000 rows in the page. The table says how many
 * rows it has in all (aria-rowcount) and where each shown row is (aria-rowindex),
 * and a status line says the sort, the count and the rows shown.
 */
import { useMemo, useState } from 'preact/hooks';
import { anyKey, type Translate, type UiKey } from '../../lib/ui-strings';
import { filterLearners, sortLearners, type LearnerRow as Learner, type SortKey, type StatusFilter } from '../../lib/hr/cohort';
import { describeReason } from '../../lib/hr/reason-words';
import { tablePage } from '../../lib/hr/long-work';
import { intlLocale } from '../../lib/locales';
import { signatureWords } from '../../lib/trust/words';

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
  t: Translate;
}

const COLUMNS: ReadonlyArray<readonly [SortKey | undefined, UiKey]> = [
  ['name', 'hr.colLearner'],
  [undefined, 'hr.colFiles'],
  ['employeeId', 'hr.colEmployeeId'],
  ['lessons', 'hr.colLessons'],
  [undefined, 'hr.colChecks'],
  ['final', 'hr.colFinal'],
  ['status', 'hr.colStatus'],
  ['completedAt', 'hr.colCompletedAt'],
  [undefined, 'hr.colCertificate'],
];

/** Rows per page of the table. */
export const PAGE_SIZE = 100;

const STATUSES: readonly StatusFilter[] = ['all', 'complete', 'incomplete', 'passed', 'failed', 'not-taken', 'inconsistent'];

export default function CohortTable({ learners, checks, lessonCount, titles, titleLangs, locale, busy, undrawable, onCertificate, t }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'name', direction: 'ascending' });
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [page, setPage] = useState(0);
  const rows = useMemo(() => sortLearners(filterLearners(learners, query, status), sort.key, sort.direction, locale), [learners, query, status, sort, locale]);
  const formatDate = useMemo(() => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }), [locale]);
  // A new sort, filter or cohort starts at the first page (a page past the end shows the last one).
  const shown = tablePage(rows.length, page, PAGE_SIZE);
  const sortLabel = t(COLUMNS.find(([key]) => key === sort.key)![1]);

  const toggle = (key: SortKey) => {
    setPage(0);
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  };
  const turn = (to: number) => {
    if (to >= 0 && to < shown.pages) setPage(to);
  };

  return (
    <div class="hr-table">
      <div class="hr-filters">
        <label>
          {t('hr.filterText')}
          <input
            type="search"
            value={query}
            onInput={(event) => {
              setPage(0);
              setQuery(event.currentTarget.value);
            }}
          />
        </label>
        <label>
          {t('hr.filterStatus')}
          <select
            value={status}
            onChange={(event) => {
              setPage(0);
              setStatus(event.currentTarget.value as StatusFilter);
            }}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`hr.status.${value === 'not-taken' ? 'notTaken' : value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="hr-count">
        {t('hr.showing', { shown: rows.length, count: learners.length })} {t('hr.sortedBy', { column: sortLabel, direction: t(`hr.sort.${sort.direction}`) })}
        {shown.pages > 1 ? ` ${t('hr.rowsShown', { from: shown.start + 1, to: shown.end, count: rows.length })}` : ''}
      </p>
      <div class="table-scroll" role="region" aria-label={t('hr.tableLabel')} tabIndex={0}>
        <table aria-rowcount={rows.length + 1}>
          <caption class="visually-hidden">{t('hr.tableLabel')}</caption>
          <thead>
            <tr aria-rowindex={1}>
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
            {rows.slice(shown.start, shown.end).map((learner, index) => {
              const taken = checks.filter((slug) => learner.checkScores[slug] !== undefined);
              return (
                <tr key={`${learner.key}#${index}`} aria-rowindex={shown.start + index + 2}>
                  <th scope="row">{learner.name ? <bdi>{learner.name}</bdi> : <span class="hr-muted">{t('hr.noName')}</span>}</th>
                  <td class="hr-files">
                    <bdi>{learner.files.join(', ')}</bdi>
                  </td>
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
                    <span>{t(`hr.result.${learner.finalResult === 'not-taken' ? 'notTaken' : learner.finalResult}`)}</span>{' '}
                    <span class={`hr-signature hr-signature--${learner.signature.status}`}>{signatureWords(learner.signature, anyKey(t))}</span>
                    {learner.inconsistent && (
                      <details class="hr-inconsistent">
                        <summary>
                          <strong>{t('consistency.inconsistent')}</strong>
                        </summary>
                        <ul>
                          {learner.inconsistent.flatMap(({ file, reasons }) =>
                            reasons.map((reason, at) => (
                              <li key={`${file}#${at}`}>
                                {learner.files.length > 1 && (
                                  <>
                                    <bdi class="hr-file">{file}</bdi>:{' '}
                                  </>
                                )}
                                {describeReason(reason, anyKey(t))}
                              </li>
                            )),
                          )}
                        </ul>
                      </details>
                    )}
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
                          <button type="button" class="button button--quiet" aria-disabled={busy ? 'true' : undefined} onClick={() => busy || onCertificate(learner)}>
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
      {shown.pages > 1 && (
        <nav class="hr-pager" aria-label={t('hr.pagesLabel')}>
          {/* aria-disabled, not disabled: the button keeps focus at the first and last page. */}
          <button type="button" class="button button--quiet" aria-disabled={shown.page === 0 ? 'true' : undefined} onClick={() => turn(shown.page - 1)}>
            {t('hr.pagePrevious', { size: PAGE_SIZE })}
          </button>{' '}
          <span>{t('hr.pageOf', { page: shown.page + 1, pages: shown.pages })}</span>{' '}
          <button type="button" class="button button--quiet" aria-disabled={shown.page === shown.pages - 1 ? 'true' : undefined} onClick={() => turn(shown.page + 1)}>
            {t('hr.pageNext', { size: PAGE_SIZE })}
          </button>
        </nav>
      )}
    </div>
  );
}
