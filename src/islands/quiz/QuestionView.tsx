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
import { FallbackNotice } from '../../components/FallbackNotice';

interface Props extends QuestionProps {
  readonly number: number;
  /** Lesson page URL plus "#section". */
  readonly reviewHref: string;
  /** "Facing complaints (001)". */
  readonly sourceLabel: string;
  /** The title of the lesson section the review link leads to, when known: the link then names it. */
  readonly reviewSection?: string | undefined;
  /** Language of that title when it differs from the page's. */
  readonly reviewLang?: string | undefined;
  /** Language of the source's title (an English rendering) when it differs from the page's. */
  readonly sourceLang?: string | undefined;
  /** The fallback notice, when the question is shown in the original in place of its translation. */
  readonly notice?: string | undefined;
  /**
   * The response the verdict scores, when it differs from the one shown: in the final an unanswered
   * question shows its starting order or choices but scores as unanswered (src/lib/quiz/attempt.ts).
   */
  readonly scored?: QuestionProps['response'];
}

/** Where a question's hint is, for the fieldset's description: choice lists with several answers, ordering, matching. */
export function hasHint(question: Question): boolean {
  return question.type === 'multiple' || question.type === 'ordering' || question.type === 'matching';
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
  const { question, response, checked, reveal = checked, t, id, lang, number, reviewHref, sourceLabel, reviewSection, reviewLang, sourceLang, notice } = props;
  const score = checked ? scoreQuestion(question, 'scored' in props ? props.scored : response) : undefined;
  const verdict = score && (score.correct ? t('quiz.correct') : score.points > 0 ? t('quiz.partly', { percent: percent(score.points, 1) }) : t('quiz.incorrect'));
  const explanation = explanationOf(question);
  const textDir = dirOf(lang);
  const feedbackClass = score && `question__feedback question__feedback--${score.correct ? 'right' : score.points > 0 ? 'partly' : 'wrong'}`;
  // "Review “{section}” in the lesson", with the section's title in its own language.
  const [reviewBefore, reviewAfter] = reviewSection ? t('quiz.reviewSection', { section: '\u0000' }).split('\u0000') : [];
  return (
    <fieldset
      class={`question question--${question.type}`}
      id={id}
      data-question={`${question.lesson}/${question.id}`}
      aria-describedby={hasHint(question) ? `${id}-hint` : undefined}
      data-pagefind-ignore={notice ? '' : undefined}
    >
      {/* A heading per question: a screen reader moves from one to the next without tabbing through every option. */}
      <legend id={`${id}-legend`}>
        <h3 class="question__heading" id={`${id}-heading`}>
          <span class="question__number">{t('quiz.question', { number })}</span>{' '}
          <span class="question__prompt" lang={lang} dir={textDir}>
            {question.prompt}
          </span>
        </h3>
      </legend>
      {notice && <FallbackNotice text={notice} />}
      {/* The verdict comes before the options, so it is heard first. */}
      {score && (
        <p class={`question__verdict ${feedbackClass}`} id={`${id}-verdict`}>
          {verdict}
        </p>
      )}
      {question.type === 'scenario' && (
        <p class="question__situation" lang={lang} dir={textDir}>
          {question.situation}
        </p>
      )}
      <Controls {...props} />
      {score && (
        <div class={feedbackClass}>
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
            <a href={reviewHref}>
              {reviewSection ? (
                <>
                  {reviewBefore}
                  <span lang={reviewLang} dir={dirOf(reviewLang)}>
                    {reviewSection}
                  </span>
                  {reviewAfter}
                </>
              ) : (
                t('quiz.review')
              )}
            </a>{' '}
            ·{' '}
            <span lang={sourceLang} dir={dirOf(sourceLang)}>
              {sourceLabel}
            </span>
          </p>
        </div>
      )}
    </fieldset>
  );
}
