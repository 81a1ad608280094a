/** The link to the learner's next step (src/lib/progress/next-step.ts), shared by the ends of the journey. */
import type { CompletionRules } from '../lib/progress/completion';
import type { Translate } from '../lib/ui-strings';
import type { NextStep } from '../lib/progress/next-step';

/** What an island needs, besides the lessons, to say what comes next. */
export interface JourneyLinks {
  /** Lessons that have a knowledge check. */
  readonly checks: string[];
  readonly rules: CompletionRules;
  readonly finalHref: string;
  readonly certificateHref: string;
}

export interface StepLesson {
  readonly slug: string;
  readonly href: string;
  readonly title: string;
  readonly lang?: string | undefined;
}

interface Props {
  step: NextStep;
  lessons: readonly StepLesson[];
  journey: JourneyLinks;
  t: Translate;
}

export function NextStepLink({ step, lessons, journey, t }: Props) {
  if (step.kind === 'final' || step.kind === 'certificate') {
    return (
      <a class="button" href={step.kind === 'final' ? journey.finalHref : journey.certificateHref}>
        {t(`next.${step.kind}`)}
      </a>
    );
  }
  const lesson = lessons.find((candidate) => candidate.slug === step.slug)!;
  return (
    <a class="button" href={step.kind === 'lesson' ? lesson.href : `${lesson.href}#check-${lesson.slug}-heading`}>
      {t(`next.${step.kind}`)} <span lang={lesson.lang}>{lesson.title}</span>
    </a>
  );
}
