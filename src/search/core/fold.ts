/**
 * One normal form for search text and queries, shared by the browser (search
 * and target-page highlight) and the build (the variant table), so that both
 * sides fold text the same way:
 *
 * - whitespace is dropped, so "中国梦 劳动美" and "中国梦劳动美" are one phrase;
 * - NFKC folds full-width forms to half-width (，→, ：→: （→( ％→% ａ→a) and
 *   half-width katakana-style CJK punctuation to full (｡→。 ､→、);
 * - Latin letters are lower-cased;
 * - quotes and the full stop, which NFKC leaves apart, are folded by hand;
 * - Simplified and Traditional characters fold to one canonical character
 *   through the corpus's variant table.
 */

/** Characters a reader types interchangeably that NFKC does not relate. */
const punctuation: Readonly<Record<string, string>> = {
  '"': '“',
  '”': '“',
  '「': '“',
  '」': '“',
  "'": '‘',
  '’': '‘',
  '『': '‘',
  '』': '‘',
  '.': '。',
};

/** Maps a character to its canonical variant; characters not in it stand for themselves. */
export type Variants = ReadonlyMap<string, string>;

/**
 * The fold of one code point, before variants: '' for whitespace, including
 * the space NFKC gives some spacing marks (˘ → space + combining breve), so
 * that folding folded text changes nothing.
 */
export function foldChar(char: string): string {
  let out = folds.get(char);
  if (out === undefined) {
    out = '';
    for (const folded of char.normalize('NFKC').toLowerCase())
      if (!/\s/u.test(folded)) out += punctuation[folded] ?? folded;
    folds.set(char, out);
  }
  return out;
}

/** foldChar's answers: a text has a few thousand distinct characters, and folds each of them many times. */
const folds = new Map<string, string>();

/**
 * The variant table as served: equivalence classes separated by spaces, the
 * first character of each class being its canonical form.
 */
export function variantMap(classes: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const members of classes.split(' ')) {
    const [canonical] = members;
    if (canonical === undefined) continue;
    for (const member of members) if (member !== canonical) map.set(member, canonical);
  }
  return map;
}

export interface Normalised {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source character starts in the original. */
  start: number[];
  /** For each UTF-16 unit of `text`, where its source character ends in the original. */
  end: number[];
}

/** Folds `text`, keeping a map back to the original so matches can be marked there. */
export function normalise(text: string, variants: Variants): Normalised {
  const out: Normalised = { text: '', start: [], end: [] };
  let index = 0;
  for (const char of text) {
    const next = index + char.length;
    for (const folded of foldChar(char)) {
      const canonical = variants.get(folded) ?? folded;
      out.text += canonical;
      for (let unit = 0; unit < canonical.length; unit++) {
        out.start.push(index);
        out.end.push(next);
      }
    }
    index = next;
  }
  return out;
}

/** Folds `text` without keeping the map back: for queries. */
export function fold(text: string, variants: Variants): string {
  return normalise(text, variants).text;
}

export interface Phrase {
  /** As typed. */
  text: string;
  /** Folded, for matching. */
  term: string;
}

/**
 * The phrases of a query: separated by whitespace (ASCII or ideographic);
 * phrases that fold to nothing or to a phrase already given are dropped.
 */
export function parseQuery(query: string, variants: Variants): Phrase[] {
  const phrases = new Map<string, Phrase>();
  for (const text of query.split(/\s+/u)) {
    const term = fold(text, variants);
    if (term !== '' && !phrases.has(term)) phrases.set(term, { text, term });
  }
  return [...phrases.values()];
}
