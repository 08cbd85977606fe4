import { type AddressEntry, assignSlugs } from './addresses.ts';
import { collate, THRESHOLDS, type VariantReading } from './collate/index.ts';
import { markdownFile } from './markdown/index.ts';
import type {
  CollationReport,
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

/** The apparatus of one speech with several witnesses, written beside its Markdown. */
export interface VariantsFile {
  slug: string;
  fileName: string;
  witnesses: string[];
  variants: VariantReading[];
}

export interface Collected {
  speeches: Speech[];
  markdown: MarkdownFile[];
  variants: VariantsFile[];
  report: IngestReport;
  /** The address book to write back: every slug ever given (addresses.ts). */
  book: AddressEntry[];
}

/**
 * Merges the results of several source files into one archive. Copies of
 * one speech from several files are collated (collate/): one speech, its
 * reading text on the structure of its first whole copy, with the readings
 * it does not follow as its apparatus; every pair judged is reported. Two
 * speeches may share a title (「在全市工作会议上的讲话」) and both stay.
 * Speeches are ordered through the archive by their first copy; their slugs
 * come from the address book, so a speech keeps its address as files and
 * copies are added (addresses.ts).
 */
export function collectResults(
  results: readonly LabelledResult[],
  book: readonly AddressEntry[] = [],
  refused: readonly RefusedSource[] = [],
): Collected {
  const input = results.flatMap(({ label, result }, file) =>
    result.speeches.map((speech) => ({ speech, label, file, site: result.report.site })),
  );
  const archive = collate(input);
  const duplicates: DuplicateSpeech[] = archive.speeches.flatMap(({ witnesses, base }) =>
    witnesses
      .filter((_, w) => w !== base)
      .map((witness) => ({
        title: witnesses[base]!.speech.title,
        keptFrom: witnesses[base]!.label,
        droppedFrom: witness.label,
      })),
  );
  const addressed = assignSlugs(
    archive.speeches.map(({ witnesses, base }) => ({
      title: witnesses[base]!.speech.title,
      source: witnesses[base]!.speech.source.fileName,
      alsoIn: witnesses.filter((_, w) => w !== base).map((w) => w.speech.source.fileName),
    })),
    book,
  );
  const speeches = archive.speeches.map(({ speech }, i) => ({
    ...speech,
    order: i + 1,
    slug: addressed.slugs[i]!,
  }));
  const slugs = new Map(
    archive.speeches.map(({ witnesses, base }, i) => [witnesses[base]!.speech, speeches[i]!.slug]),
  );
  const sources = results.map(({ result }) => ({
    ...result.report,
    speeches: result.report.speeches.flatMap((report, i) => {
      const slug = slugs.get(result.speeches[i]!);
      return slug === undefined ? [] : [{ ...report, slug }];
    }),
  }));
  const variants = archive.speeches.flatMap(({ witnesses, variants }, i) =>
    witnesses.length < 2
      ? []
      : [
          {
            slug: speeches[i]!.slug,
            fileName: `${speeches[i]!.slug}.variants.json`,
            witnesses: witnesses.map((w) => w.speech.source.fileName),
            variants,
          },
        ],
  );
  const file = (i: number): { file: string; title: string } => ({
    file: input[i]!.speech.source.fileName,
    title: input[i]!.speech.title,
  });
  const collation: CollationReport = {
    thresholds: { ...THRESHOLDS },
    pairs: archive.pairs.map(({ a, b, titles, numbersDiffer, jaccard, containment, same }) => ({
      a: file(a),
      b: file(b),
      titlesAgree: titles,
      numbersDiffer,
      jaccard,
      containment,
      same,
    })),
    speeches: variants.map(({ slug, witnesses, variants: readings }) => ({
      slug,
      title: speeches.find((speech) => speech.slug === slug)!.title,
      witnesses,
      variants: readings.length,
    })),
  };
  return {
    speeches,
    markdown: speeches.map(markdownFile),
    variants,
    report: { sources, duplicates, refused: [...refused], collation },
    book: addressed.book,
  };
}
