import { z } from 'astro/zod';

/** One locale's interface strings: content/ui/<locale>.json, flat dotted keys. */
export const UiSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'keys are dotted lower-camel words, e.g. "nav.home"'),
  z.string().min(1),
);
