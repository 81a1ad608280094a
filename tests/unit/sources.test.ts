import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The source list must name real documents. They live beside this repository
 * (../shared/seeds, where CI puts them); MOT_SEEDS_DIR can point elsewhere.
 */
const seedsDir = process.env.MOT_SEEDS_DIR ?? '../shared/seeds';
const sources = parse(readFileSync('content/sources.yaml', 'utf-8')) as Array<{ id: string }>;

function lessonSources(): Array<{ file: string; ids: string[] }> {
  return readdirSync('content/lessons', { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(`content/lessons/${file}`, 'utf-8');
      const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as { sources: string[] };
      return { file, ids: frontmatter.sources };
    });
}

describe('source documents', () => {
  it('lists five documents, each once', () => {
    const ids = sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);
  });

  it('names only documents that exist in the seeds folder', () => {
    if (!existsSync(seedsDir)) {
      // Outside CI the seeds may not be checked out; the schema still checks the id format.
      console.warn(`Seeds folder ${seedsDir} not found: set MOT_SEEDS_DIR to check source ids against the documents.`);
      expect(sources.every((source) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(source.id))).toBe(true);
      return;
    }
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
    expect(sources.map((source) => source.id).sort()).toEqual(seeds);
  });

  it('gives each original title as the document writes it, word for word', () => {
    if (!existsSync(seedsDir)) return; // the id format is checked above; the titles need the documents
    for (const { id, originalTitle } of sources as Array<{ id: string; originalTitle: string }>) {
      expect(readFileSync(`${seedsDir}/${id}`, 'utf-8'), id).toContain(originalTitle);
    }
  });

  it('names no author, and no kind of author, that a document does not name', () => {
    const byId = new Map((sources as Array<{ id: string; author?: string; kind: string }>).map((source) => [source.id, source]));
    // 002 is written in the first person and never says who wrote it.
    expect(byId.get('002_9bc7427d94304c58.txt')!.author).toBeUndefined();
    expect(byId.get('002_9bc7427d94304c58.txt')!.kind).not.toMatch(/consultant/i);
    if (!existsSync(seedsDir)) return;
    for (const source of byId.values()) {
      if (source.author) expect(readFileSync(`${seedsDir}/${source.id}`, 'utf-8'), source.id).toContain(source.author === 'Abu Omar Al-Ghamdi' ? 'ابو عمر الغامدى' : source.author === 'Stelios Theodoridis' ? 'Στέλιος Θεοδωρίδης' : source.author);
    }
  });

  it('every lesson cites at least one listed document', () => {
    const known = new Set(sources.map((source) => source.id));
    for (const { file, ids } of lessonSources()) {
      expect(ids.length, file).toBeGreaterThan(0);
      for (const id of ids) expect(known.has(id), `${file} cites ${id}`).toBe(true);
    }
  });
});
