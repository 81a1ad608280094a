/** The learner's details: the name printed on the certificate (any script), optional ID and email, preferred language. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_NAME } from '../lib/progress/schema';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress } from '../stores/progress';
import { saveProfile } from '../stores/journey';
import { useHydrated } from './use-hydrated';

interface Props {
  strings: UiStrings;
  locales: Array<{ code: string; label: string }>;
}

export default function ProfileForm({ strings, locales }: Props) {
  const t = makeTranslator(strings, 'ProfileForm');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated();
  const profile = progress.u;
  const [name, setName] = useState('');
  const [employee, setEmployee] = useState('');
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState('');
  const [message, setMessage] = useState('');

  // Fill the form once the stored profile is known (after hydration, or when another tab changes it).
  useEffect(() => {
    setName(profile?.n ?? '');
    setEmployee(profile?.e ?? '');
    setEmail(profile?.m ?? '');
    setLocale(profile?.k ?? '');
  }, [profile?.n, profile?.e, profile?.m, profile?.k]);

  function save(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setMessage(t('profile.nameMissing'));
      return;
    }
    saveProfile({
      n: name.trim(),
      ...(employee.trim() ? { e: employee.trim() } : {}),
      ...(email.trim() ? { m: email.trim() } : {}),
      ...(locale ? { k: locale } : {}),
    });
    setMessage(t('profile.saved'));
  }

  return (
    <form class="profile-form" onSubmit={save}>
      <p>{t('profile.intro')}</p>
      <p>
        <label for="profile-name">{t('profile.name')}</label>
        <input id="profile-name" dir="auto" maxLength={MAX_NAME} required autoComplete="name" value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />
      </p>
      <p>
        <label for="profile-employee">{t('profile.employeeId')}</label>
        <input id="profile-employee" dir="auto" maxLength={32} value={employee} onInput={(event) => setEmployee((event.target as HTMLInputElement).value)} />
      </p>
      <p>
        <label for="profile-email">{t('profile.email')}</label>
        <input id="profile-email" type="email" dir="ltr" maxLength={80} autoComplete="email" value={email} onInput={(event) => setEmail((event.target as HTMLInputElement).value)} />
      </p>
      <p>
        <label for="profile-locale">{t('profile.locale')}</label>
        <select id="profile-locale" value={locale} onChange={(event) => setLocale((event.target as HTMLSelectElement).value)}>
          <option value="">—</option>
          {locales.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" class="button" disabled={!hydrated}>
        {t('profile.save')}
      </button>
      <p role="status" class="form-message">
        {message}
      </p>
    </form>
  );
}
