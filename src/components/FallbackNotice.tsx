/**
 * The one notice shown wherever a page shows an original in place of its translation (a lesson,
 * a quiz question, a role-play, a glossary term): rendered by Astro pages (no JavaScript) and by
 * islands alike. The notice is in the page's language; the fallback text itself carries the
 * attributes of src/lib/i18n/localize.ts fallbackAttributes (lang, dir, data-pagefind-ignore).
 * Search skips both, so it indexes only real translations.
 */
export function FallbackNotice({ text }: { text: string }) {
  return (
    <p class="notice notice--info" data-fallback-notice data-pagefind-ignore>
      {text}
    </p>
  );
}
