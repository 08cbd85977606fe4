/**
 * Mutations of a raw scraped page for fuzzing the ingest core: what a
 * scraper, a text editor or a transfer can plausibly do to the page. A
 * mutation is plain data (so fast-check can print and shrink it): edits to
 * the text, an encoding, then edits to the bytes. Positions are stored as
 * plain numbers and taken modulo the current size when applied, so edits
 * compose whatever came before them.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** The scrape separates paragraphs with three spaces. */
const SEPARATOR = '   ';

/**
 * Characters that mean something to Markdown, HTML or the punctuation
 * restorer, as a flipped byte or a careless edit may leave them in the text.
 */
const SNIPPETS = [
  '*',
  '**',
  '_',
  '#',
  '# ',
  '> ',
  '- ',
  '1. ',
  '`',
  '[',
  ']',
  '<div>',
  '&amp;',
  '\\',
  '---',
  '|',
  ',',
  ':',
  '(',
  ')',
  '!',
  '?',
  '一要',
  '（一）',
  '一、',
  '谢谢',
  '\t',
  '\r',
];

/** Lines the document-sharing site adds around every page. */
const BOILERPLATE = [
  '申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。',
  '文档介绍',
  '查看更多',
  '相关文章',
  '您可能关注的文档',
];

export type TextEdit =
  | { kind: 'truncate'; at: number }
  | { kind: 'shuffle'; start: number; keys: number[] }
  | { kind: 'duplicate'; paragraph: number }
  | { kind: 'boilerplate'; at: number; line: string; glue: string; onSeparator: boolean }
  | { kind: 'separator'; which: number; replacement: string }
  | { kind: 'insert'; at: number; snippet: string };

export type ByteEdit = { kind: 'flip'; at: number; xor: number } | { kind: 'truncate'; at: number };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom';

export interface Mutation {
  text: TextEdit[];
  lineEnding: '\n' | '\r\n';
  encoding: Encoding;
  bytes: ByteEdit[];
}

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('shuffle' as const),
    start: fc.nat(),
    keys: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), paragraph: fc.nat() }),
  fc.record({
    kind: fc.constant('boilerplate' as const),
    at: fc.nat(),
    line: fc.constantFrom(...BOILERPLATE),
    glue: fc.constantFrom('\n', '\n\n', SEPARATOR),
    onSeparator: fc.boolean(),
  }),
  // Dropped, single, doubled or changed separators.
  fc.record({
    kind: fc.constant('separator' as const),
    which: fc.nat(),
    replacement: fc.constantFrom('', ' ', '  ', SEPARATOR + SEPARATOR, '\n', '\u3000'),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    snippet: fc.constantFrom(...SNIPPETS),
  }),
);

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  text: fc.array(textEdit, { minLength: 0, maxLength: 3 }),
  lineEnding: fc.constantFrom('\n' as const, '\r\n' as const),
  encoding: fc.constantFrom<Encoding>(
    'utf-8',
    'utf-8-bom',
    'gb18030',
    'utf-16le-bom',
    'utf-16be-bom',
  ),
  // Most cases keep their bytes intact, so that text edits reach the parser rather than the decoder.
  bytes: fc.oneof(
    { weight: 3, arbitrary: fc.constant<ByteEdit[]>([]) },
    { weight: 1, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 3 }) },
  ),
});

/** The seed's text after the mutation's text edits and line endings: what the bytes are meant to say. */
function mutateText(seed: string, mutation: Mutation): string {
  return mutation.text.reduce(applyTextEdit, seed).replace(/\r?\n/gu, mutation.lineEnding);
}

/** The mutated page as bytes: text edits, encoding, then byte edits. */
export function mutateBytes(seed: string, mutation: Mutation): Uint8Array {
  return mutation.bytes.reduce(
    applyByteEdit,
    encode(mutateText(seed, mutation), mutation.encoding),
  );
}

function applyTextEdit(text: string, edit: TextEdit): string {
  const paragraphs = text.split(SEPARATOR);
  switch (edit.kind) {
    case 'truncate':
      return Array.from(text)
        .slice(0, edit.at % (Array.from(text).length + 1))
        .join('');
    case 'shuffle': {
      const start = edit.start % paragraphs.length;
      const window = paragraphs.slice(start, start + edit.keys.length);
      const order = window.map((_, i) => i).sort((a, b) => edit.keys[a]! - edit.keys[b]! || a - b);
      paragraphs.splice(start, window.length, ...order.map((i) => window[i]!));
      return paragraphs.join(SEPARATOR);
    }
    case 'duplicate': {
      const at = edit.paragraph % paragraphs.length;
      paragraphs.splice(at, 0, paragraphs[at]!);
      return paragraphs.join(SEPARATOR);
    }
    case 'boilerplate': {
      // Anywhere in the text, or standing where a separator was.
      const inserted = `${edit.glue}${edit.line}${edit.glue}`;
      if (!edit.onSeparator) {
        const chars = Array.from(text);
        const at = edit.at % (chars.length + 1);
        return [...chars.slice(0, at), inserted, ...chars.slice(at)].join('');
      }
      const at = edit.at % (paragraphs.length + 1);
      return (
        paragraphs.slice(0, at).join(SEPARATOR) + inserted + paragraphs.slice(at).join(SEPARATOR)
      );
    }
    case 'insert': {
      const chars = Array.from(text);
      const at = edit.at % (chars.length + 1);
      return [...chars.slice(0, at), edit.snippet, ...chars.slice(at)].join('');
    }
    case 'separator': {
      if (paragraphs.length < 2) return text;
      const which = edit.which % (paragraphs.length - 1);
      return (
        paragraphs.slice(0, which + 1).join(SEPARATOR) +
        edit.replacement +
        paragraphs.slice(which + 1).join(SEPARATOR)
      );
    }
  }
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return iconv.encode(text, 'utf-8');
    case 'utf-8-bom':
      return iconv.encode(text, 'utf-8', { addBOM: true });
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'utf-16le-bom':
      return iconv.encode(text, 'utf-16le', { addBOM: true });
    case 'utf-16be-bom':
      return iconv.encode(text, 'utf-16be', { addBOM: true });
  }
}

function applyByteEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  if (bytes.length === 0) return bytes;
  if (edit.kind === 'truncate') return bytes.slice(0, edit.at % (bytes.length + 1));
  const flipped = bytes.slice();
  const at = edit.at % flipped.length;
  flipped[at] = flipped[at]! ^ edit.xor;
  return flipped;
}
