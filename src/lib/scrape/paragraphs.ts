/**
 * The scrape glues a whole page onto one line: paragraphs are separated by
 * runs of two or more spaces, while a single space either glues page pieces
 * (titles) together or belongs to the text itself (`“中国梦 劳动美”`).
 * Newlines and ideographic spaces (U+3000) always separate paragraphs.
 */
const PARAGRAPH_SEPARATOR = /\s{2,}|[\n\u3000]/u;

export function splitParagraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
