/**
 * The translation status report (`npm run i18n:status`): per locale, what is translated and
 * current, what is missing, out of date (its original changed since), unstamped (no
 * `translatedFrom:` yet) or obsolete (its original is gone), and what to do about each.
 */

export type ItemKind = 'lesson' | 'question' | 'roleplay' | 'term';
export type ItemState = 'current' | 'unstamped' | 'outOfDate' | 'missing' | 'obsolete';

export interface StatusItem {
  readonly locale: string;
  readonly kind: ItemKind;
  /** The item's id: a lesson slug, "lesson/question", a role-play id, a glossary term id. */
  readonly id: string;
  /** The translation's file (where it is, or where it would go). */
  readonly file: string;
  readonly state: ItemState;
}

const KIND_LABEL: Record<ItemKind, string> = { lesson: 'lessons', question: 'quiz questions', roleplay: 'role-plays', term: 'glossary terms' };
const KINDS = Object.keys(KIND_LABEL) as ItemKind[];

const ADVICE: Record<Exclude<ItemState, 'current'>, string> = {
  outOfDate: 'Out of date (the original changed after the translation; the site shows the original): update the translation, then `npm run i18n:stamp -- --refresh`',
  unstamped: 'Unstamped (shown, but a later change to the original would go unnoticed): `npm run i18n:stamp`',
  missing: 'Missing (the site shows the original with a notice): translate',
  obsolete: 'Obsolete (the original is gone; the site ignores it): delete',
};

/** Counts per locale and kind: how many items of each state. */
export function statusCounts(items: readonly StatusItem[]): Map<string, Map<ItemKind, Record<ItemState, number>>> {
  const counts = new Map<string, Map<ItemKind, Record<ItemState, number>>>();
  for (const item of items) {
    const byKind = counts.get(item.locale) ?? new Map<ItemKind, Record<ItemState, number>>();
    counts.set(item.locale, byKind);
    const record = byKind.get(item.kind) ?? { current: 0, unstamped: 0, outOfDate: 0, missing: 0, obsolete: 0 };
    byKind.set(item.kind, record);
    record[item.state] += 1;
  }
  return counts;
}

/** The report as text: a table per locale, then what to do next, file by file. */
export function formatStatus(items: readonly StatusItem[], locales: readonly string[]): string {
  const counts = statusCounts(items);
  const out: string[] = [];
  for (const locale of locales) {
    const byKind = counts.get(locale);
    out.push(`## ${locale}`, '');
    if (!byKind) {
      out.push('Nothing to translate.', '');
      continue;
    }
    out.push('| | translated | unstamped | out of date | missing | obsolete |', '|---|---|---|---|---|---|');
    for (const kind of KINDS) {
      const record = byKind.get(kind);
      if (!record) continue;
      const total = record.current + record.unstamped + record.outOfDate + record.missing;
      out.push(`| ${KIND_LABEL[kind]} | ${record.current + record.unstamped} of ${total} | ${record.unstamped} | ${record.outOfDate} | ${record.missing} | ${record.obsolete} |`);
    }
    out.push('');
    for (const state of ['outOfDate', 'missing', 'unstamped', 'obsolete'] as const) {
      const matching = items.filter((item) => item.locale === locale && item.state === state);
      if (matching.length === 0) continue;
      out.push(`${ADVICE[state]}:`);
      // Questions and terms are listed by id inside their file; lessons and role-plays are a file each.
      const byFile = new Map<string, string[]>();
      for (const item of matching) {
        const ids = byFile.get(item.file) ?? [];
        if (item.kind === 'question' || item.kind === 'term') ids.push(item.kind === 'question' ? item.id.split('/').slice(1).join('/') : item.id);
        byFile.set(item.file, ids);
      }
      for (const [file, ids] of byFile) out.push(`  - ${file}${ids.length > 0 ? `: ${ids.join(', ')}` : ''}`);
      out.push('');
    }
    if (!items.some((item) => item.locale === locale && item.state !== 'current')) out.push('Everything is translated and stamped.', '');
  }
  return out.join('\n');
}
