/**
 * Where the cohort struggles: the mean best knowledge-check score per lesson
 * as horizontal bars (SVG, no chart library), with the pass mark drawn in. The
 * SVG is an image with a text alternative; the table under it has every figure.
 * Bars grow from the start edge: from the right in a right-to-left page.
 */
import type { LessonStat } from '../../lib/hr/statistics';
import type { Translate } from '../../lib/ui-strings';

interface Props {
  stats: readonly LessonStat[];
  titles: Readonly<Record<string, string>>;
  titleLangs: Readonly<Record<string, string>>;
  passMark: number;
  learners: number;
  rtl: boolean;
  t: Translate;
}

const ROW = 30;
const LABEL = 44;
const VALUE = 56;
const WIDTH = 640;
const BAR_SPACE = WIDTH - LABEL - VALUE;

export default function LessonChart({ stats, titles, titleLangs, passMark, learners, rtl, t }: Props) {
  const height = stats.length * ROW + 34;
  // x measured from the start edge, flipped for right-to-left.
  const x = (fromStart: number, width = 0) => (rtl ? WIDTH - fromStart - width : fromStart);
  const passX = LABEL + (BAR_SPACE * passMark) / 100;
  const struggling = stats.filter((stat) => stat.averageCheck !== undefined && stat.averageCheck < passMark).map((stat) => titles[stat.slug] ?? stat.slug);
  return (
    <figure class="hr-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="hr-chart-title hr-chart-desc" class="hr-chart__svg">
        <title id="hr-chart-title">{t('hr.chartTitle')}</title>
        <desc id="hr-chart-desc">{struggling.length ? t('hr.chartBelow', { mark: passMark, lessons: struggling.join('; ') }) : t('hr.chartNoneBelow', { mark: passMark })}</desc>
        {stats.map((stat, index) => {
          const y = index * ROW + 6;
          const width = stat.averageCheck === undefined ? 0 : (BAR_SPACE * stat.averageCheck) / 100;
          const below = stat.averageCheck !== undefined && stat.averageCheck < passMark;
          return (
            <g key={stat.slug}>
              {/* text-anchor follows the text's direction, which is the page's: "end" is to the left in English, to the right in Arabic. */}
              <text x={x(LABEL - 8)} y={y + 15} text-anchor="end" class="hr-chart__label">
                {index + 1}
              </text>
              <rect x={x(LABEL, width)} y={y} width={width} height={20} class={below ? 'hr-chart__bar hr-chart__bar--below' : 'hr-chart__bar'} />
              <text x={x(LABEL + width + 6)} y={y + 15} text-anchor="start" class="hr-chart__value">
                {stat.averageCheck === undefined ? '–' : `${stat.averageCheck}%`}
              </text>
            </g>
          );
        })}
        <line x1={x(passX)} x2={x(passX)} y1={0} y2={stats.length * ROW + 6} class="hr-chart__mark" />
        <text x={x(passX)} y={stats.length * ROW + 26} text-anchor="middle" class="hr-chart__label">
          {t('hr.passMark', { mark: passMark })}
        </text>
      </svg>
      <figcaption>{t('hr.chartCaption', { count: learners })}</figcaption>
      <div class="table-scroll" role="region" aria-label={t('hr.lessonTable')} tabIndex={0}>
        <table>
          <caption>{t('hr.lessonTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hr.lessonNumber')}</th>
              <th scope="col">{t('hr.lesson')}</th>
              <th scope="col">{t('hr.completedBy')}</th>
              <th scope="col">{t('hr.checkTakenBy')}</th>
              <th scope="col">{t('hr.averageCheck')}</th>
              <th scope="col">{t('hr.belowPassMark', { mark: passMark })}</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((stat, index) => (
              <tr key={stat.slug}>
                <td>{index + 1}</td>
                <th scope="row" lang={titleLangs[stat.slug]}>
                  {titles[stat.slug] ?? stat.slug}
                </th>
                <td>{stat.completed}</td>
                <td>{stat.attempted}</td>
                <td>{stat.averageCheck === undefined ? '–' : `${stat.averageCheck}%`}</td>
                <td>{stat.belowPassMark}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
