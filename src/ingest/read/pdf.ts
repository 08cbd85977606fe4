import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IngestError } from '../errors.ts';
import type { ChangeKind } from '../normalise/changes.ts';
import type { ReadDocument, Reader, SetAside } from './document.ts';

const EXPECTED = 'a PDF document';
const MAGIC = new TextEncoder().encode('%PDF-');
/** Running heads and page numbers sit in the top or bottom 12% of a page, in its margins. */
const BAND = 0.12;
/** Lines further apart than this many times the document's usual line spacing are in different paragraphs. */
const PARAGRAPH_GAP = 1.3;
/**
 * A line ending this many ems before the text block's right edge ends its
 * paragraph. Writers break Chinese lines at word boundaries (LibreOffice
 * keeps 发展 together), so a full line can stop two or three ems short.
 */
const SHORT_LINE = 4;

/** The parts of a pdfjs text item this reader uses. */
interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Glyph {
  char: string;
  x0: number;
  x1: number;
}

/** One printed line: its text, where it starts and ends, its baseline and font height. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Page {
  height: number;
  lines: Line[];
}

/** Characters set a full em wide in CJK fonts: ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const LATIN_END = /[\p{Script=Latin}\p{Nd}]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{Nd}]/u;

/**
 * Where each character of an item is drawn. Writers put the characters a
 * CJK font lacks (curly quotes, Latin) in a second item drawn over spaces
 * left in the first, so a line can only be rebuilt glyph by glyph. Wide
 * characters take an em; the rest share what is left of the item's width.
 */
function glyphs(item: PositionedText): Glyph[] {
  const chars = [...item.str];
  const em = Math.hypot(item.transform[0]!, item.transform[1]!) || item.height;
  const wide = chars.filter((char) => WIDE.test(char)).length;
  const narrow = chars.length - wide;
  let wideWidth = em;
  let narrowWidth = narrow === 0 ? 0 : (item.width - wide * em) / narrow;
  if (narrowWidth < 0 || (narrow === 0 && wide > 0)) {
    // The font is narrower than an em: every character gets its share.
    wideWidth = item.width / chars.length;
    narrowWidth = wideWidth;
  }
  const placed: Glyph[] = [];
  let x = item.transform[4]!;
  for (const char of chars) {
    const width = WIDE.test(char) ? wideWidth : narrowWidth;
    placed.push({ char, x0: x, x1: x + width });
    x += width;
  }
  return placed;
}

/** The items on one baseline → the line's text, spaces kept only where no other item draws a glyph over them. */
function lineOf(items: PositionedText[]): Line | null {
  const all = items.flatMap((item) => glyphs(item).map((glyph) => ({ glyph, item })));
  const inked = all.filter(({ glyph }) => glyph.char.trim() !== '');
  if (inked.length === 0) return null;
  const kept = all.filter(
    ({ glyph, item }) =>
      glyph.char.trim() !== '' ||
      !inked.some(
        (other) =>
          other.item !== item &&
          other.glyph.x0 < (glyph.x0 + glyph.x1) / 2 &&
          (glyph.x0 + glyph.x1) / 2 < other.glyph.x1,
      ),
  );
  kept.sort((a, b) => a.glyph.x0 - b.glyph.x0);
  const text = kept
    .map(({ glyph }) => glyph.char)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  return {
    text,
    x0: Math.min(...inked.map(({ glyph }) => glyph.x0)),
    x1: Math.max(...inked.map(({ glyph }) => glyph.x1)),
    y: items[0]!.transform[5]!,
    size: Math.max(...items.map((item) => item.height)),
  };
}

/** Items grouped by baseline, top of the page first. */
function pageLines(items: PositionedText[]): Line[] {
  const rows: PositionedText[][] = [];
  const sorted = items
    .filter((item) => item.str !== '' && item.height > 0)
    .sort((a, b) => b.transform[5]! - a.transform[5]!);
  for (const item of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (first && Math.abs(first.transform[5]! - item.transform[5]!) < 0.3 * first.height) {
      row!.push(item);
    } else {
      rows.push([item]);
    }
  }
  return rows.flatMap((row) => lineOf(row) ?? []);
}

function joinLines(before: string, after: string): string {
  return LATIN_END.test(before) && LATIN_START.test(after)
    ? `${before} ${after}`
    : `${before}${after}`;
}

/** A line's furniture key: where it sits and its text with every number written as #. */
function furnitureKey(page: Page, line: Line): string | null {
  const band =
    line.y > page.height * (1 - BAND) ? 'top' : line.y < page.height * BAND ? 'bottom' : null;
  if (band === null) return null;
  return `${band}\u0000${Math.round(line.y / line.size)}\u0000${line.text.replace(/\d+/gu, '#')}`;
}

/** A page number alone on its line, however it is dressed: 3, - 3 -, 第3页, (3), Page 3, p. 3. */
const LONE_NUMBER = /^(?:page|p\.)?[\s\-–—·第(（[]*\d+[\s\-–—·页頁)）\]]*$/iu;

/**
 * Running heads and page numbers: lines in the top or bottom band that
 * recur at the same height on most pages, the same text or the same text
 * but for its numbers. Numbers that change from page to page make a page
 * number. On a single page only a number alone at the bottom can be told.
 */
function furnitureKinds(pages: Page[]): Map<Line, ChangeKind> {
  const byKey = new Map<string, Line[]>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = furnitureKey(page, line);
      if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), line]);
    }
  }
  const kinds = new Map<Line, ChangeKind>();
  for (const [key, lines] of byKey) {
    const repeated = pages.length > 1 && lines.length >= Math.max(2, pages.length / 2);
    const single =
      pages.length === 1 && key.startsWith('bottom') && LONE_NUMBER.test(lines[0]!.text);
    if (!repeated && !single) continue;
    const numbered = single || new Set(lines.map((line) => line.text)).size > 1;
    for (const line of lines) kinds.set(line, numbered ? 'page-number' : 'running-head');
  }
  return kinds;
}

/**
 * Lines → paragraphs. A paragraph starts after a wider gap than the lines'
 * spacing, at a change of font size, at a first-line indent, or after a
 * line that stops short of the text block's right edge; otherwise the line,
 * on the same page or the next, continues the paragraph before it.
 *
 * Every such join is returned for the change log, four characters either
 * side of ⏎ as locate records a text's wraps: writers do not draw the space
 * a line break falls on (LibreOffice and Chromium alike leave it out of the
 * text layer, and a Chinese line may stop short of the margin anyway), so
 * a join cannot tell 中国梦⏎劳动美 from a break inside a word, and the
 * report must show where the text was rejoined.
 */
function paragraphs(lines: { line: Line; pageStart: boolean }[]): {
  found: string[];
  joins: string[];
} {
  const left = mode(lines.map(({ line }) => Math.round(line.x0)));
  const right = Math.max(...lines.map(({ line }) => line.x1));
  // The usual line spacing, in font heights: the most common step between lines of the body's size.
  const bodySize = mode(lines.map(({ line }) => Math.round(line.size * 10)));
  const steps = lines.flatMap(({ line, pageStart }, index) => {
    const before = lines[index - 1]?.line;
    return pageStart || before === undefined || Math.round(line.size * 10) !== bodySize
      ? []
      : [Math.round(((before.y - line.y) / line.size) * 100)];
  });
  const spacing = steps.length === 0 ? Infinity : mode(steps) / 100;
  const found: string[] = [];
  const joins: string[] = [];
  let previous: Line | null = null;
  for (const { line, pageStart } of lines) {
    const em = line.size;
    // A centred title or heading wraps onto centred lines: neither its indent nor its short lines start a paragraph.
    const centredRun =
      previous !== null && centred(previous, left, right) && centred(line, left, right);
    const starts =
      previous === null ||
      Math.abs(line.size - previous.size) > 0.05 * em ||
      (!centredRun && line.x0 > left + em) ||
      (!centredRun && previous.x1 < right - SHORT_LINE * em) ||
      (!pageStart && previous.y - line.y > PARAGRAPH_GAP * spacing * Math.max(em, previous.size));
    if (starts) {
      found.push(line.text);
    } else {
      const before = found.at(-1)!;
      joins.push(`${[...before].slice(-4).join('')}⏎${[...line.text].slice(0, 4).join('')}`);
      found[found.length - 1] = joinLines(before, line.text);
    }
    previous = line;
  }
  return { found, joins };
}

/** A line set in the middle of the text block: off its left edge, as far from it as from the right one. */
function centred(line: Line, left: number, right: number): boolean {
  return (
    line.x0 > left + 0.25 * line.size && Math.abs(line.x0 - left - (right - line.x1)) < line.size
  );
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** The furniture of each page, its lines of one kind in one run joined, counted by text. */
function setAsideOf(pages: Page[], kinds: ReadonlyMap<Line, ChangeKind>): SetAside[] {
  const counts = new Map<string, SetAside>();
  for (const page of pages) {
    let run: { kind: ChangeKind; text: string } | null = null;
    const flush = () => {
      if (run === null) return;
      const key = `${run.kind}\u0000${run.text}`;
      const entry = counts.get(key) ?? { kind: run.kind, text: run.text, count: 0 };
      entry.count++;
      counts.set(key, entry);
      run = null;
    };
    for (const line of page.lines) {
      const kind = kinds.get(line);
      if (kind === undefined || (run !== null && run.kind !== kind)) flush();
      if (kind === undefined) continue;
      run =
        run === null ? { kind, text: line.text } : { kind, text: joinLines(run.text, line.text) };
    }
    flush();
  }
  return [...counts.values()];
}

function counted(kind: ChangeKind, texts: readonly string[]): SetAside[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ kind, text, count }));
}

function packageDirectory(name: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), name, '/');
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ').trim();
}

async function pagesOf(bytes: Uint8Array): Promise<Page[]> {
  // Loaded here, not at the top: only a PDF pays for pdfjs, and nothing outside ingest imports it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given; the caller's bytes stay intact.
    data: Uint8Array.from(bytes),
    cMapUrl: packageDirectory('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageDirectory('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: Page[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      // pdfjs's own NFKC would turn the Kangxi radical ⼾ into 戶; normalise maps radicals for Chinese text instead.
      const content = await page.getTextContent({ disableNormalization: true });
      const items: PositionedText[] = content.items.flatMap((item) =>
        'str' in item ? [item] : [],
      );
      pages.push({ height: page.getViewport({ scale: 1 }).height, lines: pageLines(items) });
    }
    return pages;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new IngestError(`is an encrypted PDF (it needs a password); expected ${EXPECTED}`);
    }
    throw new IngestError(`is not a readable PDF (${oneLine(error)}); expected ${EXPECTED}`);
  } finally {
    await task.destroy();
  }
}

/** A PDF's text layer: lines rebuilt from positioned items, rejoined into paragraphs across line and page breaks (each join recorded), page furniture set aside. */
export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  const pages = await pagesOf(bytes);
  if (pages.every((page) => page.lines.length === 0)) {
    throw new IngestError('no text layer: the PDF holds images of pages');
  }
  const kinds = furnitureKinds(pages);
  const body = pages.flatMap((page) =>
    page.lines
      .filter((line) => !kinds.has(line))
      .map((line, index) => ({ line, pageStart: index === 0 })),
  );
  const { found, joins } = body.length === 0 ? { found: [], joins: [] } : paragraphs(body);
  return {
    format: 'pdf',
    encoding: null,
    text: found.length === 0 ? '' : `${found.join('\n\n')}\n`,
    setAside: [...setAsideOf(pages, kinds), ...counted('line-join', joins)],
    stated: [],
  };
}

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  expected: EXPECTED,
  // The header may follow up to 1 KB of other bytes, as readers of PDF allow.
  sniff: (bytes) => {
    const head = bytes.subarray(0, 1024);
    return head.some((_, at) => MAGIC.every((byte, offset) => head[at + offset] === byte));
  },
  read: readPdf,
};
