/** The trainer-mode switch: shows facilitator notes in lessons, on this device only. */
import { useStore } from './use-store';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $trainerMode, setTrainerMode } from '../stores/trainer';
import { useHydrated } from './use-hydrated';

export default function TrainerMode({ strings }: { strings: UiStrings }) {
  const t = makeTranslator(strings, 'TrainerMode');
  const on = useStore($trainerMode, { ssr: 'initial' });
  const hydrated = useHydrated();
  return (
    <div class="trainer-mode">
      <label class="trainer-mode__switch">
        <input type="checkbox" checked={on} disabled={!hydrated} onChange={(event) => setTrainerMode(event.currentTarget.checked)} />{' '}
        {t('trainer.mode')}
      </label>
      <p role="status" class="question__hint">
        {hydrated ? (on ? t('trainer.modeOn') : t('trainer.modeOff')) : ''}
      </p>
    </div>
  );
}
