/** The ASCII marks the scrape substituted for full-width Chinese punctuation. */
export const ASCII_MARKS = [',', ':', ';', '!', '?', '(', ')'] as const;

export type AsciiMark = (typeof ASCII_MARKS)[number];

export type PunctuationCounts = Record<AsciiMark, number>;

export interface PunctuationResult {
  text: string;
  counts: PunctuationCounts;
}

export const FULL_WIDTH: Readonly<Record<AsciiMark, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

const MARKS: ReadonlySet<string> = new Set(ASCII_MARKS);

export function emptyCounts(): PunctuationCounts {
  return { ',': 0, ':': 0, ';': 0, '!': 0, '?': 0, '(': 0, ')': 0 };
}

export function addCounts(a: PunctuationCounts, b: PunctuationCounts): PunctuationCounts {
  const sum = emptyCounts();
  for (const mark of ASCII_MARKS) sum[mark] = a[mark] + b[mark];
  return sum;
}

export function totalCount(counts: PunctuationCounts): number {
  return ASCII_MARKS.reduce((total, mark) => total + counts[mark], 0);
}

/**
 * Restores full-width punctuation in Chinese text. A mark stays ASCII only
 * when both neighbours are ASCII context (`10:30`, `a,b`, `f(x)`), so
 * numbers, code and links are untouched while `X,比` becomes `X，比`.
 * Nothing but the seven marks ever changes.
 */
export function restorePunctuation(text: string): PunctuationResult {
  const chars = Array.from(text);
  const convert = chars.map(
    (char, i) => MARKS.has(char) && !(isAsciiContext(chars[i - 1]) && isAsciiContext(chars[i + 1])),
  );
  convertParenthesesInPairs(chars, convert);
  const counts = emptyCounts();
  const restored = chars.map((char, i) => {
    if (!convert[i] || !isMark(char)) return char;
    counts[char]++;
    return FULL_WIDTH[char];
  });
  return { text: restored.join(''), counts };
}

function isMark(char: string): char is AsciiMark {
  return MARKS.has(char);
}

/**
 * Edges and printable ASCII count as ASCII context — except the marks
 * themselves, so that in `好!)` both marks still see the Chinese side.
 */
function isAsciiContext(char: string | undefined): boolean {
  return char === undefined || (char >= ' ' && char <= '~' && !MARKS.has(char));
}

/** A pair like `(1)项` would otherwise come out half converted as `(1）项`. */
function convertParenthesesInPairs(chars: readonly string[], convert: boolean[]): void {
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (char === '(') open.push(i);
    if (char !== ')') return;
    const partner = open.pop();
    if (partner !== undefined && (convert[i] || convert[partner])) {
      convert[i] = true;
      convert[partner] = true;
    }
  });
}
