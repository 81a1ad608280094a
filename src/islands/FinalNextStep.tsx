/**
 * The final's result screen, the way on: the certificate, or what it still needs.
 * Loaded only once a result is shown, so the assessment itself loads less.
 */
import { nextStep } from '../lib/progress/next-step';
import type { Translate } from '../lib/ui-strings';
import type { Progress } from '../lib/progress/schema';
import { NextStepLink, type JourneyLinks, type StepLesson } from './NextStepLink';

interface Props {
  progress: Progress;
  /** Every lesson, in course order, by slug. */
  lessons: Record<string, Omit<StepLesson, 'slug'>>;
  journey: JourneyLinks;
  t: Translate;
}

export function FinalNextStep({ progress, lessons, journey, t }: Props) {
  const step = nextStep(progress, { lessons: Object.keys(lessons), checks: journey.checks, rules: journey.rules });
  // Not passed yet, with nothing else left: "Start a new attempt" is the way on.
  if (step.kind === 'final') return null;
  return (
    <p class="final__next">
      {t(step.kind === 'certificate' ? 'final.certificateReady' : 'final.towardsCertificate')} <NextStepLink step={step} lessons={Object.entries(lessons).map(([slug, lesson]) => ({ slug, ...lesson }))} journey={journey} t={t} />
    </p>
  );
}
