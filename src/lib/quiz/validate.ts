/**
 * Checks an authored quiz beyond its shape: what a schema cannot say. Each
 * problem names the question by id, so an author can find it.
 */

export interface AuthoredChoice {
  readonly text: string;
  readonly correct?: boolean | undefined;
  readonly feedback?: string | undefined;
}

export interface AuthoredQuestion {
  readonly id: string;
  readonly type: string;
  readonly section: string;
  readonly source: string;
  readonly check?: boolean | undefined;
  readonly options?: readonly AuthoredChoice[] | undefined;
  readonly items?: readonly string[] | undefined;
  readonly pairs?: ReadonlyArray<{ readonly left: string; readonly right: string }> | undefined;
}

export interface QuizContext {
  /** Heading ids of the lesson, e.g. "the-seventeen-steps". */
  readonly sections: ReadonlySet<string>;
  /** The lesson's sources (file names). */
  readonly sources: readonly string[];
  /** The lesson file, for messages. */
  readonly lessonFile: string;
  /** A translation may translate some questions only: the size of its knowledge check is not checked. */
  readonly partial?: boolean | undefined;
}

export const OPTION_LIMITS = { min: 2, max: 6 } as const;
export const CHECK_LIMITS = { min: 3, max: 6 } as const;

function optionProblems(question: AuthoredQuestion): string[] {
  const options = question.options ?? [];
  const problems: string[] = [];
  if (options.length < OPTION_LIMITS.min || options.length > OPTION_LIMITS.max) {
    problems.push(`has ${options.length} options; it needs ${OPTION_LIMITS.min} to ${OPTION_LIMITS.max}`);
  }
  const correct = options.filter((option) => option.correct).length;
  if (correct === 0) problems.push('has no correct answer');
  if (correct > 1 && question.type !== 'multiple') problems.push(`has ${correct} correct answers; a ${question.type} question needs exactly one`);
  if (question.type === 'multiple' && correct === options.length) problems.push('marks every option correct; add at least one wrong option');
  options.forEach((option, index) => {
    if (!option.feedback?.trim()) problems.push(`option ${index + 1} ("${option.text}") has no feedback`);
  });
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function shapeProblems(question: AuthoredQuestion): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return optionProblems(question);
    case 'ordering': {
      const items = question.items ?? [];
      const problems = items.length < 3 ? [`has ${items.length} items to order; it needs at least 3`] : [];
      return [...problems, ...duplicates(items).map((item) => `lists "${item}" twice`)];
    }
    case 'matching': {
      const pairs = question.pairs ?? [];
      const problems = pairs.length < 2 ? [`has ${pairs.length} pairs; it needs at least 2`] : [];
      const lefts = duplicates(pairs.map((pair) => pair.left)).map((left) => `has "${left}" on the left twice, so a pair is unmatched`);
      const rights = duplicates(pairs.map((pair) => pair.right)).map((right) => `has "${right}" on the right twice, so a pair is unmatched`);
      return [...problems, ...lefts, ...rights];
    }
    default:
      return [];
  }
}

/** Every problem in one lesson's quiz, one line each: `question "id": what is wrong`. */
export function quizProblems(questions: readonly AuthoredQuestion[], context: QuizContext): string[] {
  const problems: string[] = [];
  duplicates(questions.map((question) => question.id)).forEach((id) => problems.push(`question "${id}": the id is used more than once`));
  for (const question of questions) {
    const say = (text: string) => problems.push(`question "${question.id}": ${text}`);
    shapeProblems(question).forEach(say);
    if (!context.sections.has(question.section)) say(`links to section "#${question.section}", which is not a heading in ${context.lessonFile}`);
    if (!context.sources.includes(question.source)) say(`cites ${question.source}, which is not among the lesson's sources`);
  }
  const inCheck = questions.filter((question) => question.check !== false).length;
  if (!context.partial && inCheck < CHECK_LIMITS.min || inCheck > CHECK_LIMITS.max) {
    problems.push(`the knowledge check has ${inCheck} questions; it needs ${CHECK_LIMITS.min} to ${CHECK_LIMITS.max} (mark extra ones "check: false" to keep them for the final assessment only)`);
  }
  return problems;
}
