/**
 * Single choice, scenario, "select all that apply" and true/false: a list of
 * radio buttons or checkboxes. Options are shown in a stable shuffled order
 * (the authored order often puts the right answer first). Once the answers
 * are revealed, each option's label says whether it was chosen and whether it
 * was correct, with its feedback.
 */
import { displayOrder, seedFrom } from '../../lib/quiz/random';
import type { UiKey } from '../../lib/ui-strings';
import { questionKey, type Choice, type MultipleQuestion, type ScenarioQuestion, type SingleQuestion, type TrueFalseQuestion } from '../../lib/quiz/types';
import { dirOf, type QuestionProps } from './types';

type ChoiceLike = SingleQuestion | MultipleQuestion | ScenarioQuestion | TrueFalseQuestion;

function choicesOf(question: ChoiceLike, t: QuestionProps['t']): readonly Choice[] {
  if (question.type !== 'true-false') return question.options;
  // True/false has one explanation, shown below the options, so the options carry none.
  return [
    { text: t('quiz.true'), correct: question.answer, feedback: '' },
    { text: t('quiz.false'), correct: !question.answer, feedback: '' },
  ];
}

function chosenSet(question: ChoiceLike, response: QuestionProps['response']): Set<number> {
  if (question.type === 'true-false') return typeof response === 'boolean' ? new Set([response ? 0 : 1]) : new Set();
  if (question.type === 'multiple') return new Set(Array.isArray(response) ? response : []);
  return typeof response === 'number' ? new Set([response]) : new Set();
}

export function ChoiceQuestion({ question, response, onChange, checked, reveal = checked, t, id, lang }: QuestionProps<ChoiceLike>) {
  const choices = choicesOf(question, t);
  const multiple = question.type === 'multiple';
  const chosen = chosenSet(question, response);
  // True/false keeps True before False; other options come in the order worked out at build time
  // (the same on paper and on the projector), else a stable shuffle.
  const order = question.type === 'true-false' ? [0, 1] : (question.order ?? displayOrder(choices.length, seedFrom(questionKey(question))));
  const textLang = question.type === 'true-false' ? undefined : lang;

  function select(index: number) {
    if (question.type === 'true-false') onChange(index === 0);
    else if (multiple) onChange(chosen.has(index) ? [...chosen].filter((value) => value !== index) : [...chosen, index].sort((a, b) => a - b));
    else onChange(index);
  }

  function tag(index: number, choice: Choice): { key: UiKey; state: string } {
    const picked = chosen.has(index);
    if (picked) return choice.correct ? { key: 'quiz.chosenRight', state: 'chosen-right' } : { key: 'quiz.chosenWrong', state: 'chosen-wrong' };
    return choice.correct ? { key: 'quiz.missedRight', state: 'missed-right' } : { key: 'quiz.notChosen', state: 'not-chosen' };
  }

  return (
    <>
      {multiple && (
        <p class="question__hint" id={`${id}-hint`}>
          {t('quiz.selectAll')} <span class="question__rule">{t('quiz.multipleRule')}</span>
        </p>
      )}
      {/* The fieldset groups the options and names them once (no radiogroup inside it, which would name them again). */}
      <div class="choices">
        {order.map((index) => {
          const choice = choices[index]!;
          const status = checked && reveal ? tag(index, choice) : undefined;
          return (
            <div key={index} class={`choice${status ? ` choice--${status.state}` : ''}`}>
              {/*
                The option's text names the input, and the input takes its language: an English option on an
                Arabic page is read in English. After checking, the tag ("your answer, correct") describes it.
              */}
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  value={String(index)}
                  checked={chosen.has(index)}
                  disabled={checked}
                  lang={textLang}
                  aria-labelledby={textLang ? `${id}-option-${index}` : undefined}
                  aria-describedby={textLang && status ? `${id}-tag-${index}` : undefined}
                  onChange={() => select(index)}
                />{' '}
                <span class="choice__text" id={`${id}-option-${index}`} lang={textLang} dir={dirOf(textLang)}>
                  {choice.text}
                </span>
                {status && (
                  <span class="choice__tag" id={`${id}-tag-${index}`}>
                    {' '}
                    ({t(status.key)})
                  </span>
                )}
              </label>
              {status && choice.feedback && (
                <p class="choice__feedback" lang={textLang} dir={dirOf(textLang)}>
                  {choice.feedback}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
