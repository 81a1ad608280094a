/**
 * Answers as short strings for the progress document (it must stay under
 * 4,096 characters): "2" (an index), "t"/"f", "3.0.1" (a list), "x" for a
 * pair left unmatched. Decoding checks the text against the question, so a
 * stored answer that no longer fits (the question changed) is dropped.
 */
import type { Question, Response } from './types';

export const MAX_ENCODED_LENGTH = 48;

export function encodeResponse(response: Response): string {
  if (typeof response === 'boolean') return response ? 't' : 'f';
  if (typeof response === 'number') return String(response);
  return response.map((value) => (value < 0 ? 'x' : String(value))).join('.');
}

function toIndex(text: string, size: number): number | undefined {
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const value = Number(text);
  return value < size ? value : undefined;
}

function list(text: string, size: number, allowNone: boolean): number[] | undefined {
  if (text === '') return [];
  const values: number[] = [];
  for (const part of text.split('.')) {
    if (allowNone && part === 'x') {
      values.push(-1);
      continue;
    }
    const value = toIndex(part, size);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

export function decodeResponse(question: Question, text: string): Response | undefined {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return toIndex(text, question.options.length);
    case 'true-false':
      return text === 't' ? true : text === 'f' ? false : undefined;
    case 'multiple': {
      const values = list(text, question.options.length, false);
      return values && new Set(values).size === values.length ? values : undefined;
    }
    case 'ordering': {
      const values = list(text, question.items.length, false);
      return values && values.length === question.items.length && new Set(values).size === values.length ? values : undefined;
    }
    case 'matching': {
      const values = list(text, question.pairs.length, true);
      return values && values.length === question.pairs.length ? values : undefined;
    }
  }
}
