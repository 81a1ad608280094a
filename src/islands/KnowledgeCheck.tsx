/** A lesson's knowledge check: answer, check, see why, try again. The best score goes to progress. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { assess } from '../lib/quiz/assessment';
import { startingResponse } from '../lib/quiz/start';
import type { Question, Response } from '../lib/quiz/types';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { $progress } from '../stores/progress';
import { recordKnowledgeCheck } from '../stores/quiz';
import { QuestionView } from './quiz/QuestionView';
import { useHydrated } from './use-hydrated';

interface Props {
  lesson: string;
  /** The lesson page URL, for "review this" links. */
  lessonHref: string;
  questions: Question[];
  /** Source file name to "Title (000)". */
  sources: Record<string, string>;
  strings: UiStrings;
  /** Language of the questions when not the page's. */
  lang?: string | undefined;
}

export default function KnowledgeCheck({ lesson, lessonHref, questions, sources, strings, lang }: Props) {
  const t = makeTranslator(strings, 'KnowledgeCheck');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated();
  const [responses, setResponses] = useState<Array<Response | undefined>>(() => questions.map(startingResponse));
  const [checked, setChecked] = useState(false);
  const [focus, setFocus] = useState<'summary' | 'top' | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const result = assess(questions, responses, 0);
  const record = progress.l[lesson]?.q;
  const id = `check-${lesson}`;

  useEffect(() => {
    if (focus === 'summary') summary.current?.focus();
    if (focus === 'top') heading.current?.focus();
    setFocus(null);
  }, [focus]);

  function check(event: Event) {
    event.preventDefault();
    setChecked(true);
    recordKnowledgeCheck(lesson, result.percent);
    setFocus('summary');
  }

  function retry() {
    setResponses(questions.map(startingResponse));
    setChecked(false);
    setFocus('top');
  }

  return (
    <section class="quiz" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('quiz.heading')}
      </h2>
      <p>{t('quiz.intro', { count: questions.length })}</p>
      {record && <p class="quiz__best">{t('quiz.best', { percent: record.b, attempts: record.n })}</p>}
      <form onSubmit={check} noValidate>
        {questions.map((question, index) => (
          <QuestionView
            key={question.id}
            question={question}
            number={index + 1}
            response={responses[index]}
            onChange={(response) => setResponses((current) => current.map((value, i) => (i === index ? response : value)))}
            checked={checked}
            t={t}
            id={`${id}-${question.id}`}
            lang={lang}
            reviewHref={`${lessonHref}#${question.section}`}
            sourceLabel={sources[question.source] ?? question.source}
          />
        ))}
        <div role="status" class="quiz__result">
          {checked && (
            <p ref={summary} tabIndex={-1}>
              {t('quiz.score', { correct: result.fullyCorrect, total: result.possible, percent: result.percent })}
            </p>
          )}
        </div>
        {checked ? (
          <button type="button" class="button" onClick={retry}>
            {t('quiz.tryAgain')}
          </button>
        ) : (
          // Shown at once, usable once the island is live (it hydrates when scrolled to).
          <button type="submit" class="button" disabled={!hydrated}>
            {t('quiz.check')}
          </button>
        )}
      </form>
    </section>
  );
}
