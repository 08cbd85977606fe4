export interface PreviewResult {
  paragraphs: string[];
  preview: string[];
}

/**
 * The site shows a partial preview before the complete text: a leading run
 * of paragraphs that reappears verbatim right after itself. The longest such
 * run is the preview; the second (complete) copy is kept.
 */
export function removePreview(paragraphs: readonly string[]): PreviewResult {
  for (let length = Math.floor(paragraphs.length / 2); length > 0; length--) {
    if (repeatsImmediately(paragraphs, length)) {
      return { paragraphs: paragraphs.slice(length), preview: paragraphs.slice(0, length) };
    }
  }
  return { paragraphs: [...paragraphs], preview: [] };
}

function repeatsImmediately(paragraphs: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) {
    if (paragraphs[i] !== paragraphs[i + length]) return false;
  }
  return true;
}
