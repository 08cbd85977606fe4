import { markdownFile } from './markdown/index.ts';
import { speechTexts } from './structure/stats.ts';
import type { DuplicateSpeech, IngestReport, IngestResult, MarkdownFile, Speech } from './types.ts';

/** One ingested source and the name to use for it in messages (e.g. its path). */
export interface LabelledResult {
  label: string;
  result: IngestResult;
}

export interface Collected {
  speeches: Speech[];
  markdown: MarkdownFile[];
  report: IngestReport;
}

/**
 * Merges the results of several source files into one archive. A speech
 * whose title and text another file already gave is kept once, from the
 * first file, and reported; so is a partial copy of a speech another file
 * holds whole (the whole one is kept). Two speeches may share a title
 * (「在全市工作会议上的讲话」) and both stay. Speeches are numbered through
 * the archive in file order, so slugs are unique.
 */
export function collectResults(results: readonly LabelledResult[]): Collected {
  const kept: { speech: Speech; label: string; text: string }[] = [];
  const duplicates: DuplicateSpeech[] = [];
  for (const { label, result } of results) {
    for (const speech of result.speeches) {
      const text = speechTexts(speech).join('\n');
      const earlier = kept.findIndex((entry) => entry.speech.title === speech.title && (entry.text.startsWith(text) || text.startsWith(entry.text)));
      if (earlier === -1) {
        kept.push({ speech, label, text });
        continue;
      }
      const entry = kept[earlier]!;
      if (text.length > entry.text.length) {
        duplicates.push({ title: speech.title, keptFrom: label, droppedFrom: entry.label });
        kept[earlier] = { speech, label, text };
      } else {
        duplicates.push({ title: speech.title, keptFrom: entry.label, droppedFrom: label });
      }
    }
  }
  const speeches = kept.map(({ speech }, i) => ({ ...speech, order: i + 1, slug: `speech-${i + 1}` }));
  const slugs = new Map(kept.map(({ speech }, i) => [speech, speeches[i]!.slug]));
  const sources = results.map(({ result }) => ({
    ...result.report,
    speeches: result.report.speeches.flatMap((report, i) => {
      const slug = slugs.get(result.speeches[i]!);
      return slug === undefined ? [] : [{ ...report, slug }];
    }),
  }));
  return { speeches, markdown: speeches.map(markdownFile), report: { sources, duplicates } };
}
