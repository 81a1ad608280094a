import { defineCollection } from 'astro:content';
import { courseLoader, glossaryLoader, lessonsLoader, loadSources, quizLoader, roleplayLoader, sourcesLoader, uiLoader } from './loaders';
import type { StoredQuestion } from './loaders/quiz';
import type { Scenario } from './lib/roleplay/types';
import { z } from 'astro/zod';
import { GlossaryEntrySchema } from './schemas/glossary';
import { CourseSchema } from './schemas/course';
import { lessonSchema } from './schemas/lesson';
import { SourceSchema } from './schemas/source';
import { UiSchema } from './schemas/ui';

const sourceIds = loadSources().map((source) => source.id);
const LessonSchema = lessonSchema(sourceIds);

/** Set by the loaders on a translation whose original changed since it was made: pages show the original. */
const outOfDate = { outOfDate: z.boolean() };

export const collections = {
  // Validated by the loader (frontmatter, component props, a translation's parity): src/loaders/lessons.ts.
  lessons: defineCollection({ loader: lessonsLoader(LessonSchema), schema: LessonSchema.extend({ ...outOfDate, terms: z.array(z.string()) }) }),
  ui: defineCollection({ loader: uiLoader(), schema: UiSchema }),
  course: defineCollection({ loader: courseLoader(), schema: CourseSchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: SourceSchema }),
  // Validated by the loader (schema, then semantics); the stored shape is src/lib/quiz/types.ts.
  quizzes: defineCollection({ loader: quizLoader(), schema: z.object({ lesson: z.string(), questions: z.array(z.custom<StoredQuestion>()) }) }),
  // Validated by the loader (schema, graph, references); the stored shape is src/lib/roleplay/types.ts.
  roleplays: defineCollection({ loader: roleplayLoader(), schema: z.custom<Scenario & { outOfDate: boolean }>() }),
  glossary: defineCollection({ loader: glossaryLoader(), schema: GlossaryEntrySchema.omit({ translatedFrom: true, lessons: true }).extend({ order: z.number().int(), ...outOfDate }) }),
};
