/**
 * Questions as the browser sees them: what content/quizzes/<locale>/<lesson>.yaml
 * becomes after validation. Options, items and pairs are addressed by their
 * index in the authored order, which is also the correct order for ordering
 * questions.
 */

export interface Choice {
  readonly text: string;
  readonly correct: boolean;
  /** Why this option is right or wrong: shown after checking. */
  readonly feedback: string;
}

interface Common {
  /** Unique within the course as "<lesson>/<id>". */
  readonly id: string;
  readonly lesson: string;
  readonly prompt: string;
  /** Heading id in the lesson that teaches it. */
  readonly section: string;
  /** Source document file name. */
  readonly source: string;
  /** The principle it practises, shown with the feedback. */
  readonly principle: string;
}

export interface SingleQuestion extends Common {
  readonly type: 'single';
  readonly options: readonly Choice[];
  /** Display order of the options (authored indexes), worked out at build time (src/lib/shuffle.ts). */
  readonly order?: readonly number[] | undefined;
}

export interface MultipleQuestion extends Common {
  readonly type: 'multiple';
  readonly options: readonly Choice[];
  /** Display order of the options (authored indexes), worked out at build time (src/lib/shuffle.ts). */
  readonly order?: readonly number[] | undefined;
}

export interface ScenarioQuestion extends Common {
  readonly type: 'scenario';
  /** The customer situation, before the prompt ("What do you say next?"). */
  readonly situation: string;
  readonly options: readonly Choice[];
  /** Display order of the options (authored indexes), worked out at build time (src/lib/shuffle.ts). */
  readonly order?: readonly number[] | undefined;
}

export interface TrueFalseQuestion extends Common {
  readonly type: 'true-false';
  readonly answer: boolean;
  /** Why the statement is true or false. */
  readonly explanation: string;
}

export interface OrderingQuestion extends Common {
  readonly type: 'ordering';
  /** In the correct order. */
  readonly items: readonly string[];
  readonly explanation: string;
}

export interface MatchingQuestion extends Common {
  readonly type: 'matching';
  readonly pairs: ReadonlyArray<{ readonly left: string; readonly right: string }>;
  readonly explanation: string;
}

export type Question = SingleQuestion | MultipleQuestion | ScenarioQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion;
export type QuestionType = Question['type'];

/**
 * A learner's answer. single/scenario: the chosen option index; multiple: the
 * chosen indexes; true-false: the chosen value; ordering: item indexes in the
 * learner's order; matching: for each pair (by index), the index of the right
 * side chosen, or -1 for none.
 */
export type Response = number | readonly number[] | boolean;

export function questionKey(question: Pick<Question, 'lesson' | 'id'>): string {
  return `${question.lesson}/${question.id}`;
}
