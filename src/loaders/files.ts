/**
 * What every loader shares: reading project files, the course settings and the source list.
 * This module imports no other loader, so the loaders form no import cycle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseWithFriendlyErrors, type SafeParse } from '../lib/friendly-errors';
import { CourseSchema, type Course } from '../schemas/course';
import { SourcesSchema } from '../schemas/source';

// Astro runs from the project root; import.meta.url would point into its bundle.
export const root = pathToFileURL(`${process.cwd()}/`);

export function rootRelative(path: string): string {
  return relative(fileURLToPath(root), path).split('\\').join('/');
}

/** Adapts a zod schema to the helper's safeParse shape. */
export function zodSafeParse<T extends z.ZodType>(schema: T): SafeParse<z.output<T>> {
  return (input) => {
    const result = schema.safeParse(input);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  };
}

export function readText(file: string): string {
  return readFileSync(new URL(file, root), 'utf-8');
}

/** Whether a project file exists. */
export function exists(file: string): boolean {
  return existsSync(new URL(file, root));
}

/** The names in a project folder ending with `extension`, sorted; none when the folder does not exist. */
export function listFiles(folder: string, extension: string): string[] {
  if (!exists(folder)) return [];
  return readdirSync(new URL(`${folder}/`, root)).filter((name) => name.endsWith(extension)).sort();
}

/** Parses YAML text, naming the file when its syntax is broken. */
export function parseStructured(file: string, text: string): unknown {
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ContentError(`Could not parse ${file}: ${(error as Error).message}`);
  }
}

/** Parses a YAML or JSON file, naming the file when its syntax is broken. */
export function readStructured(file: string): unknown {
  return parseStructured(file, readText(file));
}

export function loadSources() {
  const file = 'content/sources.yaml';
  return parseWithFriendlyErrors(zodSafeParse(SourcesSchema), readStructured(file), `Invalid source list in ${file}`);
}

export function loadCourse(): Course {
  const file = 'content/course.yaml';
  return parseWithFriendlyErrors(zodSafeParse(CourseSchema), readStructured(file), `Invalid course settings in ${file}`);
}

/** The course's locales with the default one first: originals are read before their translations. */
export function localesDefaultFirst(course: Course) {
  return [course.defaultLocale, ...course.locales.filter((code) => code !== course.defaultLocale)];
}

/** Throws one ContentError listing `problems` under `heading`, if there are any. */
export function failOn(heading: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new ContentError(`${heading}\n${problems.map((line) => `  - ${line}`).join('\n')}`);
}
