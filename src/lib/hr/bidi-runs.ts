/**
 * Lays out one line of mixed-direction text for pdf-lib, which does no
 * bidirectional ordering and no font fallback. The line is split into runs of
 * one embedding level (Unicode Bidirectional Algorithm, via bidi-js) and one
 * face (the first face that has the character, see pdf-fonts.ts: Latin, Greek,
 * Cyrillic and digits in Noto Sans, Arabic in Noto Sans Arabic, Hebrew in Noto
 * Sans Hebrew, and so on), and the runs are put in visual order, left to right.
 *
 * Each run's `input` is what to hand to the font's shaper so that the glyphs
 * come out left to right: fontkit shapes Arabic and Hebrew in logical order and
 * reverses the glyphs itself, so such a run is given as written; any other run that
 * reads right to left (spaces, brackets, punctuation inside Arabic) is
 * reversed here, with brackets mirrored. Without this pass, digits inside
 * Arabic text come out reversed and mixed names in the wrong order.
 */
import type { Bidi } from 'bidi-js';
import { CONTROLS, faceFor, RTL_FACES, type PdfFace } from './pdf-fonts';

export type RunFont = PdfFace;

export interface VisualRun {
  /** The run's characters in logical (reading) order. */
  readonly text: string;
  /** What to give the shaper (see above). */
  readonly input: string;
  readonly font: RunFont;
  readonly rtl: boolean;
}

export type BaseDirection = 'ltr' | 'rtl' | 'auto';

interface LogicalRun {
  text: string;
  level: number;
  font: RunFont;
}

function logicalRuns(text: string, levels: Uint8Array): LogicalRun[] {
  const runs: LogicalRun[] = [];
  let index = 0;
  for (const char of text) {
    if (CONTROLS.test(char)) {
      index += 1;
      continue;
    }
    const last = runs.at(-1);
    // A character that no face has (the island warns about it first) is drawn in the Latin face, as a box.
    const font: RunFont = faceFor(char, last?.font) ?? 'latin';
    const level = levels[index]!;
    if (last && last.level === level && last.font === font) last.text += char;
    else runs.push({ text: char, level, font });
    index += char.length;
  }
  return runs;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above. */
function visualOrder(runs: LogicalRun[]): LogicalRun[] {
  const ordered = [...runs];
  const levels = runs.map((run) => run.level);
  const highest = Math.max(0, ...levels);
  // An empty line (or only controls) has no runs: the loop below does nothing.
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let start = 0;
    while (start < ordered.length) {
      if (ordered[start]!.level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < ordered.length && ordered[end]!.level >= level) end += 1;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}

export function visualRuns(text: string, base: BaseDirection, bidi: Bidi): VisualRun[] {
  const { levels } = bidi.getEmbeddingLevels(text, base);
  return visualOrder(logicalRuns(text, levels)).map((run) => {
    const rtl = run.level % 2 === 1;
    // fontkit reverses anything with Arabic or Hebrew letters or Arabic digits in it, whatever the level.
    const reversed = [...run.text].reverse();
    const input =
      RTL_FACES.has(run.font)
        ? rtl
          ? run.text
          : reversed.join('')
        : rtl
          ? reversed.map((char) => bidi.getMirroredCharacter(char) ?? char).join('')
          : run.text;
    return { text: run.text, input, font: run.font, rtl };
  });
}
