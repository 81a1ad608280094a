import { defineCollection } from 'astro:content';
import { courseLoader, glossaryLoader, loadSources, quizLoader, roleplayLoader, sourcesLoader, uiLoader, validatedGlob } from './loaders';
import type { Scenario } from './lib/roleplay/types';
import { z } from 'astro/zod';
import { GlossaryEntrySchema } from './schemas/glossary';
import type { Question } from './lib/quiz/types';

type QuizQuestion = Question & { check: boolean };
import { CourseSchema } from './schemas/course';
import { lessonSchema } from './schemas/lesson';
import { SourceSchema } from './schemas/source';
import { UiSchema } from './schemas/ui';

const sourceIds = loadSources().map((source) => source.id);
const LessonSchema = lessonSchema(sourceIds);

export const collections = {
  lessons: defineCollection({
    loader: validatedGlob({ pattern: '**/*.mdx', base: './content/lessons', schema: LessonSchema, what: 'lesson frontmatter' }),
    schema: LessonSchema,
  }),
  ui: defineCollection({ loader: uiLoader(), schema: UiSchema }),
  course: defineCollection({ loader: courseLoader(), schema: CourseSchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: SourceSchema }),
  // Validated by the loader (schema, then semantics); the stored shape is src/lib/quiz/types.ts.
  quizzes: defineCollection({ loader: quizLoader(), schema: z.object({ lesson: z.string(), questions: z.array(z.custom<QuizQuestion>()) }) }),
  // Validated by the loader (schema, graph, references); the stored shape is src/lib/roleplay/types.ts.
  roleplays: defineCollection({ loader: roleplayLoader(), schema: z.custom<Scenario>() }),
  glossary: defineCollection({ loader: glossaryLoader(), schema: GlossaryEntrySchema.extend({ order: z.number().int() }) }),
};
