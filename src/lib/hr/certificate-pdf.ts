/**
 * Certificates of completion as one PDF, drawn with pdf-lib in the browser:
 * one A4 landscape page per learner, laid out like the printed certificate
 * (src/islands/Certificate.tsx). Loaded only when HR asks for it, never on a
 * learner's page.
 *
 * pdf-lib embeds TrueType fonts through fontkit (which shapes Arabic) but does
 * no bidirectional ordering and no fallback between fonts: every line goes
 * through visualRuns (bidi-runs.ts), and each run is drawn in its own face
 * (pdf-fonts.ts says which face has which characters).
 */
import fontkit from '@pdf-lib/fontkit';
import bidiFactory from 'bidi-js';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { visualRuns, type BaseDirection } from './bidi-runs';
import { installGeneratorShim } from './generator-shim';
import { PDF_FACES, type PdfFace } from './pdf-fonts';

// fontkit's Indic shaper (Devanagari, Bengali, Gurmukhi, Tamil) needs this global.
installGeneratorShim(globalThis as { regeneratorRuntime?: unknown });

export interface CertificateWording {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly organisation: string;
  readonly title: string;
  readonly certifies: string;
  readonly completed: string;
  readonly courseTitle: string;
  readonly signerName: string;
  readonly signerRole: string;
  /** "Employee ID: " */
  readonly employee: string;
  /** "Certificate ID: " */
  readonly id: string;
}

export interface CertificateEntry {
  readonly name: string;
  readonly employeeId?: string;
  /** "on 22 November 2026", already formatted in the certificate's language. */
  readonly onDate: string;
  /** "Final assessment score: 95%", when there is one. */
  readonly score?: string;
  readonly certificateId: string;
  readonly wording: CertificateWording;
}

/**
 * TrueType files from public/fonts/pdf/ (woff and woff2 do not work in pdf-lib),
 * by file name without ".ttf" ("NotoSans-Regular"): at least the Latin face in
 * both weights, and whichever others fontFilesFor (pdf-fonts.ts) asks for.
 */
export type PdfFontFiles = Readonly<Record<string, ArrayBuffer | Uint8Array>>;

type FaceSet = Partial<Record<PdfFace, PDFFont>> & { readonly latin: PDFFont };

interface Faces {
  readonly regular: FaceSet;
  readonly bold: FaceSet;
}

/** A face that was not loaded falls back to Latin (its characters come out as boxes: the island warns first). */
const faceIn = (set: FaceSet, face: PdfFace): PDFFont => set[face] ?? set.latin;

/** A4 landscape, in points. */
export const PAGE_SIZE: readonly [number, number] = [841.89, 595.28];
const TEAL = rgb(0x0b / 255, 0x5c / 255, 0x6b / 255);
const TEXT = rgb(0x1d / 255, 0x23 / 255, 0x27 / 255);
const MUTED = rgb(0x4a / 255, 0x55 / 255, 0x60 / 255);
const MARGIN = 80;
/** Below this a name is split over two lines rather than shrunk further. */
const MIN_NAME_SIZE = 22;

type Align = 'center' | 'start' | 'end';

interface LineStyle {
  readonly y: number;
  readonly size: number;
  readonly bold?: boolean;
  readonly align?: Align;
  /** The paragraph direction: the certificate's, or "auto" for a name, which goes by its own script. */
  readonly base: BaseDirection;
  readonly dir: 'ltr' | 'rtl';
  readonly color?: ReturnType<typeof rgb>;
  readonly maxWidth?: number;
}

const bidi = bidiFactory();

const [PAGE_WIDTH] = PAGE_SIZE;
const lineWidth = (style: LineStyle) => style.maxWidth ?? PAGE_WIDTH - 2 * MARGIN;

/** The size at which the line fits its width: the style's size, or smaller for a long line. */
function fittedSize(faces: Faces, text: string, style: LineStyle): number {
  const runs = visualRuns(text.normalize('NFC'), style.base, bidi);
  const set = style.bold ? faces.bold : faces.regular;
  const width = runs.reduce((sum, run) => sum + faceIn(set, run.font).widthOfTextAtSize(run.input, style.size), 0);
  return Math.min(style.size, (style.size * lineWidth(style)) / Math.max(width, 1));
}

function drawLine(page: PDFPage, faces: Faces, text: string, style: LineStyle): void {
  const runs = visualRuns(text.normalize('NFC'), style.base, bidi);
  const set = style.bold ? faces.bold : faces.regular;
  const measure = (size: number) => runs.reduce((sum, run) => sum + faceIn(set, run.font).widthOfTextAtSize(run.input, size), 0);
  const pageWidth = PAGE_WIDTH;
  // A long line shrinks to fit rather than running off the page.
  const size = fittedSize(faces, text, style);
  const width = measure(size);
  const align = style.align ?? 'center';
  // "start" and "end" follow the certificate's direction, like CSS logical properties.
  const left = align === 'center' ? true : (align === 'start') === (style.dir === 'ltr');
  let x = align === 'center' ? (pageWidth - width) / 2 : left ? MARGIN : pageWidth - MARGIN - width;
  for (const run of runs) {
    const font = faceIn(set, run.font);
    page.drawText(run.input, { x, y: style.y, size, font, color: style.color ?? TEXT });
    x += font.widthOfTextAtSize(run.input, size);
  }
}

function drawCertificate(page: PDFPage, faces: Faces, entry: CertificateEntry): void {
  const [width, height] = PAGE_SIZE;
  const { wording } = entry;
  const base = wording.dir;
  const line = (text: string, style: Omit<LineStyle, 'base' | 'dir'> & { base?: BaseDirection }) => drawLine(page, faces, text, { base, dir: wording.dir, ...style });
  page.drawRectangle({ x: 18, y: 18, width: width - 36, height: height - 36, borderColor: TEAL, borderWidth: 3 });
  page.drawRectangle({ x: 26, y: 26, width: width - 52, height: height - 52, borderColor: TEAL, borderWidth: 1 });
  line(wording.organisation, { y: 505, size: 14, color: MUTED });
  line(wording.title, { y: 455, size: 34, bold: true, color: TEAL });
  line(wording.certifies, { y: 405, size: 15 });
  // The name keeps its own direction, like <bdi> on the printed certificate. A long one goes on two lines.
  const nameStyle = { y: 358, size: 32, bold: true, base: 'auto' as const, dir: wording.dir };
  const words = entry.name.trim().split(/\s+/u);
  if (fittedSize(faces, entry.name, nameStyle) < MIN_NAME_SIZE && words.length > 1) {
    // Split at the space nearest the middle.
    const offBy = (count: number) => Math.abs(words.slice(0, count).join(' ').length - entry.name.length / 2);
    let split = 1;
    for (let count = 2; count < words.length; count += 1) if (offBy(count) < offBy(split)) split = count;
    const halves = [words.slice(0, split).join(' '), words.slice(split).join(' ')] as const;
    const size = Math.min(...halves.map((half) => fittedSize(faces, half, { ...nameStyle, size: 26 })));
    line(halves[0], { ...nameStyle, y: 374, size });
    line(halves[1], { ...nameStyle, y: 342, size });
  } else line(entry.name, nameStyle);
  line(wording.completed, { y: 318, size: 15 });
  line(wording.courseTitle, { y: 283, size: 22, bold: true });
  line(entry.onDate, { y: 248, size: 15 });
  if (entry.score) line(entry.score, { y: 220, size: 13 });
  if (entry.employeeId) line(`${wording.employee}\u2068${entry.employeeId}\u2069`, { y: 196, size: 12, color: MUTED });
  page.drawLine({
    start: { x: base === 'ltr' ? MARGIN : width - MARGIN - 200, y: 118 },
    end: { x: base === 'ltr' ? MARGIN + 200 : width - MARGIN, y: 118 },
    thickness: 1,
    color: TEXT,
  });
  line(wording.signerName, { y: 100, size: 13, align: 'start', maxWidth: 320 });
  line(wording.signerRole, { y: 82, size: 12, align: 'start', color: MUTED, maxWidth: 320 });
  // The ID is Latin letters and digits: isolated left to right inside any language.
  line(`${wording.id}\u2066${entry.certificateId}\u2069`, { y: 82, size: 12, align: 'end', color: MUTED, maxWidth: 320 });
}

export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly language: string;
}

/** Pages drawn between two yields to the browser: 500 certificates take seconds, and the page must stay responsive. */
const PAGES_PER_TICK = 10;

/** One page per entry, in the order given. `onProgress` hears how many pages are drawn so far. */
export async function certificatesPdf(entries: readonly CertificateEntry[], fonts: PdfFontFiles, info: PdfInfo, onProgress?: (done: number) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedWeight = async (weight: 'Regular' | 'Bold'): Promise<FaceSet> => {
    const pairs = await Promise.all(
      (Object.entries(PDF_FACES) as Array<[PdfFace, string]>)
        .filter(([, file]) => fonts[`${file}-${weight}`] !== undefined)
        .map(async ([face, file]) => [face, await doc.embedFont(fonts[`${file}-${weight}`]!, { subset: true })] as const),
    );
    const set = Object.fromEntries(pairs) as Partial<Record<PdfFace, PDFFont>>;
    if (!set.latin) throw new Error(`${PDF_FACES.latin}-${weight}.ttf is needed`);
    return set as FaceSet;
  };
  const faces: Faces = { regular: await embedWeight('Regular'), bold: await embedWeight('Bold') };
  for (const [index, entry] of entries.entries()) {
    drawCertificate(doc.addPage([...PAGE_SIZE]), faces, entry);
    if ((index + 1) % PAGES_PER_TICK === 0 || index === entries.length - 1) {
      onProgress?.(index + 1);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setLanguage(info.language);
  doc.setCreator('Moments of Truth');
  // pdf-lib's writer yields every `objectsPerTick` objects on its own.
  return doc.save({ addDefaultPage: false, objectsPerTick: 50 });
}
