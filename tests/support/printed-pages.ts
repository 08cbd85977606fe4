import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One printed page as an image: what is on it, and where. */
export interface PrintedPage {
  /** Share of the page's pixels that are ink (darker than mid-grey). */
  ink: number;
  /** The box holding all ink, in millimetres from the page's top-left corner; undefined on a blank page. */
  inkBox: { top: number; right: number; bottom: number; left: number } | undefined;
  widthMm: number;
  heightMm: number;
  /** For each row of pixels, top to bottom, whether it holds any ink. */
  inkedRows: boolean[];
}

const dpi = 50;
const mmPerPixel = 25.4 / dpi;

/** Reads a binary PGM (P5, 8-bit), as `pdftoppm -gray` writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255')
    throw new Error('expected an 8-bit binary PGM from pdftoppm -gray');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: bytes.subarray(header[0].length, header[0].length + width * height),
  };
}

function analyse(width: number, height: number, pixels: Buffer): PrintedPage {
  let inked = 0;
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  const inkedRows = Array.from({ length: height }, () => false);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! >= 128) continue;
      inked++;
      inkedRows[y] = true;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  return {
    ink: inked / (width * height),
    inkBox:
      inked === 0
        ? undefined
        : {
            top: top * mmPerPixel,
            right: (right + 1) * mmPerPixel,
            bottom: (bottom + 1) * mmPerPixel,
            left: left * mmPerPixel,
          },
    widthMm: width * mmPerPixel,
    heightMm: height * mmPerPixel,
    inkedRows,
  };
}

/** The lowest ink on a page above `limitMm` from its top (to leave out a margin box), in mm; undefined if none. */
function lowestInk(page: PrintedPage, limitMm: number): number | undefined {
  for (let y = Math.min(page.inkedRows.length, Math.floor(limitMm / mmPerPixel)) - 1; y >= 0; y--) {
    if (page.inkedRows[y]) return (y + 1) * mmPerPixel;
  }
  return undefined;
}

/**
 * Run in a page before printing it a second time: every text but the
 * section headings' turns transparent. Only colours change, so the pages
 * break exactly as before, and the second print shows where the headings fell.
 */
export const onlyHeadingsVisible = `for (const element of document.querySelectorAll('body *')) {
  const heading = element.closest('.speech-body h2, .speech-body h3');
  element.style.setProperty('color', heading ? '#000' : 'transparent', 'important');
  if (!heading) element.style.setProperty('border-color', 'transparent', 'important');
}`;

/**
 * The pages (1-based) that end on a section heading: where the lowest ink
 * of the whole page is a heading's, seen in a second print with only the
 * headings visible. `bottomMarginMm` leaves out what a margin box prints.
 */
export function pagesEndingOnHeading(
  pages: readonly PrintedPage[],
  headingsOnly: readonly PrintedPage[],
  bottomMarginMm = 0,
): number[] {
  if (pages.length !== headingsOnly.length)
    throw new Error(
      `expected the headings-only print to have the same ${pages.length} pages, got ${headingsOnly.length}`,
    );
  return pages.flatMap((page, i) => {
    const limit = page.heightMm - bottomMarginMm;
    const last = lowestInk(page, limit);
    const heading = lowestInk(headingsOnly[i]!, limit);
    // Within a millimetre: the heading's glyphs are the page's last line.
    return last !== undefined && heading !== undefined && heading >= last - 1 ? [i + 1] : [];
  });
}

/**
 * Rasterises every page of a PDF with poppler's pdftoppm, the pages as a
 * reader would see them: no text layer is read, since engines write it
 * differently (or not at all for some glyphs).
 */
export function printedPages(pdf: Buffer): PrintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      join(dir, 'print.pdf'),
      join(dir, 'page'),
    ]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/u.exec(a)![1]) - Number(/(\d+)\.pgm$/u.exec(b)![1]))
      .map((name) => {
        const { width, height, pixels } = readPgm(readFileSync(join(dir, name)));
        return analyse(width, height, pixels);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
