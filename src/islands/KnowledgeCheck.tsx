/**
 * A lesson's knowledge check: answer every question, check, see which were
 * right, try again. The correct answers come from the attempt the course sets
 * (or on request): src/lib/quiz/check.ts. The best score goes to progress.
 */
import { useStore } from './use-store';
import { useEffect, useRef, useState, useLayoutEffect } from 'preact/hooks';
import { assess } from '../lib/quiz/assessment';
import { disclosure, unanswered } from '../lib/quiz/check';
import { responseFromControls, startingResponse } from '../lib/quiz/start';
import type { Question, Response } from '../lib/quiz/types';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { recordKnowledgeCheck } from '../stores/quiz';
import { QuestionView } from './quiz/QuestionView';
import { useHydrated } from './use-hydrated';

interface Props {
  lesson: string;
  /** The lesson page URL, for "review this" links. */
  lessonHref: string;
  /** Each question carries `lang` when it is not in the page's language (shown in the original, with the notice). */
  questions: Array<Question & { lang?: string | undefined; fallback?: boolean | undefined }>;
  /** Source file name to "Title (000)". */
  sources: Record<string, string>;
  strings: UiStrings;
  /** The attempt from which the correct answers are shown (course setting revealAnswersAfter). */
  revealAfter: number;
  /** The fallback notice for a question shown in the original (src/components/FallbackNotice.tsx). */
  notTranslated?: string | undefined;
  /** The titles of the lesson's sections the questions lead back to, by id: review links name them. */
  sections?: Record<string, string> | undefined;
  /** Language of those titles when not the page's. */
  sectionLang?: string | undefined;
  /** Language of the source titles (English renderings) when not the page's. */
  sourceLang?: string | undefined;
}

type FocusTarget = 'summary' | 'top' | 'missing' | 'shown';

export default function KnowledgeCheck({ lesson, lessonHref, questions, sources, strings, revealAfter, notTranslated, sections = {}, sectionLang, sourceLang }: Props) {
  const t = makeTranslator(strings, 'KnowledgeCheck');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const [responses, setResponses] = useState<Array<Response | undefined>>(() => questions.map(startingResponse));
  const [checked, setChecked] = useState(false);
  /** Which attempt the answers on screen were, counting those recorded before. */
  const [attempt, setAttempt] = useState(0);
  /** A check was asked for with questions unanswered: say which, until they are. */
  const [asked, setAsked] = useState(false);
  const [requested, setRequested] = useState(false);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const targets = { summary: useRef<HTMLParagraphElement>(null), top: useRef<HTMLHeadingElement>(null), missing: useRef<HTMLParagraphElement>(null), shown: useRef<HTMLParagraphElement>(null) };
  const result = assess(questions, responses, 0);
  const missing = unanswered(questions, responses);
  const record = progress.l[lesson]?.q;
  const shows = disclosure({ checked, attempts: attempt, revealAfter, requested });
  const id = `check-${lesson}`;
  const questionId = (question: Question) => `${id}-${question.id}`;

  // A layout effect: focus moves as the render that shows its target is committed, before the browser
  // handles anything else (a deferred effect could lose the move under load).
  useLayoutEffect(() => {
    if (focus) targets[focus].current?.focus();
    setFocus(null);
  }, [focus]);

  // The island wakes when scrolled to, but its radios, checkboxes and selects work before: keep what was chosen then.
  useEffect(() => {
    const early = questions.map((question) => {
      const box = document.getElementById(questionId(question));
      const ticked = [...(box?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((input) => Number(input.value));
      const selects = [...(box?.querySelectorAll('select') ?? [])].map((select) => Number(select.value));
      return responseFromControls(question, ticked, selects);
    });
    if (early.some((response, index) => response !== undefined && questions[index]!.type !== 'ordering' && JSON.stringify(response) !== JSON.stringify(startingResponse(questions[index]!)))) setResponses(early);
  }, []);

  function check(event: Event) {
    event.preventDefault();
    // A checked form has nothing to submit (its controls are locked); never record twice.
    if (checked) return;
    if (missing.length > 0) {
      // Nothing is recorded or shown until every question has an answer.
      setAsked(true);
      setFocus('missing');
      return;
    }
    setAsked(false);
    setChecked(true);
    setAttempt((record?.n ?? 0) + 1);
    recordKnowledgeCheck(lesson, result.percent);
    setFocus('summary');
  }

  function retry() {
    setResponses(questions.map(startingResponse));
    setChecked(false);
    setRequested(false);
    setFocus('top');
  }

  function showAnswers() {
    setRequested(true);
    setFocus('shown');
  }

  /** "Question 4" in a message leads to that question: its first control, or once checked (controls locked) its heading. */
  function goTo(event: MouseEvent, question: Question) {
    const box = document.getElementById(questionId(question));
    const control = checked ? box?.querySelector<HTMLElement>('h3') : box?.querySelector<HTMLElement>('input, select, button');
    if (!control) return;
    event.preventDefault();
    if (checked) control.tabIndex = -1;
    control.focus();
  }

  function questionLinks(indexes: readonly number[], labelId: string) {
    return (
      <ul class="quiz__missing" aria-labelledby={labelId}>
        {indexes.map((index) => (
          <li key={index}>
            <a href={`#${questionId(questions[index]!)}`} onClick={(event) => goTo(event, questions[index]!)}>
              {t('quiz.question', { number: index + 1 })}
            </a>
          </li>
        ))}
      </ul>
    );
  }



  return (
    <section class="quiz" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={targets.top} tabIndex={-1}>
        {t('quiz.heading')}
      </h2>
      <p>{t('quiz.intro', { count: questions.length })}</p>
      {record && <p class="quiz__best">{t('quiz.best', { percent: record.b, attempts: record.n })}</p>}
      {/*
        The result comes first, above the questions: the score, then which questions were not right, each a link to it.
        The region is on the page from the first paint, so what appears in it is read out.
      */}
      <div role="status" class="quiz__result">
        {!checked && asked && missing.length > 0 && (
          <>
            <p ref={targets.missing} tabIndex={-1} id={`${id}-missing`}>
              {t('quiz.answerFirst')}
            </p>
            {questionLinks(missing, `${id}-missing`)}
          </>
        )}
        {checked && (
          <>
            <p ref={targets.summary} tabIndex={-1}>
              {t('quiz.score', { correct: result.fullyCorrect, count: result.possible, percent: result.percent })}
            </p>
            {result.mistakes.length > 0 && (
              <>
                <p class="quiz__note" id={`${id}-wrong`}>
                  {t('quiz.notRight')}
                </p>
                {questionLinks(result.mistakes, `${id}-wrong`)}
              </>
            )}
            {shows === 'verdicts' ? (
              <p class="quiz__note">{t('quiz.answersHidden', { after: revealAfter })}</p>
            ) : (
              <p class="quiz__note" ref={targets.shown} tabIndex={-1}>
                {t('quiz.answersShown')}
              </p>
            )}
          </>
        )}
      </div>
      <form onSubmit={check} noValidate>
        {questions.map((question, index) => (
          <QuestionView
            key={question.id}
            question={question}
            number={index + 1}
            response={responses[index]}
            onChange={(response) => setResponses((current) => current.map((value, i) => (i === index ? response : value)))}
            checked={checked}
            reveal={shows === 'answers'}
            t={t}
            id={questionId(question)}
            lang={question.lang}
            notice={question.fallback ? notTranslated : undefined}
            reviewHref={`${lessonHref}#${question.section}`}
            reviewSection={sections[question.section]}
            reviewLang={sectionLang}
            sourceLang={sourceLang}
            sourceLabel={sources[question.source] ?? question.source}
          />
        ))}
        {/*
          Only the check button lives in the form. Try again is outside it: were
          it rendered in the submit button's place, Preact would reuse the
          element and make it type="submit" while its click is still being
          handled, and the browser would then submit the blank form (an empty
          0% attempt, recorded at once).
        */}
        {!checked && (
          // Shown at once, usable once the island is live (it wakes when scrolled to, in a moment); until then
          // it says why it is not available yet. Answers chosen meanwhile are kept.
          <button key="check" type="submit" class="button" disabled={!hydrated} aria-describedby={hydrated ? undefined : `${id}-waking`}>
            {t('quiz.check')}
          </button>
        )}
        {!checked && !hydrated && (
          <span class="question__hint" id={`${id}-waking`}>
            {t('quiz.waking')}
          </span>
        )}
      </form>
      {checked && (
        <div class="quiz__actions">
          <button key="retry" type="button" class="button" onClick={retry}>
            {t('quiz.tryAgain')}
          </button>
          {shows === 'verdicts' && (
            <button key="show" type="button" class="button button--quiet" onClick={showAnswers}>
              {t('quiz.showAnswers')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
