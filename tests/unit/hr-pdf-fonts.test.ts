import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { generatorShim, installGeneratorShim } from '../../src/lib/hr/generator-shim';
import { covers, faceFor, fontFilesFor, PDF_FACES, unsupportedCharacters, type PdfFace } from '../../src/lib/hr/pdf-fonts';

const faces = Object.keys(PDF_FACES) as PdfFace[];

describe('which PDF face draws which character', () => {
  it('knows exactly the characters each font file has, in both weights', () => {
    // Reads the real fonts in public/fonts/pdf/: the table in pdf-fonts.ts must match them code point for code point.
    for (const face of faces) {
      for (const weight of ['Regular', 'Bold']) {
        const font = fontkit.create(readFileSync(new URL(`../../public/fonts/pdf/${PDF_FACES[face]}-${weight}.ttf`, import.meta.url)));
        const inFont = new Set(font.characterSet);
        const highest = Math.max(...inFont) + 2;
        const mismatches: number[] = [];
        for (let codePoint = 0; codePoint <= highest; codePoint += 1) if (covers(face, codePoint) !== inFont.has(codePoint)) mismatches.push(codePoint);
        expect(mismatches, `${face} ${weight}`).toEqual([]);
      }
    }
  });

  it('takes the first face that has a character', () => {
    expect(faceFor('é')).toBe('latin');
    expect(faceFor('ж')).toBe('latin');
    expect(faceFor('Ω')).toBe('latin');
    expect(faceFor('7')).toBe('latin');
    expect(faceFor('ف')).toBe('arabic');
    expect(faceFor('ש')).toBe('hebrew');
    expect(faceFor('क')).toBe('devanagari');
    expect(faceFor('ক')).toBe('bengali');
    expect(faceFor('ਕ')).toBe('gurmukhi');
    expect(faceFor('க')).toBe('tamil');
    expect(faceFor('ก')).toBe('thai');
    expect(faceFor('Ա')).toBe('armenian');
    expect(faceFor('ნ')).toBe('georgian');
    expect(faceFor('陈')).toBeUndefined();
    expect(faceFor('😀')).toBeUndefined();
  });

  it('keeps spaces, marks and joiners in the face before them when it has them', () => {
    expect(faceFor(' ', 'hebrew')).toBe('hebrew');
    expect(faceFor(' ')).toBe('latin');
    expect(faceFor('\u0301', 'latin')).toBe('latin');
    expect(faceFor('\u093F', 'devanagari')).toBe('devanagari');
    expect(faceFor('\u200D', 'devanagari')).toBe('devanagari');
    // A letter never inherits; a mark the face before lacks goes to a face that has it.
    expect(faceFor('a', 'hebrew')).toBe('latin');
    expect(faceFor('\u05B4', 'latin')).toBe('hebrew');
  });

  it('lists the characters no face can draw, once each, ignoring direction controls', () => {
    expect(unsupportedCharacters('陈伟 Chen Wei')).toEqual(['陈', '伟']);
    expect(unsupportedCharacters('Amy 😀 Lee 😀')).toEqual(['😀']);
    // The invisible variation selector after a heart is not listed as a character of its own.
    expect(unsupportedCharacters('Amy \u2764\uFE0F')).toEqual(['\u2764']);
    expect(unsupportedCharacters('김민준')).toEqual(['김', '민', '준']);
    expect(unsupportedCharacters('\u2067דוד כהן\u2069 / Kovács Erzsébet / प्रिया / สมชาย')).toEqual([]);
    // Decomposed accents are composed first, as they are drawn.
    expect(unsupportedCharacters('Kova\u0301cs')).toEqual([]);
    expect(unsupportedCharacters('')).toEqual([]);
  });

  it('asks for the Latin and Arabic files always, and another face only in the weight that uses it', () => {
    const base = ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold'];
    expect(fontFilesFor([])).toEqual(base);
    expect(fontFilesFor([{ text: 'Kovács', bold: true }])).toEqual(base);
    expect(fontFilesFor([{ text: 'דוד כהן', bold: true }, { text: 'ID: สม', bold: false }])).toEqual([...base, 'NotoSansHebrew-Bold', 'NotoSansThai-Regular']);
    // A character no face has is drawn in Latin; a control is not drawn at all.
    expect(fontFilesFor([{ text: '\u2066陈\u2069 ნ', bold: false }])).toEqual([...base, 'NotoSansGeorgian-Regular']);
  });

  it('answers for code points below, between and above the ranges', () => {
    expect(covers('hebrew', 0)).toBe(true);
    expect(covers('hebrew', 0x41)).toBe(false);
    expect(covers('hebrew', 0x5d0)).toBe(true);
    expect(covers('hebrew', 0x10ffff)).toBe(false);
  });
});

describe('the generator shim for fontkit', () => {
  it('is installed only where no regeneratorRuntime is set', () => {
    const empty: { regeneratorRuntime?: unknown } = {};
    installGeneratorShim(empty);
    expect(empty.regeneratorRuntime).toBe(generatorShim);
    const taken = { regeneratorRuntime: 'other' };
    installGeneratorShim(taken);
    expect(taken.regeneratorRuntime).toBe('other');
  });

  it('runs a body compiled by Babel: yields each returned value until stop()', () => {
    // What Babel writes for: function* () { yield 1; yield 2; }
    const body = function (this: { base: number }, context: { prev: number; next: number | string; stop(): undefined }) {
      while (true) {
        switch ((context.prev = context.next as number)) {
          case 0:
            context.next = 2;
            return this.base + 1;
          case 2:
            context.next = 4;
            return this.base + 2;
          default:
            return context.stop();
        }
      }
    };
    const make = generatorShim.mark(() => generatorShim.wrap(body, undefined, { base: 10 }));
    expect([...make()]).toEqual([11, 12]);
    const iterator = make();
    expect(iterator[Symbol.iterator]()).toBe(iterator);
    expect([iterator.next(), iterator.next(), iterator.next(), iterator.next()]).toEqual([
      { done: false, value: 11 },
      { done: false, value: 12 },
      { done: true, value: undefined },
      { done: true, value: undefined },
    ]);
  });
});
