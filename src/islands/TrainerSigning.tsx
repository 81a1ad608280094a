/**
 * The trainer's signature on learners' completions: create a signing key (its
 * password-protected backup is downloaded at once) or restore one from its
 * backup, publish the public key for content/course.yaml, then open a
 * learner's progress file, see what it says, and sign the completion. The
 * signed file is downloaded; nothing leaves the device otherwise. The logic is
 * in src/lib/trust and src/lib/hr/consistency.ts, loaded when it is used.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsistencyContext } from '../lib/hr/consistency';
import { describeReason } from '../lib/hr/reason-words';
import type { CompletionRules } from '../lib/progress/completion';
import type { SignedCompletion } from '../lib/trust/completion';
import { ALGORITHM, MIN_PASSWORD } from '../lib/trust/keys';
import { anyKey, makeTranslator, type UiStrings } from '../lib/ui-strings';
import { downloadText } from './download';
import { forgetKey, loadKey, saveKey, type StoredKey } from './trainer/key-store';
import { useHydrated } from './use-hydrated';
import { KeyForms } from './trainer/KeyForms';

interface Props {
  course: string;
  version: string;
  locale: string;
  rules: CompletionRules;
  consistency: ConsistencyContext;
  strings: UiStrings;
}

interface Opened {
  /** The file's name; undefined for the progress kept in this browser. */
  readonly fileName?: string;
  /** The file as read, kept whole in the signed copy; undefined for this browser's progress. */
  readonly original?: Record<string, unknown>;
  readonly completion?: SignedCompletion;
  readonly problems: readonly string[];
}

/** Progress files refused before they are read: a real one is a few kilobytes (src/lib/progress/file.ts MAX_FILE_BYTES). */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Where this browser keeps the learner's progress and a trainer's signature
 * (src/stores/progress.ts, src/stores/signature.ts), read and written here
 * without loading those stores on this page (a unit test holds them equal).
 */
export const PROGRESS_KEY = 'mot:progress@1';
export const SIGNATURE_KEY = 'mot:signature@1';

/** A private key as one that cannot be read out again: what the browser keeps. */
const keepable = (pkcs8: ArrayBuffer) => crypto.subtle.importKey('pkcs8', pkcs8, ALGORITHM, false, ['sign']);

export default function TrainerSigning({ course, version, locale, rules, consistency, strings }: Props) {
  const t = makeTranslator(strings, 'TrainerSigning');
  const hydrated = useHydrated();
  const [key, setKey] = useState<StoredKey | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const restoreInput = useRef<HTMLInputElement>(null);
  const learnerInput = useRef<HTMLInputElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    loadKey()
      .then(setKey)
      .catch(() => setMessage({ text: t('sign.noStorage'), error: true }))
      .finally(() => setLoaded(true));
  }, []);

  useEffect(() => {
    if (opened) summaryHeading.current?.focus();
  }, [opened]);

  const say = (text: string, error = false) => setMessage({ text, error });

  async function create(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!name) return say(t('sign.needName'), true);
    if (password.length < MIN_PASSWORD) return say(t('sign.passwordShort', { min: MIN_PASSWORD }), true);
    if (password !== String(form.get('again') ?? '')) return say(t('sign.passwordsDiffer'), true);
    setBusy(true);
    say(t('sign.creating'));
    try {
      const [{ makeBackup }, { publicKeyText }, { fileNamePart }] = await Promise.all([import('../lib/trust/backup'), import('../lib/trust/signature'), import('../lib/progress/file')]);
      // Extractable only for this moment, to write the backup; the browser keeps a copy that is not.
      const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
      const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
      const publicKey = await publicKeyText(pair.publicKey);
      downloadText(`${course}-signing-key-${fileNamePart(name) || 'trainer'}.json`, await makeBackup(pkcs8, password, name, publicKey));
      const stored = { name, publicKey, privateKey: await keepable(pkcs8) };
      await saveKey(stored);
      setKey(stored);
      say(t('sign.created'));
    } catch (error) {
      say(t('sign.failed', { detail: (error as Error).message }), true);
    } finally {
      setBusy(false);
    }
  }

  async function restore(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const file = restoreInput.current?.files?.[0];
    if (!file) return say(t('sign.chooseBackup'), true);
    setBusy(true);
    try {
      const { readBackup } = await import('../lib/trust/backup');
      const result = await readBackup(file.size > MAX_FILE_BYTES ? '' : await file.text(), String(form.get('password') ?? ''));
      if (!result.ok) return say(t(result.problem === 'wrong-password' ? 'sign.wrongPassword' : 'sign.notBackup'), true);
      const stored = { name: result.name, publicKey: result.publicKey, privateKey: await keepable(result.pkcs8) };
      await saveKey(stored);
      setKey(stored);
      say(t('sign.restored', { name: result.name }));
    } catch (error) {
      say(t('sign.failed', { detail: (error as Error).message }), true);
    } finally {
      setBusy(false);
    }
  }

  async function forget() {
    await forgetKey();
    setKey(undefined);
    setOpened(null);
    say(t('sign.forgotten'));
  }

  async function open(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    setOpened(null);
    setMessage(null);
    if (!file) return;
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
    const [{ FILE_PROBLEM_KEYS, readProgressFile }, { checkConsistency }, { completionOf }] = await Promise.all([import('../lib/progress/file'), import('../lib/hr/consistency'), import('../lib/trust/completion')]);
    const result = readProgressFile(text, course, file.size);
    if (!result.ok) return say(anyKey(t)(FILE_PROBLEM_KEYS[result.problem], { detail: result.detail }), true);
    const reasons = checkConsistency(result.doc, result.file.exportedAt, consistency, Math.floor(Date.now() / 1000));
    const completion = completionOf(result.doc, course, version, { ...consistency, rules });
    setOpened({
      fileName: file.name,
      original: JSON.parse(text) as Record<string, unknown>,
      ...(completion ? { completion } : {}),
      problems: reasons.map((reason) => describeReason(reason, anyKey(t))),
    });
  }

  /** In a workshop on the learner's own device: the progress this browser keeps. */
  async function openHere() {
    setOpened(null);
    setMessage(null);
    const [{ readStoredProgress }, { checkConsistency }, { completionOf }] = await Promise.all([import('../lib/progress/file'), import('../lib/hr/consistency'), import('../lib/trust/completion')]);
    // Read as the progress store reads it (src/stores/progress.ts), without loading the store on this page.
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(PROGRESS_KEY);
    } catch {
      // Blocked storage: nothing kept here to sign.
    }
    const read = readStoredProgress(stored);
    if (!read.ok) return say(t('sign.notComplete'), true);
    const doc = read.doc;
    const completion = completionOf(doc, course, version, { ...consistency, rules });
    const reasons = checkConsistency(doc, undefined, consistency, Math.floor(Date.now() / 1000));
    setOpened({ ...(completion ? { completion } : {}), problems: reasons.map((reason) => describeReason(reason, anyKey(t))) });
  }

  async function sign() {
    if (!key || !opened?.completion) return;
    const { signCompletion } = await import('../lib/trust/signature');
    const record = await signCompletion(opened.completion, key.privateKey, key.publicKey, key.name, Math.floor(Date.now() / 1000));
    if (opened.fileName === undefined) {
      // Kept beside this browser's progress: its certificate now shows the verification code, and its next export carries it.
      try {
        window.localStorage.setItem(SIGNATURE_KEY, JSON.stringify(record));
      } catch {
        return say(t('sign.noStorage'), true);
      }
      say(t('sign.signedHere', { name: opened.completion.n }));
      setOpened(null);
      return;
    }
    downloadText(opened.fileName.replace(/(\.json)?$/i, '-signed.json'), JSON.stringify({ ...opened.original, signature: record }, null, 2));
    say(t('sign.signed', { name: opened.completion.n }));
    setOpened(null);
    if (learnerInput.current) learnerInput.current.value = '';
  }

  const formatDate = (seconds: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(seconds * 1000);
  const snippet = key ? `trustedSigners:\n  - name: ${JSON.stringify(key.name)}\n    key: ${key.publicKey}\n    validFrom: ${new Date().toISOString().slice(0, 10)}` : '';
  const off = !hydrated || !loaded || busy;

  return (
    <div class="signing">
      {loaded && !key && (
        <KeyForms t={t} off={off} onCreate={(event) => void create(event)} onRestore={(event) => void restore(event)} restoreInput={restoreInput} />
      )}
      {key && (
        <>
          <h3>{t('sign.keyHeading', { name: key.name })}</h3>
          <p>{t('sign.publishIntro')}</p>
          <p>
            <label for="sign-public-key">{t('sign.publicKey')}</label>
            <textarea id="sign-public-key" readOnly rows={2} dir="ltr" class="signing__key" value={key.publicKey} />
          </p>
          <p>
            <label for="sign-yaml">{t('sign.yaml')}</label>
            <textarea id="sign-yaml" readOnly rows={4} dir="ltr" class="signing__key" value={snippet} />
          </p>
          <p>
            <button type="button" class="button button--quiet" onClick={() => void forget()}>
              {t('sign.forget')}
            </button>
          </p>
          <h3>{t('sign.signHeading')}</h3>
          <p>
            <label for="sign-learner">{t('sign.openFile')}</label>
            <input id="sign-learner" ref={learnerInput} type="file" accept=".json,application/json" disabled={off} onChange={(event) => void open(event)} />
          </p>
          <p>
            <button type="button" class="button button--quiet" disabled={off} onClick={() => void openHere()}>
              {t('sign.openHere')}
            </button>
          </p>
          {opened && (
            <section class="notice notice--info" aria-labelledby="sign-summary">
              <h4 id="sign-summary" ref={summaryHeading} tabIndex={-1}>
                {opened.fileName === undefined ? t('sign.summaryHere') : t('sign.summaryHeading', { file: opened.fileName })}
              </h4>
              {opened.completion ? (
                <dl class="signing__summary">
                  <dt>{t('sign.learner')}</dt>
                  <dd>
                    <bdi>{opened.completion.n}</bdi>
                  </dd>
                  <dt>{t('sign.employeeId')}</dt>
                  <dd>
                    <bdi>{opened.completion.e || '–'}</bdi>
                  </dd>
                  <dt>{t('sign.course')}</dt>
                  <dd>
                    <bdi>{`${opened.completion.c} ${opened.completion.cv}`}</bdi>
                  </dd>
                  <dt>{t('sign.completed')}</dt>
                  <dd>{formatDate(opened.completion.d)}</dd>
                  <dt>{t('sign.score')}</dt>
                  <dd>{opened.completion.s === null ? '–' : `${opened.completion.s}%`}</dd>
                  <dt>{t('sign.certificateId')}</dt>
                  <dd>
                    <bdi dir="ltr">{opened.completion.i}</bdi>
                  </dd>
                </dl>
              ) : (
                <p>{t('sign.notComplete')}</p>
              )}
              {opened.problems.length > 0 && (
                <>
                  <p>{t('sign.inconsistent')}</p>
                  <ul>
                    {opened.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </>
              )}
              {opened.completion && opened.problems.length === 0 && (
                <p>
                  <button type="button" class="button" onClick={() => void sign()}>
                    {opened.fileName === undefined ? t('sign.signHere') : t('sign.sign')}
                  </button>
                </p>
              )}
            </section>
          )}
        </>
      )}
      <div role="alert" class="form-message form-message--error">
        {message?.error && message.text}
      </div>
      <p role="status" class="form-message">
        {message && !message.error && message.text}
      </p>
    </div>
  );
}
