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
}

const dpi = 50;
const mmPerPixel = 25.4 / dpi;

/** Reads a binary PGM (P5, 8-bit), as `pdftoppm -gray` writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error('expected an 8-bit binary PGM from pdftoppm -gray');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

function analyse(width: number, height: number, pixels: Buffer): PrintedPage {
  let inked = 0;
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! >= 128) continue;
      inked++;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  return {
    ink: inked / (width * height),
    inkBox: inked === 0 ? undefined : { top: top * mmPerPixel, right: (right + 1) * mmPerPixel, bottom: (bottom + 1) * mmPerPixel, left: left * mmPerPixel },
    widthMm: width * mmPerPixel,
    heightMm: height * mmPerPixel,
  };
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
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), join(dir, 'print.pdf'), join(dir, 'page')]);
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
