import type { ChangeLog } from '../normalise/changes.ts';
import { joiner } from '../normalise/cut.ts';
import { HEADING_START } from '../structure/headings.ts';

/** A run of spaces two columns wide or more (after normalise, an ideographic space is two) separates paragraphs. */
const GAP = / {2,}/u;
const SENTENCE_END = /[。！？!?…：:；;][”’」』）)]*$/u;

interface Line {
  pieces: string[];
  indented: boolean;
  width: number;
}

/**
 * Stage 2a: the text as paragraphs. A scrape puts paragraphs on lines of
 * their own or runs them together on one line with wide gaps; a PDF copy
 * hard-wraps them at a fixed width and marks paragraphs by indentation, blank
 * lines or a short last line. Which kind a text is shows in its line widths:
 * when most lines fill the same width, line breaks inside a paragraph are
 * wraps and are joined (Chinese lines with nothing between).
 */
export function toParagraphs(text: string, log: ChangeLog): string[] {
  const lines = text.split('\n').map(toLine);
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  let open = false;
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.pieces.length === 0) {
      open = false;
      previous = undefined;
      continue;
    }
    const [first, ...rest] = line.pieces;
    if (open && previous && width !== null && continues(previous, line, width)) {
      const last = paragraphs.pop()!;
      paragraphs.push(last + joiner(last, first!) + first!);
      log.record(
        'line-join',
        `${[...last].slice(-4).join('')}⏎${[...first!].slice(0, 4).join('')}`,
      );
    } else {
      paragraphs.push(first!);
    }
    paragraphs.push(...rest);
    open = true;
    previous = line;
  }
  return paragraphs;
}

function toLine(raw: string): Line {
  const pieces = raw
    .split(GAP)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  // The indent counts: a paragraph's indented first line fills the same width as the rest.
  return { pieces, indented: /^ {2}/u.test(raw), width: columns(raw.trimEnd()) };
}

/**
 * Display width in a Chinese layout: two columns for CJK and full-width
 * characters, and for the quotes, dashes and ellipsis that Chinese fonts
 * set full-width; one for Latin letters, digits and spaces.
 */
export function columns(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

/**
 * The width a hard-wrapped text fills, or null when the text is not
 * hard-wrapped: at least eight lines of one piece, and most of them within
 * four columns (two characters) of the widest common width.
 */
function wrapWidth(lines: readonly Line[]): number | null {
  const widths = lines
    .filter((line) => line.pieces.length === 1 && line.width >= 20)
    .map((line) => line.width)
    .sort((a, b) => a - b);
  if (widths.length < 8) return null;
  const top = widths[Math.floor(widths.length * 0.9)]!;
  if (top > 160) return null;
  const full = widths.filter((width) => width >= top - 4 && width <= top + 4).length;
  return full >= widths.length * 0.5 ? top : null;
}

/** Whether `next` continues the paragraph `line` ended on: `line` was full, `next` not indented, no heading either side. */
function continues(line: Line, next: Line, width: number): boolean {
  const last = line.pieces.at(-1)!;
  const nextText = next.pieces[0]!;
  if (next.indented) return false;
  // A paragraph's last line stops short of the width (allowing three characters for line-breaking rules).
  if (line.width < width - 6) return false;
  if (HEADING_START.test(nextText) && SENTENCE_END.test(last)) return false;
  return true;
}
