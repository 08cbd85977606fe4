import { IngestError, quote } from './errors.ts';

/**
 * The page title of a compilation, 「A讲话和B讲话稿合编」, standing on its own
 * (bounded by whitespace or line edges). It names both speeches and is
 * repeated by the site before each copy of the text.
 */
const COMPILATION_TITLE = /(?<!\S)\S+讲话和\S+讲话稿?合编(?!\S)/gu;

export interface CompilationTitle {
  title: string;
  copies: number;
}

export function findCompilationTitle(text: string): CompilationTitle {
  const copies = Array.from(text.matchAll(COMPILATION_TITLE), (match) => match[0]);
  const distinct = [...new Set(copies)];
  const [title] = distinct;
  if (title === undefined) {
    throw new IngestError('no recognisable speech: found no compilation title of the form 「…讲话和…讲话稿合编」; expected a scraped page compiling two speeches');
  }
  if (distinct.length > 1) {
    throw new IngestError(`found ${distinct.length} different compilation titles (${distinct.map(quote).join(', ')}); expected every copy of the page title to agree`);
  }
  return { title, copies: copies.length };
}

/** Removes every copy of the compilation title; a copy also ends the paragraph it was glued into. */
export function cutCompilationTitle(paragraphs: readonly string[], title: string): string[] {
  return paragraphs.flatMap((paragraph) =>
    paragraph
      .split(title)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== ''),
  );
}
