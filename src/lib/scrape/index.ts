import { stripBoilerplate } from './boilerplate.ts';
import { cutCompilationTitle, findCompilationTitle } from './compilation.ts';
import { decodeText } from './decode.ts';
import { toMarkdown } from './markdown.ts';
import { splitParagraphs } from './paragraphs.ts';
import { removePreview } from './preview.ts';
import { addCounts, emptyCounts, restorePunctuation, totalCount, type PunctuationCounts } from './punctuation.ts';
import { isolateTitles, resolveTitles, splitSpeeches, type RawSpeech } from './split.ts';
import { countCharacters, speechStats } from './stats.ts';
import { structureSpeech } from './structure.ts';
import { speechToMdast } from './to-mdast.ts';
import type { IngestResult, MarkdownFile, PreviewReport, SourceRef, Speech, SpeechReport } from './types.ts';

export { IngestError } from './errors.ts';
export { collectResults, type Collected, type LabelledResult } from './collect.ts';
export type * from './types.ts';

export interface IngestOptions {
  /** Hex SHA-256 of `bytes`, computed by the caller so the core stays synchronous and I/O-free. */
  sha256: string;
  /** Order of this file's first speech; later files continue the numbering so slugs stay unique. */
  firstOrder?: number;
}

interface BuiltSpeech {
  speech: Speech;
  punctuation: PunctuationCounts;
}

/** One raw scraped page → its speeches, their Markdown files and a report. Throws IngestError. */
export function ingest(bytes: Uint8Array, fileName: string, options: IngestOptions): IngestResult {
  const { text, encoding } = decodeText(bytes);
  const boilerplate = stripBoilerplate(text);
  const compilation = findCompilationTitle(boilerplate.text);
  const pieces = cutCompilationTitle(splitParagraphs(boilerplate.text), compilation.title);
  const titles = resolveTitles(compilation.title, pieces);
  const { paragraphs, preview } = removePreview(isolateTitles(pieces, titles));
  const source: SourceRef = { fileName, sha256: options.sha256 };
  const firstOrder = options.firstOrder ?? 1;
  const built = splitSpeeches(paragraphs, titles).map((raw, i) => buildSpeech(raw, firstOrder + i, source));
  const speeches = built.map((entry) => entry.speech);
  const punctuation = built.map((entry) => entry.punctuation).reduce(addCounts, emptyCounts());
  return {
    speeches,
    markdown: speeches.map(markdownFile),
    report: {
      name: fileName,
      sha256: options.sha256,
      bytes: bytes.length,
      encoding,
      boilerplateRemoved: boilerplate.removed,
      compilationTitle: compilation.title,
      compilationTitleCopiesRemoved: compilation.copies,
      preview: previewReport(preview),
      punctuation: { total: totalCount(punctuation), byKind: punctuation },
      speeches: speeches.map(speechReport),
    },
  };
}

function buildSpeech(raw: RawSpeech, order: number, source: SourceRef): BuiltSpeech {
  const title = restorePunctuation(raw.title);
  const paragraphs = raw.paragraphs.map(restorePunctuation);
  const body = structureSpeech(paragraphs.map((paragraph) => paragraph.text));
  const punctuation = [title, ...paragraphs].map((result) => result.counts).reduce(addCounts, emptyCounts());
  const speech: Speech = { order, slug: `speech-${order}`, title: title.text, source, ...body, stats: speechStats(body) };
  return { speech, punctuation };
}

function markdownFile(speech: Speech): MarkdownFile {
  return { slug: speech.slug, fileName: `${speech.slug}.md`, text: toMarkdown(speechToMdast(speech)) };
}

function previewReport(preview: readonly string[]): PreviewReport | null {
  if (preview.length === 0) return null;
  return {
    paragraphs: preview.length,
    characters: preview.reduce((sum, paragraph) => sum + countCharacters(paragraph), 0),
    text: preview.join('\n'),
  };
}

function speechReport(speech: Speech): SpeechReport {
  return { slug: speech.slug, title: speech.title, ...speech.stats };
}
