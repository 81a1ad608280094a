/**
 * The learner's own copy of their progress: export it, import it on another
 * browser (validated, checked for consistency, previewed, merged only when
 * confirmed), or reset after downloading a backup. A rejected file never
 * changes anything: an inconsistent one (a score its answers do not give, a
 * date in the future) is refused with its reasons, as the HR page would list it.
 */
import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsistencyContext } from '../lib/hr/consistency';
import { FILE_PROBLEM_KEYS, makeProgressFile, MAX_FILE_BYTES, progressFileName, readProgressFile } from '../lib/progress/file';
import { previewMerge, type MergePreview } from '../lib/progress/merge';
import { emptyDocument as emptyProgress } from '../lib/progress/document';
import type { Progress } from '../lib/progress/schema';
import { anyKey, makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { $signature, keepSignature } from '../stores/signature';
import { mergeIntoProgress, replaceProgress } from '../stores/journey';
import { downloadText } from './download';
import { useHydrated } from './use-hydrated';
import { intlLocale } from '../lib/locales';

interface Props {
  course: string;
  locale: string;
  /** The course and the final's question bank (text left out) to check an imported file against. */
  consistency: ConsistencyContext;
  strings: UiStrings;
}


interface Pending {
  readonly doc: Progress;
  /** A trainer's signature the file carries, kept on import. */
  readonly signature?: unknown;
  readonly exportedAt: string;
  readonly preview: MergePreview;
}

export default function ProgressFile({ course, locale, consistency, strings }: Props) {
  const t = makeTranslator(strings, 'ProgressFile');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const [pending, setPending] = useState<Pending | null>(null);
  const [replaceName, setReplaceName] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean; reasons?: string[] } | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelReset = useRef<HTMLButtonElement>(null);
  /** What gets focus once it is on the page: the preview's heading, or the message saying what was done. */
  const [focus, setFocus] = useState<'preview' | 'done' | 'input' | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  // The reset confirmation is a modal dialog: Escape closes it, focus starts on Cancel and goes back to
  // "Reset my progress" when it closes (the browser does that for a modal dialog).
  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (confirmingReset && !box.open) {
      box.showModal();
      cancelReset.current?.focus();
    } else if (!confirmingReset && box.open) box.close();
  }, [confirmingReset]);

  useEffect(() => {
    if (!focus) return;
    ({ preview: previewHeading, done, input })[focus].current?.focus();
    setFocus(null);
  }, [focus]);

  function exportFile(doc: Progress = progress) {
    const now = new Date();
    const signature = $signature.get();
    const file = makeProgressFile(doc, course, now);
    downloadText(progressFileName(course, doc.u?.n, now), JSON.stringify(signature === undefined ? file : { ...file, signature }, null, 2));
  }

  async function choose(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    // A huge file is refused on its size alone, before anything is read.
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
    const result = readProgressFile(text, course, file.size);
    if (!result.ok) {
      setMessage({ text: `${anyKey(t)(FILE_PROBLEM_KEYS[result.problem], { detail: result.detail })} ${t('file.unchanged')}`, error: true });
      if (input.current) input.current.value = '';
      return;
    }
    // The checks rebuild and score the final assessment: loaded when a file is chosen, not with the page.
    const [{ checkConsistency }, { describeReason }] = await Promise.all([import('../lib/hr/consistency'), import('../lib/hr/reason-words')]);
    const reasons = checkConsistency(result.doc, result.file.exportedAt, consistency, Math.floor(Date.now() / 1000));
    if (reasons.length) {
      setMessage({ text: `${t('file.inconsistent')} ${t('file.unchanged')}`, error: true, reasons: reasons.map((reason) => describeReason(reason, anyKey(t))) });
      if (input.current) input.current.value = '';
      return;
    }
    setReplaceName(false);
    setPending({ doc: result.doc, exportedAt: result.file.exportedAt, preview: previewMerge(progress, result.doc), ...(result.file.signature === undefined ? {} : { signature: result.file.signature }) });
    // Nothing is merged yet: focus goes to the preview, which says what importing would change.
    setFocus('preview');
  }

  function confirmImport() {
    if (!pending) return;
    mergeIntoProgress(pending.doc, { replaceProfile: replaceName });
    keepSignature(pending.signature);
    setPending(null);
    setMessage({ text: t('file.imported'), error: false });
    if (input.current) input.current.value = '';
    setFocus('done');
  }

  function reset() {
    exportFile();
    replaceProgress(emptyProgress());
    dialog.current?.close();
    setConfirmingReset(false);
    setMessage({ text: t('file.resetDone'), error: false });
    setFocus('done');
  }

  const exportedDate = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
  };

  return (
    <div class="progress-file">
      <p>{t('file.intro')}</p>
      {/* The controls wake when this part is scrolled to, in a moment; until then they say why they are not available. */}
      {!hydrated && (
        <p class="question__hint" id="progress-file-waking">
          {t('file.waking')}
        </p>
      )}
      <p>
        <button type="button" class="button" disabled={!hydrated} aria-describedby={hydrated ? undefined : 'progress-file-waking'} onClick={() => exportFile()}>
          {t('file.export')}
        </button>
      </p>
      <p>
        <label for="progress-import">{t('file.import')}</label>
        <span class="question__hint" id="progress-import-hint">
          {t('file.importHint')}
        </span>
        <input id="progress-import" ref={input} type="file" accept=".json,application/json" aria-describedby={hydrated ? 'progress-import-hint' : 'progress-import-hint progress-file-waking'} disabled={!hydrated} onChange={choose} />
      </p>
      {pending && (
        <section class="notice notice--info" aria-labelledby="import-preview">
          <h3 id="import-preview" class="notice__heading" ref={previewHeading} tabIndex={-1}>
            {pending.preview.nothingNew ? t('file.nothingNew') : t('file.preview', { date: exportedDate(pending.exportedAt) })}
          </h3>
          <ul>
            {pending.preview.newlyCompleted.length > 0 && <li>{t('file.newlyCompleted', { count: pending.preview.newlyCompleted.length })}</li>}
            {pending.preview.betterChecks.length > 0 && <li>{t('file.betterChecks', { count: pending.preview.betterChecks.length })}</li>}
            {pending.preview.finalImproves && <li>{t('file.finalImproves')}</li>}
            {pending.preview.betterRolePlays.length > 0 && <li>{t('file.betterRolePlays', { count: pending.preview.betterRolePlays.length })}</li>}
            {!progress.u && pending.doc.u && <li>{t('file.addsProfile', { name: pending.doc.u.n })}</li>}
          </ul>
          {pending.preview.profileDiffers && (
            <p>
              <label>
                <input type="checkbox" checked={replaceName} onChange={(event) => setReplaceName((event.target as HTMLInputElement).checked)} />{' '}
                {t('file.replaceName', { current: progress.u!.n, incoming: pending.doc.u!.n })}
              </label>
            </p>
          )}
          <div class="notice__actions">
            <button type="button" class="button" onClick={confirmImport}>
              {t('file.confirm')}
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                setPending(null);
                if (input.current) input.current.value = '';
                setFocus('input');
              }}
            >
              {t('file.cancel')}
            </button>
          </div>
        </section>
      )}
      <div role="alert" class="form-message form-message--error">
        {message?.error && message.text}
        {message?.error && message.reasons && (
          <ul>
            {message.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
      <div role="status" class="form-message">
        {message && !message.error && (
          <p ref={done} tabIndex={-1}>
            {message.text}
          </p>
        )}
      </div>
      <p>
        <button type="button" class="button button--quiet" disabled={!hydrated} aria-describedby={hydrated ? undefined : 'progress-file-waking'} onClick={() => setConfirmingReset(true)}>
          {t('file.reset')}
        </button>
      </p>
      <dialog ref={dialog} class="dialog" role="alertdialog" aria-labelledby="reset-confirm" onClose={() => setConfirmingReset(false)}>
        {confirmingReset && (
          <>
            <p id="reset-confirm">{t('file.resetConfirm')}</p>
            <div class="notice__actions">
              <button type="button" class="button button--quiet" ref={cancelReset} onClick={() => setConfirmingReset(false)}>
                {t('file.cancel')}
              </button>
              <button type="button" class="button" onClick={reset}>
                {t('file.resetYes')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </div>
  );
}
