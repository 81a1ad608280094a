/**
 * Long work that looks like long work: "n of N", a progress bar, the time left
 * at the pace so far, and Cancel. It listens to its own small store, so the
 * updates (ten a second at most) re-render only this, never the table.
 */
import { useStore } from '../use-store';
import type { Translate } from '../../lib/ui-strings';
import type { ReadableAtom } from 'nanostores';
import { durationWords, secondsLeft } from '../../lib/hr/long-work';

export interface Work {
  readonly kind: 'reading' | 'drawing';
  readonly done: number;
  readonly total: number;
  /** performance.now() when the work began. */
  readonly started: number;
}

interface Props {
  store: ReadableAtom<Work | undefined>;
  kind: Work['kind'];
  locale: string;
  onCancel: () => void;
  t: Translate;
}

export default function LongWork({ store, kind, locale, onCancel, t }: Props) {
  const work = useStore(store);
  if (!work || work.kind !== kind) return null;
  const left = secondsLeft(work.done, work.total, performance.now() - work.started);
  return (
    <div class="hr-work">
      <p>
        <label>
          {t(kind === 'reading' ? 'hr.reading' : 'hr.drawing', { done: work.done, total: work.total })}{' '}
          <progress max={work.total} value={work.done} />
        </label>{' '}
        <span class="hr-muted">{left === undefined ? t('hr.estimating') : t('hr.timeLeft', { time: durationWords(left, locale) })}</span>
      </p>
      <p>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t(kind === 'reading' ? 'hr.cancelReading' : 'hr.cancelDrawing')}
        </button>
      </p>
    </div>
  );
}
