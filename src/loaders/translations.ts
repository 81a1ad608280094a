/**
 * Every translatable item of the course and where each locale's translation stands: what
 * `npm run i18n:status` reports and `npm run i18n:stamp` stamps (scripts/i18n.mjs). The same
 * fingerprints and parity rules as the loaders.
 */
import { contentHash, translationState } from '../lib/i18n/hash';
import { translationProblems } from '../lib/i18n/parity';
import type { ItemState, StatusItem } from '../lib/i18n/status';
import { exists, listFiles, loadCourse, readStructured } from './files';
import { lessonParityProblems, lessonPath, lessonTranslation } from './lessons';

export interface InventoryItem extends StatusItem {
  /** The original's fingerprint, to write as `translatedFrom:`. */
  readonly hash: string;
  /** How the translation contradicts its original (it cannot be stamped until fixed). */
  readonly problems: readonly string[];
}

type Raw = Record<string, unknown> & { id?: string; translatedFrom?: string };

const stateOf = (hash: string, translation: Raw | undefined): ItemState => (translation ? translationState(hash, translation.translatedFrom) : 'missing');

export function translationInventory(): { items: InventoryItem[]; locales: string[] } {
  const course = loadCourse();
  const locales = course.locales.filter((locale) => locale !== course.defaultLocale);
  const items: InventoryItem[] = [];
  const slugs = listFiles(`content/lessons/${course.defaultLocale}`, '.mdx').map((name) => name.replace(/\.mdx$/, ''));
  const quizzes = listFiles(`content/quizzes/${course.defaultLocale}`, '.yaml').map((name) => name.replace(/\.yaml$/, ''));
  const plays = listFiles(`content/roleplays/${course.defaultLocale}`, '.yaml').map((name) => name.replace(/\.yaml$/, ''));
  const glossary = (readStructured(`content/glossary/${course.defaultLocale}.yaml`) as Raw[]) ?? [];
  for (const locale of locales) {
    for (const slug of slugs) {
      const { state, original } = lessonTranslation(course, locale, slug);
      items.push({ locale, kind: 'lesson', id: slug, file: lessonPath(locale, slug), state, hash: original!.hash, problems: state === 'missing' ? [] : lessonParityProblems(course, locale, slug, true) });
    }
    for (const name of listFiles(`content/lessons/${locale}`, '.mdx').map((file) => file.replace(/\.mdx$/, ''))) {
      if (!slugs.includes(name)) items.push({ locale, kind: 'lesson', id: name, file: lessonPath(locale, name), state: 'obsolete', hash: '', problems: [] });
    }
    for (const lesson of quizzes) {
      const file = `content/quizzes/${locale}/${lesson}.yaml`;
      const originals = (readStructured(`content/quizzes/${course.defaultLocale}/${lesson}.yaml`) as { questions: Raw[] }).questions;
      const translated = exists(file) ? (readStructured(file) as { questions: Raw[] }).questions : [];
      for (const original of originals) {
        const translation = translated.find((question) => question.id === original.id);
        const hash = contentHash(original);
        const problems = translation ? translationProblems({ kind: 'question', value: original as never }, { kind: 'question', value: translation as never }) : [];
        items.push({ locale, kind: 'question', id: `${lesson}/${original.id}`, file, state: stateOf(hash, translation), hash, problems });
      }
      for (const question of translated) {
        if (!originals.some((original) => original.id === question.id)) items.push({ locale, kind: 'question', id: `${lesson}/${question.id}`, file, state: 'obsolete', hash: '', problems: [] });
      }
    }
    for (const id of plays) {
      const file = `content/roleplays/${locale}/${id}.yaml`;
      const original = readStructured(`content/roleplays/${course.defaultLocale}/${id}.yaml`) as Raw;
      const translation = exists(file) ? (readStructured(file) as Raw) : undefined;
      const hash = contentHash(original);
      const problems = translation ? translationProblems({ kind: 'roleplay', value: original as never }, { kind: 'roleplay', value: translation as never }) : [];
      items.push({ locale, kind: 'roleplay', id, file, state: stateOf(hash, translation), hash, problems });
    }
    const termsFile = `content/glossary/${locale}.yaml`;
    const terms = exists(termsFile) ? ((readStructured(termsFile) as Raw[] | null) ?? []) : [];
    for (const original of glossary) {
      const translation = terms.find((term) => term.id === original.id);
      const hash = contentHash(original);
      const problems = translation ? translationProblems({ kind: 'glossary', value: original as never }, { kind: 'glossary', value: translation as never }) : [];
      items.push({ locale, kind: 'term', id: original.id!, file: termsFile, state: stateOf(hash, translation), hash, problems });
    }
    for (const term of terms) {
      if (!glossary.some((original) => original.id === term.id)) items.push({ locale, kind: 'term', id: term.id!, file: termsFile, state: 'obsolete', hash: '', problems: [] });
    }
  }
  return { items, locales };
}
