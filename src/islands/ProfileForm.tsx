/** The learner's details: the name printed on the certificate (any script), optional ID and email, preferred language. */
import { useStore } from './use-store';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_NAME } from '../lib/progress/document';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { saveProfile } from '../stores/journey';
import { useHydrated } from './use-hydrated';

interface Props {
  strings: UiStrings;
  locales: Array<{ code: string; label: string }>;
}

/** The profile's fields, which are also the names of the form's controls. */
const FIELDS = ['n', 'e', 'm', 'k'] as const;

export default function ProfileForm({ strings, locales }: Props) {
  const t = makeTranslator(strings, 'ProfileForm');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const profile = progress.u;
  const [message, setMessage] = useState('');
  const form = useRef<HTMLFormElement>(null);
  /** What the form last put in each field (the page is served with them empty). */
  const filled = useRef<Record<string, string>>({});
  const control = (field: string) => form.current!.elements.namedItem(field) as HTMLInputElement;

  // The fields are left to the browser (uncontrolled): the form is on the page before it is live (it
  // hydrates when scrolled to), and what the learner types meanwhile must not be replaced.
  // The stored profile fills each field the learner has not changed since it was last filled:
  // after hydration, after saving, or when another tab changes the profile.
  // A layout effect: it runs as the render that enables Save is committed, before the browser
  // handles another key press, so text typed the moment the form wakes is never appended to.
  useLayoutEffect(() => {
    for (const field of FIELDS) {
      if (control(field).value === (filled.current[field] ?? '')) control(field).value = filled.current[field] = profile?.[field] ?? '';
    }
  }, [profile?.n, profile?.e, profile?.m, profile?.k]);

  function save(event: Event) {
    event.preventDefault();
    const [name, employee, email, locale] = FIELDS.map((field) => control(field).value.trim());
    if (!name) {
      setMessage(t('profile.nameMissing'));
      return;
    }
    // What is saved is what the fields now hold, so the stored profile fills them again from now on.
    for (const field of FIELDS) filled.current[field] = control(field).value = control(field).value.trim();
    saveProfile({
      n: name,
      ...(employee ? { e: employee } : {}),
      ...(email ? { m: email } : {}),
      ...(locale ? { k: locale } : {}),
    });
    setMessage(t('profile.saved'));
  }

  return (
    <form class="profile-form" onSubmit={save} ref={form}>
      <p>{t('profile.intro')}</p>
      <p>
        <label for="profile-name">{t('profile.name')}</label>
        <input id="profile-name" name="n" dir="auto" maxLength={MAX_NAME} required autoComplete="name" />
      </p>
      <p>
        <label for="profile-employee">{t('profile.employeeId')}</label>
        <input id="profile-employee" name="e" dir="auto" maxLength={32} />
      </p>
      <p>
        <label for="profile-email">{t('profile.email')}</label>
        <input id="profile-email" name="m" type="email" dir="ltr" maxLength={80} autoComplete="email" />
      </p>
      <p>
        <label for="profile-locale">{t('profile.locale')}</label>
        <select id="profile-locale" name="k">
          <option value="">—</option>
          {locales.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </p>
      {/* Usable once the form is live (it wakes when scrolled to, in a moment); until then it says why. What is typed meanwhile is kept. */}
      <button type="submit" class="button" disabled={!hydrated} aria-describedby={hydrated ? undefined : 'profile-waking'}>
        {t('profile.save')}
      </button>
      {!hydrated && (
        <p class="question__hint" id="profile-waking">
          {t('profile.waking')}
        </p>
      )}
      <p role="status" class="form-message">
        {message}
      </p>
    </form>
  );
}
