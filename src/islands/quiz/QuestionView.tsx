/**
 * One question of any type: the fieldset, the type's controls, and after
 * checking, its verdict and a link back to the lesson. The explanation and the
 * principle (either may give the answer away) come with the revealed answers.
 */
import { scoreQuestion, percent } from '../../lib/quiz/scoring';
import type { Question } from '../../lib/quiz/types';
import { ChoiceQuestion } from './ChoiceQuestion';
import { MatchingQuestion } from './MatchingQuestion';
import { OrderingQuestion } from './OrderingQuestion';
import { dirOf, type QuestionProps } from './types';

interface Props extends QuestionProps {
  readonly number: number;
  /** Lesson page URL plus "#section". */
  readonly reviewHref: string;
  /** "Facing complaints (001)". */
  readonly sourceLabel: string;
}

function Controls(props: QuestionProps) {
  const { question } = props;
  if (question.type === 'ordering') return <OrderingQuestion {...props} question={question} />;
  if (question.type === 'matching') return <MatchingQuestion {...props} question={question} />;
  return <ChoiceQuestion {...props} question={question} />;
}

function explanationOf(question: Question): string | undefined {
  return 'explanation' in question ? question.explanation : undefined;
}

export function QuestionView(props: Props) {
  const { question, response, checked, reveal = checked, t, id, lang, number, reviewHref, sourceLabel } = props;
  const score = checked ? scoreQuestion(question, response) : undefined;
  const verdict = score && (score.correct ? t('quiz.correct') : score.points > 0 ? t('quiz.partly', { percent: percent(score.points, 1) }) : t('quiz.incorrect'));
  const explanation = explanationOf(question);
  const textDir = dirOf(lang);
  return (
    <fieldset class={`question question--${question.type}`} id={id} data-question={`${question.lesson}/${question.id}`}>
      <legend id={`${id}-legend`}>
        <span class="question__number">{t('quiz.question', { number })}</span>{' '}
        <span class="question__prompt" lang={lang} dir={textDir}>
          {question.prompt}
        </span>
      </legend>
      {question.type === 'scenario' && (
        <p class="question__situation" lang={lang} dir={textDir}>
          {question.situation}
        </p>
      )}
      <Controls {...props} />
      {score && (
        <div class={`question__feedback question__feedback--${score.correct ? 'right' : score.points > 0 ? 'partly' : 'wrong'}`}>
          <p class="question__verdict">{verdict}</p>
          {reveal && explanation && (
            <p lang={lang} dir={textDir}>
              {explanation}
            </p>
          )}
          {reveal && (
            <p>
              <strong>{t('quiz.principle')}</strong>{' '}
              <span lang={lang} dir={textDir}>
                {question.principle}
              </span>
            </p>
          )}
          <p class="question__review">
            <a href={reviewHref}>{t('quiz.review')}</a> · <span>{sourceLabel}</span>
          </p>
        </div>
      )}
    </fieldset>
  );
}
