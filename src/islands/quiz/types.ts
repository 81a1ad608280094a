import type { Question, Response } from '../../lib/quiz/types';
import type { Translate } from '../../lib/ui-strings';

export type { Translate };

/** What every question component receives. */
export interface QuestionProps<Q extends Question = Question> {
  readonly question: Q;
  readonly response: Response | undefined;
  readonly onChange: (response: Response) => void;
  /** After checking: inputs are locked and each question says whether it was right. */
  readonly checked: boolean;
  /**
   * After checking, whether the correct answers are shown too: each option,
   * item or pair marked right or wrong, with its feedback. Defaults to
   * `checked`; a knowledge check holds them back (src/lib/quiz/check.ts).
   */
  readonly reveal?: boolean | undefined;
  readonly t: Translate;
  /** Unique prefix for element ids. */
  readonly id: string;
  /** Language of the question text when it differs from the page's (an untranslated quiz). */
  readonly lang?: string | undefined;
}

/** The text direction for a language code, for text shown in another language than the page. */
export function dirOf(lang: string | undefined): 'rtl' | 'ltr' | undefined {
  if (!lang) return undefined;
  return lang === 'ar' ? 'rtl' : 'ltr';
}
