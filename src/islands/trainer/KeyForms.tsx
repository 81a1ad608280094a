/**
 * The trainer's two ways to a signing key (TrainerSigning.tsx): create one, protected by a
 * password for its backup, or restore one from a backup file. Markup only: the island submits.
 */
import type { Ref } from 'preact';
import { MIN_PASSWORD } from '../../lib/trust/keys';
import type { Translate } from '../../lib/ui-strings';

interface Props {
  t: Translate;
  /** The forms cannot be sent yet (the island is waking or busy). */
  off: boolean;
  onCreate: (event: Event) => void;
  onRestore: (event: Event) => void;
  restoreInput: Ref<HTMLInputElement>;
}

export function KeyForms({ t, off, onCreate, onRestore, restoreInput }: Props) {
  return (
    <>
      <form onSubmit={onCreate}>
        <h3>{t('sign.createHeading')}</h3>
        <p>{t('sign.createIntro')}</p>
        <p>
          <label for="sign-name">{t('sign.name')}</label>
          <input id="sign-name" name="name" autocomplete="name" maxLength={80} required />
        </p>
        <p>
          <label for="sign-password">{t('sign.password')}</label>
          <span class="question__hint" id="sign-password-hint">
            {t('sign.passwordHint', { min: MIN_PASSWORD })}
          </span>
          <input id="sign-password" name="password" type="password" autocomplete="new-password" minLength={MIN_PASSWORD} required aria-describedby="sign-password-hint" />
        </p>
        <p>
          <label for="sign-again">{t('sign.passwordAgain')}</label>
          <input id="sign-again" name="again" type="password" autocomplete="new-password" required />
        </p>
        <p>
          <button type="submit" class="button" disabled={off}>
            {t('sign.create')}
          </button>
        </p>
      </form>
      <form onSubmit={onRestore}>
        <h3>{t('sign.restoreHeading')}</h3>
        <p>
          <label for="sign-backup">{t('sign.backupFile')}</label>
          <input id="sign-backup" ref={restoreInput} type="file" accept=".json,application/json" />
        </p>
        <p>
          <label for="sign-restore-password">{t('sign.restorePassword')}</label>
          <input id="sign-restore-password" name="password" type="password" autocomplete="current-password" required />
        </p>
        <p>
          <button type="submit" class="button button--quiet" disabled={off}>
            {t('sign.restore')}
          </button>
        </p>
      </form>
    </>
  );
}
