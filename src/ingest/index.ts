import { decodeText } from './decode.ts';
import { locate } from './locate/index.ts';
import { markdownFile } from './markdown/index.ts';
import { ChangeLog, normalise } from './normalise/index.ts';
import { splitSpeeches } from './split/index.ts';
import { structureSpeech } from './structure/index.ts';
import { addCounts, emptyCounts, totalCount } from './structure/punctuation.ts';
import { speechStats } from './structure/stats.ts';
import type { IngestResult, SourceRef, Speech, SpeechReport } from './types.ts';

export { IngestError } from './errors.ts';
export { type AddressEntry, slugNumber } from './addresses.ts';
export { collectResults, type Collected, type LabelledResult } from './collect.ts';
export type * from './types.ts';

export interface IngestOptions {
  /** Hex SHA-256 of `bytes`, computed by the caller so the core stays synchronous and I/O-free. */
  sha256: string;
  /** Publish a speech the page holds only in part, marked as such, instead of refusing it. */
  allowPartial?: boolean;
}

/**
 * One raw scraped page → its speeches, their Markdown files and a report.
 * The pipeline, one stage per folder:
 *
 *   decode → normalise → locate → split → structure → markdown
 *
 * Throws IngestError, with what was found and what was expected, when the
 * page cannot be read without guessing.
 */
export function ingest(bytes: Uint8Array, fileName: string, options: IngestOptions): IngestResult {
  const { text, encoding } = decodeText(bytes);
  const log = new ChangeLog();
  const located = locate(normalise(text, log), log);
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
      stats: speechStats(body),
    };
  });
  return {
    speeches,
    markdown: speeches.map(markdownFile),
    report: {
      name: fileName,
      sha256: options.sha256,
      bytes: bytes.length,
      encoding,
      compilationTitle: located.compilationTitle,
      changes: log.toJSON(),
      wrapperRemoved: located.wrapper,
      copiesRemoved: split.removed,
      punctuation: { total: totalCount(punctuation), byKind: punctuation },
      speeches: speeches.map(speechReport),
    },
  };
}

function speechReport(speech: Speech): SpeechReport {
  return { slug: speech.slug, title: speech.title, partial: speech.partial, ...speech.stats };
}
