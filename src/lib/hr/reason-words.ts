/**
 * A consistency reason (src/lib/hr/consistency.ts) in plain words of the
 * page's language. Kept apart, so that the pages that only show reasons (the
 * HR table) do not carry the checks, which rebuild and score the final.
 */
import type { Reason } from './consistency';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One reason in plain words of the page's language. */
export function describeReason(reason: Reason, t: Translate): string {
  const values = { ...reason.values };
  if (reason.what) values.what = t(`consistency.what.${reason.what}`, values);
  return t(`consistency.${reason.code}`, values);
}
