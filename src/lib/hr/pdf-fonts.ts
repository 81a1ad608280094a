/**
 * Which of the PDF certificate's fonts can draw which characters, and which
 * font files a set of certificates needs. Pure: no pdf-lib here, so the HR
 * page and the learner's certificate can warn about a name before any font or
 * PDF code is fetched.
 *
 * pdf-lib has no font fallback: a character missing from the face it is
 * drawn in comes out as an empty box. So each character is drawn in the first
 * face that has it (a space, a combining mark or a joiner stays in the face of
 * the character before it when that face has it), and a character that no
 * face has is reported rather than drawn as a box. There is no CJK face (a
 * Chinese, Japanese or Korean font is 10 to 20 MB) and no emoji face: names
 * with those get a warning and the browser-printed certificate.
 *
 * The faces are Noto Sans fonts from Debian's fonts-noto-core (OFL), in
 * public/fonts/pdf/. Latin and Arabic are always loaded (the certificate's own
 * wording uses them); a face for another script is fetched only when a name on
 * the certificates needs it.
 */

export type PdfFace = 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'gurmukhi' | 'tamil' | 'thai' | 'armenian' | 'georgian';

/** Each face's file name in public/fonts/pdf/, without "-Regular.ttf" or "-Bold.ttf". The order is the order of preference. */
export const PDF_FACES: Readonly<Record<PdfFace, string>> = {
  latin: 'NotoSans',
  arabic: 'NotoSansArabic',
  hebrew: 'NotoSansHebrew',
  devanagari: 'NotoSansDevanagari',
  bengali: 'NotoSansBengali',
  gurmukhi: 'NotoSansGurmukhi',
  tamil: 'NotoSansTamil',
  thai: 'NotoSansThai',
  armenian: 'NotoSansArmenian',
  georgian: 'NotoSansGeorgian',
};

/** The faces whose script fontkit lays out right to left itself (it reverses the glyphs of a run in them). */
export const RTL_FACES: ReadonlySet<PdfFace> = new Set<PdfFace>(['arabic', 'hebrew']);

/** The faces every certificate loads: its own wording is in English or Arabic. */
export const BASE_FACES: readonly PdfFace[] = ['latin', 'arabic'];

/**
 * The code points in each face's character map (the same in Regular and Bold;
 * tests/unit/hr-pdf-fonts.test.ts reads the fonts and checks this table).
 * Ranges in base 36: "gap from the end of the previous range" then "+length - 1".
 */
const COVERAGE: Readonly<Record<PdfFace, string>> = {
  latin: '0 d j+2m y+k7 3+5 5+6 2 2+j 2+1q f+8v 48x+g cg+8 3c+6x 2+7u 3+5 3+11 3+5 3+7 2 2 2 2+u 3+1g 2+e 2+d 3+5 2+i 3+2 2+8 2+2s 2+b 3+q 2+c 4+v 1d g+2n 11 5 ub 1as+v 9t+36 nou+2n 2p+5b 3+8 17+a 8f ea+1n fpx+6 l6 w+f 5s 71+1 2',
  arabic: '0 d j+1 b+2 2+a 2u b g ic j5+s 2+69 29+1b 81+k 2+8 l+18 4jw+6 1q 131 1o5 14i7+35 i+a4 h+1r 3+1h 15+d 37+4 2+3q 77',
  hebrew: '0 d j d 37 z5+1i 9+q 6+4 55k+4 4a 10i 164x+p 2+4 2 2+1 2+1 2+9 xc',
  devanagari: '0 d j+3 2 2+o s+4 s+3 y d 16 w cl 18k+3j 3td+12 2+1 lu+2 3 3+1 4+1 3+1 9 43 1j 82 qi pr8+9 4n+v h6o',
  bengali: '0 d j+3 2 2+o s+4 s+3 y d 16 w cl 1at+1 i+1 r+3 2+7 3+1 3+l 2+6 2 4+3 3+8 3+1 3+3 9 5+1 2+4 3+o 3pu 2 3+1 2 9 9 3 5 3+2 lw+2 3 3+1 4+1 3+1 9 43 9l qi pwl h72',
  gurmukhi: '0 d j+3 2 2+o s+4 s+3 y d 16 w 1ne+1 i+1 4c+2 2+5 5+1 3+l 2+6 2+1 2+1 2+1 3 2+4 5+1 3+2 4 8+3 2 8+g 49h+2 3 3+1 4+1 3+1 9 43 9l qi 2o pok+9 hc6',
  tamil: '0 d j+3 2 2+o s+4 s+3 y d 5+1 10 w 1ne+1 i+1 f1+1 2+5 4+2 2+3 4+1 2 2+1 4+1 4+2 4+b 5+4 4+2 2+3 3 7 f+k 3c0 mp+2 3 3+1 4+1 3+1 9 26 e+2 1h 9l qi pwn ky6 2 1k+1',
  thai: '0 d j d 37 f0 r 18 1a 24w+1l 5+s 3hs+2 3 14s 173n',
  armenian: '0 d j d 37 h4 fd+11 3+1d 3+2 58h 14s 164n+4 yw',
  georgian: '0 d j d 37 gx+1 2 4 ht 26v+11 2 6 3+1b 2a9+16 3+2 nl 4u 2f6+11 2 6 15n6',
};

const ranges = new Map<PdfFace, number[]>();

/** The face's ranges as [start, end, start, end, ...]. */
function rangesOf(face: PdfFace): number[] {
  let list = ranges.get(face);
  if (!list) {
    list = [];
    let end = 0;
    for (const part of COVERAGE[face].split(' ')) {
      const [gap, length = '0'] = part.split('+') as [string, string?];
      const start = end + parseInt(gap, 36);
      end = start + parseInt(length, 36);
      list.push(start, end);
    }
    ranges.set(face, list);
  }
  return list;
}

/** Whether `face` has a glyph for the code point. */
export function covers(face: PdfFace, codePoint: number): boolean {
  const list = rangesOf(face);
  let low = 0;
  let high = list.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < list[middle * 2]!) high = middle - 1;
    else if (codePoint > list[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Not drawn: direction marks, embeddings and isolates (they steer the
 * bidirectional algorithm) and variation selectors (they choose between forms
 * of the character before them, as in "❤️"; the fonts have no glyph for them).
 */
export const CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFE00-\uFE0F]/;
/** Spaces, combining marks and joiners stay in the face of the character before them. */
const INHERITS = /^[\s\p{M}\u200C\u200D]$/u;

const ORDER = Object.keys(PDF_FACES) as PdfFace[];

/** The face that draws `char` after a character drawn in `previous`; undefined when no face has it. */
export function faceFor(char: string, previous?: PdfFace): PdfFace | undefined {
  const codePoint = char.codePointAt(0)!;
  if (previous && INHERITS.test(char) && covers(previous, codePoint)) return previous;
  return ORDER.find((face) => covers(face, codePoint));
}

/** The characters of `text` that no face can draw, each once, in order of appearance. */
export function unsupportedCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize('NFC')) if (!CONTROLS.test(char) && !faceFor(char)) missing.add(char);
  return [...missing];
}

/** A line of a certificate, and whether it is set in bold. */
export interface PdfText {
  readonly text: string;
  readonly bold: boolean;
}

/**
 * The font files (names without ".ttf") needed to draw `texts`: the Latin and
 * Arabic faces in both weights always, and the other faces only in the weight
 * of the lines that use them.
 */
export function fontFilesFor(texts: Iterable<PdfText>): string[] {
  const files = new Set(BASE_FACES.flatMap((face) => [`${PDF_FACES[face]}-Regular`, `${PDF_FACES[face]}-Bold`]));
  for (const { text, bold } of texts) {
    let previous: PdfFace | undefined;
    for (const char of text.normalize('NFC')) {
      if (CONTROLS.test(char)) continue;
      // As in bidi-runs.ts: a character no face has is drawn (as a box) in the Latin face.
      previous = faceFor(char, previous) ?? 'latin';
      files.add(`${PDF_FACES[previous]}-${bold ? 'Bold' : 'Regular'}`);
    }
  }
  return [...files];
}
