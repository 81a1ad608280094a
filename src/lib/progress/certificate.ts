/** The certificate's ID: the same for the same completion, different for another learner or date. */
import type { Progress } from './schema';

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** "MOT-8F3A-21C0-77B5" from the course, the learner's name and the completion time. */
export function certificateId(course: string, name: string, completedAt: number): string {
  const text = `${course}|${name.trim()}|${completedAt}`;
  const hex = (hash(text, 0x811c9dc5).toString(16).padStart(8, '0') + hash(text, 0x2f6b1d3a).toString(16).padStart(8, '0')).toUpperCase();
  return `MOT-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** The best final score, for the certificate. */
export function finalScore(doc: Progress): number | undefined {
  return doc.f?.b;
}
