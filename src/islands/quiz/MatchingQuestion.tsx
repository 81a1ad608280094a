/** Matching with native selects: one per item on the left, the right-hand side shuffled in each. */
import { displayOrder, seedFrom } from '../../lib/quiz/random';
import { questionKey, type MatchingQuestion as Matching } from '../../lib/quiz/types';
import { dirOf, type QuestionProps } from './types';

export function MatchingQuestion({ question, response, onChange, checked, reveal = checked, t, id, lang }: QuestionProps<Matching>) {
  const matches = Array.isArray(response) ? response : question.pairs.map(() => -1);
  const rights = displayOrder(question.pairs.length, seedFrom(questionKey(question)));
  const shown = checked && reveal;

  function choose(index: number, value: number) {
    const next = [...matches];
    next[index] = value;
    onChange(next);
  }

  /** "the correct match is “{right}”", the match in the question's language. */
  function withRight(text: string) {
    const [before, after] = t('quiz.matchWrong', { right: '\u0000' }).split('\u0000');
    return (
      <>
        {before}
        <span lang={lang} dir={dirOf(lang)}>
          {text}
        </span>
        {after}
      </>
    );
  }

  return (
    <>
      <p class="question__hint" id={`${id}-hint`}>
        {t('quiz.matchHint')}
      </p>
      <ul class="matching">
        {question.pairs.map((pair, index) => {
          const right = matches[index] === index;
          const control = `${id}-pair-${index}`;
          return (
            <li key={index} class={`matching__pair${shown ? (right ? ' matching__pair--right' : ' matching__pair--wrong') : ''}`}>
              <label id={`${control}-label`} for={control} lang={lang} dir={dirOf(lang)}>
                {pair.left}
              </label>
              <select
                id={control}
                value={String(matches[index] ?? -1)}
                disabled={checked}
                aria-labelledby={shown ? `${control}-label ${control}-result` : undefined}
                onChange={(event) => choose(index, Number((event.target as HTMLSelectElement).value))}
              >
                <option value="-1">{t('quiz.choose')}</option>
                {rights.map((option) => (
                  <option key={option} value={String(option)} lang={lang}>
                    {question.pairs[option]!.right}
                  </option>
                ))}
              </select>
              {shown && (
                <span class="choice__tag" id={`${control}-result`}>
                  {right ? t('quiz.matchRight') : withRight(pair.right)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
