import type { Question, Response } from '../../lib/quiz/types';

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** What every question component receives. */
export interface QuestionProps<Q extends Question = Question> {
  readonly question: Q;
  readonly response: Response | undefined;
  readonly onChange: (response: Response) => void;
  /** After checking: inputs are locked and each part says whether it was right. */
  readonly checked: boolean;
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
