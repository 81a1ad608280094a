/** Tells the learner when progress cannot be saved or could not be read. */
import { useStore } from '@nanostores/preact';
import { makeTranslator } from '../lib/ui-strings';
import { $progress, $recovery, $storageFault, dismissRecovery } from '../stores/progress';
import { useHydrated } from './use-hydrated';
import { downloadText } from './download';

interface Props {
  strings: Record<string, string>;
}

export default function StorageNotice({ strings }: Props) {
  const t = makeTranslator(strings, 'StorageNotice');
  useStore($progress); // reading progress is what finds the problems below
  const fault = useStore($storageFault);
  const recovery = useStore($recovery);
  // Announced by the live region only when it appears after load, so render it after hydration.
  const hydrated = useHydrated();

  const messages: string[] = [];
  if (fault) {
    messages.push(t(fault === 'unavailable' ? 'notice.unavailable' : fault === 'quota' ? 'notice.quota' : 'notice.writeFailed'));
  }
  if (recovery) {
    const reason = t(`notice.reason.${recovery.problem}`);
    messages.push(t(recovery.backupKey ? 'notice.recovered' : 'notice.holding', { reason }));
  }

  return (
    <div role="status" class="notice-region">
      {hydrated && messages.length > 0 && (
        <section class="notice" aria-labelledby="storage-notice-heading">
          <h2 id="storage-notice-heading" class="notice__heading">
            {t('notice.heading')}
          </h2>
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
          {recovery && (
            <div class="notice__actions">
              <button
                type="button"
                class="button"
                onClick={() => downloadText(`moments-of-truth-unreadable-progress-${Date.now()}.txt`, recovery.text, 'text/plain')}
              >
                {t('notice.download')}
              </button>
              {recovery.backupKey && (
                <button type="button" class="button button--quiet" onClick={dismissRecovery}>
                  {t('notice.dismiss')}
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
