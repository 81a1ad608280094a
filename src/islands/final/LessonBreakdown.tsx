/**
 * The final assessment's result lesson by lesson: a table of each lesson's score, then the
 * lessons worth another look (below the pass mark), each a link to the lesson in its language.
 */
import type { AssessmentResult } from '../../lib/quiz/assessment';
import type { Translate } from '../../lib/ui-strings';

export interface LessonLinkInfo {
  readonly href: string;
  readonly title: string;
  readonly lang?: string | undefined;
}

interface Props {
  result: Pick<AssessmentResult, 'perLesson' | 'weakLessons'>;
  lessons: Readonly<Record<string, LessonLinkInfo>>;
  t: Translate;
}

function LessonName({ slug, lessons }: { slug: string; lessons: Props['lessons'] }) {
  const lesson = lessons[slug];
  return (
    <a href={lesson?.href} lang={lesson?.lang}>
      {lesson?.title ?? slug}
    </a>
  );
}

export function LessonBreakdown({ result, lessons, t }: Props) {
  return (
    <>
      <table>
        <caption>{t('final.breakdown')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('final.lesson')}</th>
            <th scope="col">{t('final.lessonScore')}</th>
          </tr>
        </thead>
        <tbody>
          {result.perLesson.map((row) => (
            <tr key={row.lesson}>
              <th scope="row">
                <LessonName slug={row.lesson} lessons={lessons} />
              </th>
              <td>{row.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.weakLessons.length > 0 && (
        <>
          <p>{t('final.weak')}</p>
          <ul>
            {result.weakLessons.map((slug) => (
              <li key={slug}>
                <LessonName slug={slug} lessons={lessons} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
