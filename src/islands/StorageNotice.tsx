/** Tells the learner when progress cannot be saved or could not be read. */
import { useStore } from './use-store';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { useEffect } from 'preact/hooks';
import { $progress, $recovery, $storageFault, dismissRecovery, startLesson } from '../stores/progress';

interface Props {
  strings: UiStrings;
  /**
   * On a lesson page, the lesson to mark as started. This island hydrates at
   * load on every page that keeps progress, so it does this job too and the
   * completion block at the end of the lesson can wait until it is seen.
   */
  startLesson?: string | undefined;
}

/** Loaded on click: few learners ever need it. */
async function download(fileName: string, text: string) {
  (await import('./download')).downloadText(fileName, text, 'text/plain');
}

export default function StorageNotice({ strings, startLesson: lesson }: Props) {
  const t = makeTranslator(strings, 'StorageNotice');
  useEffect(() => {
    if (lesson) startLesson(lesson);
    // Inside a SCORM package's launch page only (src/pages/scorm.astro): the plain website loads nothing more.
    try {
      if (parent !== window && 'motScorm' in parent) void import('../scripts/scorm-page');
    } catch {
      // a frame from another origin: not our launch page
    }
  }, [lesson]);
  useStore($progress); // reading progress is what finds the problems below
  // Rendered after hydration, so the live region announces it.
  const fault = useStore($storageFault, { ssr: 'initial' });
  const recovery = useStore($recovery, { ssr: 'initial' });

  const messages: string[] = [];
  if (fault) {
    messages.push(t(fault === 'unavailable' ? 'notice.unavailable' : fault === 'quota' ? 'notice.quota' : 'notice.writeFailed'));
  }
  if (recovery) {
    const reason = t(`notice.reason.${recovery.problem}`);
    messages.push(t(`notice.${recovery.backupKey ? 'recovered' : 'holding'}${recovery.source ?? ''}`, { reason }));
  }

  return (
    <div role="status" class="notice-region">
      {messages.length > 0 && (
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
                onClick={() => void download(`moments-of-truth-unreadable-progress-${Date.now()}.txt`, recovery.text)}
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
