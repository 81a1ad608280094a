/**
 * Translation parity: what a translation may not change. Text is the translator's; structure is
 * shared by every locale (answers are stored as option indexes, role-play paths as node and reply
 * ids, lesson links as section ids), so a translation whose structure differs from its original
 * contradicts it. Each problem is one line, `path: what differs`, the path inside the translation.
 */
import { normaliseValue, splitList } from '../figures/values';

export interface ChoiceLike {
  readonly correct?: boolean | undefined;
}

/** A quiz question as authored (content/quizzes/<locale>/<lesson>.yaml). */
export interface QuestionLike {
  readonly id: string;
  readonly type: string;
  readonly section: string;
  readonly source: string;
  readonly check?: boolean | undefined;
  readonly options?: readonly ChoiceLike[] | undefined;
  readonly answer?: boolean | number | undefined;
  readonly items?: readonly unknown[] | undefined;
  readonly pairs?: readonly unknown[] | undefined;
}

export interface RolePlayChoiceLike {
  readonly next: string;
  readonly effect: number;
  readonly lesson: string;
  readonly section?: string | undefined;
  readonly source: string;
}

/** A role-play as authored (content/roleplays/<locale>/<id>.yaml). */
export interface RolePlayLike {
  readonly lesson: string;
  readonly start: string;
  readonly meter: { readonly initial: number };
  readonly persona: { readonly openingLines: readonly unknown[] };
  readonly nodes: Readonly<Record<string, { readonly choices: readonly RolePlayChoiceLike[] }>>;
  readonly endings: Readonly<Record<string, { readonly outcome: string }>>;
}

/** A <Figure> as written: its string props (a translation changes only labels, centre, caption and alt). */
export type FigureLike = Readonly<Record<string, string>>;

/** What a lesson shares with its translations: frontmatter fields, section ids, facilitator timing, figures. */
export interface LessonLike {
  /** The frontmatter as written (only the shared fields are compared). */
  readonly frontmatter: Readonly<Record<string, unknown>>;
  /** Ids of the lesson's sections, in order. */
  readonly sections: readonly string[];
  /** <FacilitatorNotes timing> as written, key by key, and its role-play. */
  readonly timing?: Readonly<Record<string, number>> | undefined;
  readonly roleplay?: string | undefined;
  /** The lesson's <Figure> elements, in order. */
  readonly figures?: readonly FigureLike[] | undefined;
  /** The glossary ids its <Term>s explain (the glossary's "Explained in" and the flashcards follow them). */
  readonly terms?: readonly string[] | undefined;
}

/** A glossary entry as authored (content/glossary/<locale>.yaml). */
export interface GlossaryLike {
  readonly id: string;
}

export type Translatable =
  | { readonly kind: 'question'; readonly value: QuestionLike }
  | { readonly kind: 'roleplay'; readonly value: RolePlayLike }
  | { readonly kind: 'lesson'; readonly value: LessonLike }
  | { readonly kind: 'glossary'; readonly value: GlossaryLike };

/** Lesson frontmatter a translation must restate unchanged (or leave out). */
export const SHARED_LESSON_FIELDS = ['minutes', 'workshopMinutes', 'sources'] as const;

const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

function same(path: string, ours: unknown, theirs: unknown, problems: string[]): void {
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) problems.push(`${path}: ${show(ours)} here but ${show(theirs)} in the original`);
}

function count(path: string, ours: readonly unknown[] | undefined, theirs: readonly unknown[] | undefined, what: string, problems: string[]): void {
  const a = ours?.length ?? 0;
  const b = theirs?.length ?? 0;
  if (a !== b) problems.push(`${path}: ${a} ${what} here but ${b} in the original (same count, same order)`);
}

function questionProblems(ours: QuestionLike, theirs: QuestionLike): string[] {
  const problems: string[] = [];
  same('id', ours.id, theirs.id, problems);
  if (ours.type !== theirs.type) {
    problems.push(`type: ${ours.type} here but ${theirs.type} in the original`);
    return problems;
  }
  same('section', ours.section, theirs.section, problems);
  same('source', ours.source, theirs.source, problems);
  same('check', ours.check !== false, theirs.check !== false, problems);
  same('answer', ours.answer, theirs.answer, problems);
  count('items', ours.items, theirs.items, 'items', problems);
  count('pairs', ours.pairs, theirs.pairs, 'pairs', problems);
  count('options', ours.options, theirs.options, 'options', problems);
  if (ours.options?.length === theirs.options?.length) {
    ours.options?.forEach((option, index) => {
      const correct = Boolean(option.correct);
      if (correct !== Boolean(theirs.options![index]!.correct)) {
        problems.push(`options.${index}.correct: option ${index + 1} is ${correct ? 'correct' : 'not correct'} here but ${correct ? 'not correct' : 'correct'} in the original (answers are stored by option position, shared by every locale)`);
      }
    });
  }
  return problems;
}

function rolePlayProblems(ours: RolePlayLike, theirs: RolePlayLike): string[] {
  const problems: string[] = [];
  same('lesson', ours.lesson, theirs.lesson, problems);
  same('start', ours.start, theirs.start, problems);
  same('meter.initial', ours.meter.initial, theirs.meter.initial, problems);
  count('persona.openingLines', ours.persona.openingLines, theirs.persona.openingLines, 'lines', problems);
  for (const nodeId of new Set([...Object.keys(ours.nodes), ...Object.keys(theirs.nodes)])) {
    const a = ours.nodes[nodeId];
    const b = theirs.nodes[nodeId];
    if (!a || !b) {
      problems.push(`nodes.${nodeId}: ${a ? 'not in the original' : 'missing (the original has it)'}`);
      continue;
    }
    count(`nodes.${nodeId}.choices`, a.choices, b.choices, 'replies', problems);
    if (a.choices.length !== b.choices.length) continue;
    a.choices.forEach((choice, index) => {
      const other = b.choices[index]!;
      for (const field of ['next', 'effect', 'lesson', 'section', 'source'] as const) same(`nodes.${nodeId}.choices.${index}.${field}`, choice[field], other[field], problems);
    });
  }
  for (const endingId of new Set([...Object.keys(ours.endings), ...Object.keys(theirs.endings)])) {
    const a = ours.endings[endingId];
    const b = theirs.endings[endingId];
    if (!a || !b) problems.push(`endings.${endingId}: ${a ? 'not in the original' : 'missing (the original has it)'}`);
    else same(`endings.${endingId}.outcome`, a.outcome, b.outcome, problems);
  }
  return problems;
}

function lessonProblems(ours: LessonLike, theirs: LessonLike): string[] {
  const problems: string[] = [];
  for (const field of SHARED_LESSON_FIELDS) {
    // A translation may leave a shared field out (the original's is used); if it restates it, it must be equal.
    if (field in ours.frontmatter) same(field, ours.frontmatter[field], theirs.frontmatter[field], problems);
  }
  const missing = theirs.sections.filter((id) => !ours.sections.includes(id));
  const extra = ours.sections.filter((id) => !theirs.sections.includes(id));
  if (missing.length > 0) problems.push(`sections: missing ${missing.map((id) => `#${id}`).join(', ')} (give each heading its original's id: ## Heading {/* #id */})`);
  if (extra.length > 0) problems.push(`sections: ${extra.map((id) => `#${id}`).join(', ')} not in the original (give each heading its original's id: ## Heading {/* #id */})`);
  if (missing.length === 0 && extra.length === 0 && ours.sections.join() !== theirs.sections.join()) {
    problems.push(`sections: in the order ${ours.sections.join(', ')} here but ${theirs.sections.join(', ')} in the original`);
  }
  same('FacilitatorNotes.timing', ours.timing, theirs.timing, problems);
  same('FacilitatorNotes.roleplay', ours.roleplay, theirs.roleplay, problems);
  figureParity(ours.figures ?? [], theirs.figures ?? [], problems);
  termParity(ours.terms ?? [], theirs.terms ?? [], problems);
  return problems;
}

/** Terms: the same glossary entries explained (in any order, any number of times: the words are the translator's). */
function termParity(ours: readonly string[], theirs: readonly string[], problems: string[]): void {
  const missing = [...new Set(theirs.filter((id) => !ours.includes(id)))];
  const extra = [...new Set(ours.filter((id) => !theirs.includes(id)))];
  if (missing.length > 0) problems.push(`terms: missing ${missing.map((id) => `<Term id="${id}">`).join(', ')} (wrap the words that translate the original's term)`);
  if (extra.length > 0) problems.push(`terms: ${extra.map((id) => `<Term id="${id}">`).join(', ')} not in the original`);
}

/**
 * Figures: same count, order, kind and source, the same numbers (however the locale groups or
 * writes digits) and as many labels; their words are the translator's.
 */
function figureParity(ours: readonly FigureLike[], theirs: readonly FigureLike[], problems: string[]): void {
  count('figures', ours, theirs, '<Figure> elements', problems);
  if (ours.length !== theirs.length) return;
  ours.forEach((figure, index) => {
    const other = theirs[index]!;
    const path = `figures.${index}`;
    same(`${path}.kind`, figure.kind, other.kind, problems);
    same(`${path}.source`, figure.source, other.source, problems);
    const values = splitList(figure.values);
    const original = splitList(other.values);
    if (values.length !== original.length || values.some((value, at) => normaliseValue(value) !== normaliseValue(original[at]!))) {
      problems.push(`${path}.values: ${show(figure.values)} here but ${show(other.values)} in the original (numbers are the source's, only their digits may be written the locale's way)`);
    }
    const labels = splitList(figure.labels).length;
    const originalLabels = splitList(other.labels).length;
    if (labels !== originalLabels) problems.push(`${path}.labels: ${labels} labels here but ${originalLabels} in the original (translate each, separated by "|")`);
  });
}

function glossaryProblems(ours: GlossaryLike, theirs: GlossaryLike): string[] {
  const problems: string[] = [];
  same('id', ours.id, theirs.id, problems);
  return problems;
}

/**
 * Every way `translation` contradicts `original` (both of the same kind): structure that
 * differs. Empty when the translation changes only text.
 */
export function translationProblems(original: Translatable, translation: Translatable): string[] {
  if (original.kind !== translation.kind) return [`(file): a ${translation.kind} cannot translate a ${original.kind}`];
  switch (original.kind) {
    case 'question':
      return questionProblems(translation.value as QuestionLike, original.value);
    case 'roleplay':
      return rolePlayProblems(translation.value as RolePlayLike, original.value);
    case 'lesson':
      return lessonProblems(translation.value as LessonLike, original.value);
    case 'glossary':
      return glossaryProblems(translation.value as GlossaryLike, original.value);
  }
}
