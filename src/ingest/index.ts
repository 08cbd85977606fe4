import { crossCheck } from './cross-check.ts';
import { locate } from './locate/index.ts';
import { markdownFile } from './markdown/index.ts';
import { ChangeLog, normalise } from './normalise/index.ts';
import { readSource, readText, type ReadDocument } from './read/index.ts';
import { splitSpeeches } from './split/index.ts';
import { structureSpeech } from './structure/index.ts';
import { addCounts, emptyCounts, totalCount } from './structure/punctuation.ts';
import { speechStats, speechTexts } from './structure/stats.ts';
import { readScript } from './script.ts';
import type { IngestResult, SourceRef, Speech, SpeechReport } from './types.ts';

export { IngestError } from './errors.ts';
export { type AddressEntry, slugNumber } from './addresses.ts';
export { collectResults, type Collected, type LabelledResult } from './collect.ts';
export type * from './types.ts';
export { READERS, readSource, type ReadDocument } from './read/index.ts';
export { SOURCE_SCRIPTS, toSimplified } from './script.ts';

export interface IngestOptions {
  /** Hex SHA-256 of `bytes`, computed by the caller so the core stays synchronous and I/O-free. */
  sha256: string;
  /** Publish a speech the page holds only in part, marked as such, instead of refusing it. */
  allowPartial?: boolean;
}

/**
 * One source file, in any format ingest reads → its speeches, their Markdown
 * files and a report. The pipeline, one stage per folder:
 *
 *   read → normalise → locate → split → structure → markdown
 *
 * Reading is the only asynchronous stage (a PDF's text layer is read through
 * promises); everything after it is `ingestDocument`, pure and synchronous.
 * Throws IngestError, with what was found and what was expected, when the
 * file cannot be read without guessing.
 */
export async function ingestSource(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions,
): Promise<IngestResult> {
  return ingestDocument(await readSource(bytes, fileName), bytes.length, fileName, options);
}

/** A text scrape → its speeches: `ingestSource` for text, synchronously. */
export function ingest(bytes: Uint8Array, fileName: string, options: IngestOptions): IngestResult {
  return ingestDocument(readText(bytes), bytes.length, fileName, options);
}

/** The stages after reading, the same for every format. */
export function ingestDocument(
  document: ReadDocument,
  bytes: number,
  fileName: string,
  options: IngestOptions,
): IngestResult {
  const log = new ChangeLog();
  for (const { kind, text, count } of document.setAside) log.record(kind, text, count);
  const located = locate(normalise(document.text, log), log);
  const split = splitSpeeches(located.copies, {
    allowPartial: options.allowPartial ?? false,
    compilationTitle: located.compilationTitle,
  });
  const source: SourceRef = { fileName, sha256: options.sha256 };
  let punctuation = emptyCounts();
  const speeches = split.speeches.map((raw, i): Speech => {
    const structured = structureSpeech(raw);
    punctuation = addCounts(punctuation, structured.punctuation);
    // Numbered within this file; collectResults orders the archive and gives the addresses.
    const order = i + 1;
    const { title, subtitle, body } = structured;
    return {
      order,
      slug: `speech-${order}`,
      title,
      subtitle,
      source,
      partial: raw.partial,
      ...body,
      script: readScript([title, ...speechTexts(body)].join('\n')),
      stats: speechStats(body),
    };
  });
  return {
    speeches,
    markdown: speeches.map(markdownFile),
    report: {
      name: fileName,
      sha256: options.sha256,
      bytes,
      format: document.format,
      encoding: document.encoding,
      site: document.site ?? null,
      compilationTitle: located.compilationTitle,
      changes: log.toJSON(),
      wrapperRemoved: located.wrapper,
      copiesRemoved: split.removed,
      punctuation: { total: totalCount(punctuation), byKind: punctuation },
      speeches: speeches.map(speechReport),
      statedStructure: crossCheck(document.stated, speeches, located.compilationTitle),
    },
  };
}

function speechReport(speech: Speech): SpeechReport {
  return {
    slug: speech.slug,
    title: speech.title,
    partial: speech.partial,
    script: speech.script,
    ...speech.stats,
  };
}
