/**
 * The one notice shown wherever a page shows an original in place of its translation (a lesson,
 * a quiz question, a role-play, a glossary term): rendered by Astro pages (no JavaScript) and by
 * islands alike. The notice is in the page's language; the fallback text itself carries the
 * attributes of src/lib/i18n/localize.ts fallbackAttributes (lang, dir, data-pagefind-ignore).
 * Search skips both, so it indexes only real translations.
 */
interface Props {
  /** The notice, in the page's language (e.g. t('lesson.notTranslated', { language })). */
  text: string;
  /** A block notice (default) or an inline one inside a question or a term. */
  inline?: boolean | undefined;
}

export function FallbackNotice({ text, inline }: Props) {
  return (
    <p class={`notice notice--info notice--fallback${inline ? ' notice--inline' : ''}`} data-fallback-notice="" data-pagefind-ignore="">
      {text}
    </p>
  );
}

export default FallbackNotice;
