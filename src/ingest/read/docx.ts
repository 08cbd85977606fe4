import { unzipSync } from 'fflate';
import { IngestError } from '../errors.ts';
import type { ChangeKind } from '../normalise/changes.ts';
import type { ReadDocument, Reader, SetAside, StatedBlock } from './document.ts';

const EXPECTED = 'a Word document (.docx)';
const DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const HEADER_FOOTER_PART = /^word\/(header|footer)\d*\.xml$/u;

/** One paragraph as Word holds it: its style's name and its text in runs, bold or not. */
interface Paragraph {
  style: string;
  runs: { text: string; bold: boolean }[];
  hasPageField: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu,
    (entity, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return ENTITIES[name] ?? entity;
      const codePoint = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
      // A damaged file may name a code point Unicode does not have; it is left as written.
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    },
  );
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

/** <w:b/> and <w:b w:val="true"/> turn bold on; w:val="0"/"false"/"off" turns it off. */
function isBold(runProperties: string): boolean {
  const tag = /<w:b(?:\s[^>]*)?\/?>/u.exec(runProperties)?.[0];
  if (tag === undefined) return false;
  const value = attribute(tag, 'w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

const TOKEN =
  /<w:pPr>[\s\S]*?<\/w:pPr>|<w:rPr>[\s\S]*?<\/w:rPr>|<w:r(?:\s[^>]*)?>|<\/w:r>|<w:fldSimple\b[^>]*?\/>|<w:fldSimple\b[^>]*>|<\/w:fldSimple>|<w:fldChar\b[^>]*>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/gu;

/**
 * The paragraphs of one part, in order. Field codes are left out and their
 * shown result kept (a PAGE field's page number), as Word displays them.
 */
function paragraphs(xml: string, styleNames: ReadonlyMap<string, string>): Paragraph[] {
  const found: Paragraph[] = [];
  for (const [body] of xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu)) {
    const paragraph: Paragraph = { style: '', runs: [], hasPageField: false };
    let bold = false;
    let inRun = false;
    for (const [token, instruction, text] of body.matchAll(TOKEN)) {
      if (token.startsWith('<w:pPr>')) {
        const styleTag = /<w:pStyle\b[^>]*>/u.exec(token)?.[0];
        const id = styleTag === undefined ? undefined : attribute(styleTag, 'w:val');
        if (id !== undefined) paragraph.style = styleNames.get(id) ?? id.toLowerCase();
      } else if (token.startsWith('<w:rPr>')) {
        if (inRun) bold = isBold(token);
      } else if (token.startsWith('</w:r>')) {
        inRun = false;
      } else if (token.startsWith('<w:r')) {
        inRun = true;
        bold = false;
      } else if (token.startsWith('<w:fldSimple')) {
        if (/^\s*PAGE\b/u.test(attribute(token, 'w:instr') ?? '')) paragraph.hasPageField = true;
      } else if (instruction !== undefined) {
        if (/^\s*PAGE\b/u.test(instruction)) paragraph.hasPageField = true;
      } else if (text !== undefined) {
        paragraph.runs.push({ text: unescapeXml(text), bold });
      } else if (token.startsWith('<w:tab')) {
        paragraph.runs.push({ text: '\t', bold });
      } else if (token.startsWith('<w:br') || token.startsWith('<w:cr')) {
        paragraph.runs.push({ text: '\n', bold });
      }
    }
    found.push(paragraph);
  }
  return found;
}

function textOf(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Style id → lower-case style name ("Heading1" → "heading 1"), which is what Word's built-in styles agree on across languages. */
function styleNames(xml: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const [style] of (xml ?? '').matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/gu)) {
    const id = attribute(style, 'w:styleId');
    const nameTag = /<w:name\b[^>]*>/u.exec(style)?.[0];
    const name = nameTag === undefined ? undefined : attribute(nameTag, 'w:val');
    if (id !== undefined && name !== undefined) names.set(id, name.toLowerCase());
  }
  return names;
}

function statedRole(paragraph: Paragraph, text: string): StatedBlock | null {
  if (paragraph.style === 'title') return { role: 'title', text };
  const depth = /^heading ([1-3])$/u.exec(paragraph.style)?.[1];
  if (depth !== undefined) return { role: 'heading', depth: Number(depth) as 1 | 2 | 3, text };
  const leading = paragraph.runs.findIndex((run) => !run.bold);
  // A paragraph bold throughout is emphasis, not a lead opening a paragraph.
  if (leading <= 0) return null;
  const lead = paragraph.runs
    .slice(0, leading)
    .map((run) => run.text)
    .join('')
    .trim();
  return lead === '' ? null : { role: 'lead', text: lead };
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: ({ name }) =>
        name === DOCUMENT_PART || name === STYLES_PART || HEADER_FOOTER_PART.test(name),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(`is not a readable Word document (${reason}); expected ${EXPECTED}`);
  }
}

function decodePart(files: Record<string, Uint8Array>, name: string): string | undefined {
  const part = files[name];
  if (part === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch {
    throw new IngestError(
      `is not a readable Word document (${name} is not UTF-8 XML); expected ${EXPECTED}`,
    );
  }
}

/**
 * Header and footer parts repeat on every printed page; they are recorded,
 * never read as body text. A footer line with a PAGE field or a 第 N 页 is a
 * page number; any other header or footer line is a running head.
 */
function headerFooterText(
  files: Record<string, Uint8Array>,
  names: ReadonlyMap<string, string>,
): SetAside[] {
  const counts = new Map<string, SetAside>();
  for (const name of Object.keys(files).sort()) {
    const kind = HEADER_FOOTER_PART.exec(name)?.[1];
    if (kind === undefined) continue;
    for (const paragraph of paragraphs(decodePart(files, name) ?? '', names)) {
      const text = textOf(paragraph).trim();
      if (text === '') continue;
      const pageNumber =
        kind === 'footer' && (paragraph.hasPageField || /第\s*\d+\s*页/u.test(text));
      const changeKind: ChangeKind = pageNumber ? 'page-number' : 'running-head';
      const key = `${changeKind}\u0000${text}`;
      const entry = counts.get(key) ?? { kind: changeKind, text, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()];
}

/** A Word file: the body's paragraphs as text, the styles and bold leads it states, its headers and footers set aside. */
export function readDocx(bytes: Uint8Array): ReadDocument {
  const files = unzip(bytes);
  const xml = decodePart(files, DOCUMENT_PART);
  if (xml === undefined) {
    throw new IngestError(
      `is a zip archive but not a Word document (no ${DOCUMENT_PART}); expected ${EXPECTED}`,
    );
  }
  const names = styleNames(decodePart(files, STYLES_PART));
  const bodyXml = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/u.exec(xml)?.[1] ?? '';
  // In document order: a cover line before the Title stays before it, and locate reads it as wrapper.
  const body = paragraphs(bodyXml, names).filter((paragraph) => textOf(paragraph).trim() !== '');
  const stated = body.flatMap((paragraph) => statedRole(paragraph, textOf(paragraph).trim()) ?? []);
  return {
    format: 'docx',
    encoding: null,
    text: `${body.map((paragraph) => textOf(paragraph).trim()).join('\n\n')}\n`,
    setAside: headerFooterText(files, names),
    stated,
  };
}

export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  expected: EXPECTED,
  // Every zip starts with a local file header; whether it is a Word file is decided on reading.
  sniff: (bytes) =>
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04,
  read: readDocx,
};
