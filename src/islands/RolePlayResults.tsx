/** Each role-play that practises a lesson, linked, with the best outcome reached (course map, My progress). */
import { ROLEPLAY_RESULT_KEYS, rolePlayResult } from '../lib/progress/practice';
import type { Progress } from '../lib/progress/schema';
import type { Translate } from '../lib/ui-strings';

/** What an island is told about a role-play: plain data, grouped by lesson on the server (rolePlaysByLesson). */
export interface RolePlayLink {
  readonly id: string;
  readonly lesson: string;
  readonly title: string;
  readonly href: string;
  /** The language of the title, when it differs from the page's. */
  readonly lang?: string;
}

interface Props {
  plays: readonly RolePlayLink[];
  progress: Pick<Progress, 'r'>;
  t: Translate;
  /** The id of the text naming the list, if any. */
  labelledBy?: string;
}

export function RolePlayResults({ plays, progress, t, labelledBy }: Props) {
  return (
    <ul class="roleplay-results" aria-labelledby={labelledBy}>
      {plays.map((play) => {
        const result = rolePlayResult(progress, play.id);
        return (
          <li key={play.id}>
            <a href={play.href} lang={play.lang}>
              {play.title}
            </a>{' '}
            <span class={`roleplay-result roleplay-result--${result}`}>
              {result !== 'not-played' && <span class="visually-hidden">{t('status.bestOutcome')}: </span>}
              {t(ROLEPLAY_RESULT_KEYS[result])}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
