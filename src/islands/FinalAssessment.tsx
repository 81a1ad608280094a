/**
 * The final assessment: 20 questions drawn from the whole bank with the seed
 * kept in progress, answers saved as they are given (a reload resumes the
 * same draw and answers), then a results view with a per-lesson breakdown.
 */
import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { finalStatus } from '../lib/progress/quiz-rules';
import { FINAL_QUESTIONS } from '../lib/progress/document';
import { assess } from '../lib/quiz/assessment';
import { fingerprintOf, rebuildAttempt } from '../lib/quiz/attempt';
import { encodeResponse } from '../lib/quiz/encode';
import { questionKey, type Question } from '../lib/quiz/types';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { saveFinalAnswer, startFinalAttempt, submitFinalAttempt } from '../stores/quiz';
import type { JourneyLinks } from './NextStepLink';
import { QuestionView } from './quiz/QuestionView';
import { LessonBreakdown } from './final/LessonBreakdown';
import { useHydrated } from './use-hydrated';

interface LessonInfo {
  readonly title: string;
  readonly href: string;
  readonly lang?: string | undefined;
}

interface Props {
  /** Every question of the course, each in the page's language where translated. */
  bank: Array<Question & { lang?: string | undefined; fallback?: boolean | undefined }>;
  /** The fallback notice for a question shown in the original (src/components/FallbackNotice.tsx). */
  notTranslated?: string | undefined;
  passMark: number;
  /** Every lesson, in course order. */
  lessons: Record<string, LessonInfo>;
  journey: JourneyLinks;
  sources: Record<string, string>;
  /** Section titles by "lesson#section", for review links that name where they lead. */
  sections?: Record<string, string> | undefined;
  /** Language of the source titles (English renderings) when not the page's. */
  sourceLang?: string | undefined;
  strings: UiStrings;
}

/** What the status region last said, kept until the next action: an attempt started, an answer given, the result. */
type Said = 'start' | 'answer' | 'score' | null;

export default function FinalAssessment({ bank, passMark, lessons, journey, sources, sections = {}, sourceLang, strings, notTranslated }: Props) {
  const t = makeTranslator(strings, 'FinalAssessment');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const keepAnswering = useRef<HTMLButtonElement>(null);
  /** The id of what gets focus once it is on the page: a heading or a question. */
  const [focusOn, setFocusOn] = useState<string>();
  const [nextStepView, setNextStepView] = useState<typeof import('./FinalNextStep')>();
  const fingerprint = fingerprintOf(bank);
  const status = finalStatus(progress, fingerprint);
  const final = progress.f;

  // Starting, submitting and the links to questions replace or leave what had focus: move it to
  // the new attempt's heading, the result's heading or the question, which is read out.
  useEffect(() => {
    const target = focusOn && document.getElementById(focusOn);
    if (target) {
      // A question (a fieldset) is made focusable from script only; a button keeps its place in the tab order.
      if (target.tabIndex < 0) target.tabIndex = -1;
      target.focus();
      setFocusOn(undefined);
    }
  }, [focusOn, status]);

  // The confirmation is a modal dialog: Escape closes it, focus starts on the safe choice ("Keep answering")
  // and goes back to "Submit my answers" when it closes (the browser does that for a modal dialog).
  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (confirming && !box.open) {
      box.showModal();
      keepAnswering.current?.focus();
    } else if (!confirming && box.open) box.close();
  }, [confirming]);

  // The way on from a result (to the certificate), loaded when a result is first shown.
  useEffect(() => {
    if (status === 'submitted') void import('./FinalNextStep').then(setNextStepView);
  }, [status]);

  const lessonOrder = Object.keys(lessons);
  const { questions, shown, given, answered, unanswered } =
    status === 'not-started' || !final
      ? { questions: [], shown: [], given: [], answered: 0, unanswered: [] }
      : rebuildAttempt(bank, final.s, final.r, FINAL_QUESTIONS);
  const result = assess(questions, given, passMark, lessonOrder);

  function start() {
    setConfirming(false);
    setSaid('start');
    startFinalAttempt(fingerprint);
    setFocusOn('final-attempt-heading');
  }

  /** Links to questions of the attempt by number ("Question 3"), each moving focus to its question. */
  function questionLinks(indexes: readonly number[], labelId: string) {
    return (
      <ul class="final__jumps" aria-labelledby={labelId}>
        {indexes.map((index) => (
          <li key={index}>
            <a
              href={`#final-${index}`}
              onClick={(event) => {
                event.preventDefault();
                // Closed at once, so the question outside the modal dialog can take focus.
                dialog.current?.close();
                setConfirming(false);
                setFocusOn(`final-${index}`);
              }}
            >
              {t('quiz.question', { number: index + 1 })}
            </a>
          </li>
        ))}
      </ul>
    );
  }

  function submit() {
    dialog.current?.close();
    submitFinalAttempt(result.percent, result.passed);
    setConfirming(false);
    setSaid('score');
    setFocusOn('final-result-heading');
  }

  function questionList(checked: boolean) {
    return (
      <div class="final__questions">
        {questions.map((question, index) => (
          <QuestionView
            key={questionKey(question)}
            question={question}
            number={index + 1}
            response={shown[index]}
            scored={given[index]}
            onChange={(response) => {
              saveFinalAnswer(index, encodeResponse(response));
              setSaid('answer');
            }}
            checked={checked}
            t={t}
            id={`final-${index}`}
            lang={question.lang}
            notice={question.fallback ? notTranslated : undefined}
            reviewHref={`${lessons[question.lesson]?.href ?? ''}#${question.section}`}
            reviewSection={sections[`${question.lesson}#${question.section}`]}
            reviewLang={lessons[question.lesson]?.lang}
            sourceLang={sourceLang}
            sourceLabel={sources[question.source] ?? question.source}
          />
        ))}
      </div>
    );
  }

  const answeredText = t('final.answered', { answered, total: questions.length });
  const scoreText = `${t('final.score', { percent: result.percent, correct: result.fullyCorrect, count: result.possible })} ${t(result.passed ? 'final.passed' : 'final.failed', { mark: passMark })}`;
  // One status region, on the page from the first paint whatever the step, so each change is heard:
  // an attempt started, each answer counted, the score.
  const announcement =
    status === 'in-progress' && said === 'start'
      ? `${t('final.started', { number: final!.n })} ${answeredText}`
      : status === 'in-progress' && said === 'answer'
        ? answeredText
        : status === 'submitted' && said === 'score'
          ? scoreText
          : '';
  const live = (
    <div class="visually-hidden" role="status" id="final-live">
      {announcement}
    </div>
  );

  const intro = <p>{t('final.intro', { count: Math.min(FINAL_QUESTIONS, bank.length), bank: bank.length, mark: passMark })}</p>;

  if (status === 'submitted') {
    return (
      <div class="final">
        {live}
        <section class="final__result" aria-labelledby="final-result-heading">
          <h2 id="final-result-heading" tabIndex={-1}>
            {t('final.resultTitle')}
          </h2>
          <p class={`final__verdict final__verdict--${result.passed ? 'passed' : 'failed'}`}>{scoreText}</p>
          <p>{t('final.attempt', { number: final!.n, best: final!.b ?? result.percent })}</p>
          {nextStepView && (
            <nextStepView.FinalNextStep progress={progress} lessons={lessons} journey={journey} t={t} />
          )}
          <LessonBreakdown result={result} lessons={lessons} t={t} />
          <button type="button" class="button" onClick={start}>
            {t('final.newAttempt')}
          </button>
        </section>
        <h2>{t('final.review')}</h2>
        {result.mistakes.length > 0 && (
          <>
            <p id="final-mistakes">{t('final.mistakes', { count: result.mistakes.length })}</p>
            {questionLinks(result.mistakes, 'final-mistakes')}
          </>
        )}
        {questionList(true)}
      </div>
    );
  }

  if (status === 'in-progress') {
    const missing = questions.length - answered;
    return (
      <div class="final">
        {live}
        <h2 id="final-attempt-heading" tabIndex={-1}>
          {t('final.attemptHeading', { number: final!.n, count: questions.length })}
        </h2>
        {intro}
        <p class="final__counter">
          {t('final.answered', { answered, total: questions.length })}
        </p>
        {questionList(false)}
        <div class="final__submit">
          <button
            type="button"
            class="button"
            onClick={() => {
              if (missing === 0) return submit();
              setConfirming(true);
            }}
          >
            {t('final.submit')}
          </button>
        </div>
        <dialog ref={dialog} class="dialog" role="alertdialog" aria-labelledby="final-confirm" onClose={() => setConfirming(false)}>
          {confirming && (
            <>
              <p id="final-confirm">{t('final.confirm', { count: missing })}</p>
              <p id="final-unanswered">{t('final.unanswered')}</p>
              {questionLinks(unanswered, 'final-unanswered')}
              <div class="notice__actions">
                <button type="button" class="button button--quiet" ref={keepAnswering} onClick={() => setConfirming(false)}>
                  {t('final.confirmNo')}
                </button>
                <button type="button" class="button" onClick={submit}>
                  {t('final.confirmYes')}
                </button>
              </div>
            </>
          )}
        </dialog>
      </div>
    );
  }

  return (
    <div class="final">
      {live}
      {intro}
      {final && final.p !== fingerprint && !final.d && <p class="notice notice--info">{t('final.bankChanged')}</p>}
      {final?.b !== undefined && <p>{t('final.attempt', { number: final.n, best: final.b })}</p>}
      {hydrated && (
        <button type="button" class="button" onClick={start}>
          {t('final.start')}
        </button>
      )}
    </div>
  );
}
