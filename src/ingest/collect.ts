import { type AddressEntry, assignSlugs } from './addresses.ts';
import { markdownFile } from './markdown/index.ts';
import { speechTexts } from './structure/stats.ts';
import type {
  DuplicateSpeech,
  IngestReport,
  IngestResult,
  MarkdownFile,
  RefusedSource,
  Speech,
} from './types.ts';

/** One ingested source and the name to use for it in messages (e.g. its path). */
export interface LabelledResult {
  label: string;
  result: IngestResult;
}

export interface Collected {
  speeches: Speech[];
  markdown: MarkdownFile[];
  report: IngestReport;
  /** The address book to write back: every slug ever given (addresses.ts). */
  book: AddressEntry[];
}

/**
 * Merges the results of several source files into one archive. A speech
 * whose title and text another file already gave is kept once, from the
 * first file, and reported; so is a partial copy of a speech another file
 * holds whole (the whole one is kept). Two speeches may share a title
 * (「在全市工作会议上的讲话」) and both stay. Speeches are ordered through
 * the archive in file order; their slugs come from the address book, so a
 * speech keeps its address as files are added (addresses.ts).
 */
export function collectResults(
  results: readonly LabelledResult[],
  book: readonly AddressEntry[] = [],
  refused: readonly RefusedSource[] = [],
): Collected {
  const kept: { speech: Speech; label: string; text: string; alsoIn: string[] }[] = [];
  const duplicates: DuplicateSpeech[] = [];
  for (const { label, result } of results) {
    for (const speech of result.speeches) {
      const text = speechTexts(speech).join('\n');
      const earlier = kept.findIndex(
        (entry) =>
          entry.speech.title === speech.title &&
          (entry.text.startsWith(text) || text.startsWith(entry.text)),
      );
      if (earlier === -1) {
        kept.push({ speech, label, text, alsoIn: [] });
        continue;
      }
      const entry = kept[earlier]!;
      if (text.length > entry.text.length) {
        duplicates.push({ title: speech.title, keptFrom: label, droppedFrom: entry.label });
        kept[earlier] = {
          speech,
          label,
          text,
          alsoIn: [...entry.alsoIn, entry.speech.source.fileName],
        };
      } else {
        duplicates.push({ title: speech.title, keptFrom: entry.label, droppedFrom: label });
        entry.alsoIn.push(speech.source.fileName);
      }
    }
  }
  const addressed = assignSlugs(
    kept.map(({ speech, alsoIn }) => ({
      title: speech.title,
      source: speech.source.fileName,
      alsoIn,
    })),
    book,
  );
  const speeches = kept.map(({ speech }, i) => ({
    ...speech,
    order: i + 1,
    slug: addressed.slugs[i]!,
  }));
  const slugs = new Map(kept.map(({ speech }, i) => [speech, speeches[i]!.slug]));
  const sources = results.map(({ result }) => ({
    ...result.report,
    speeches: result.report.speeches.flatMap((report, i) => {
      const slug = slugs.get(result.speeches[i]!);
      return slug === undefined ? [] : [{ ...report, slug }];
    }),
  }));
  return {
    speeches,
    markdown: speeches.map(markdownFile),
    report: { sources, duplicates, refused: [...refused] },
    book: addressed.book,
  };
}
