import { IngestError } from './errors.ts';
import type { IngestReport, IngestResult, MarkdownFile } from './types.ts';

/** One ingested source and the name to use for it in messages (e.g. its path). */
export interface LabelledResult {
  label: string;
  result: IngestResult;
}

export interface Collected {
  markdown: MarkdownFile[];
  report: IngestReport;
}

const UNIQUE_KEYS = ['slug', 'title'] as const;

/**
 * Merges the results of several source files. A repeated slug would
 * overwrite another speech's file, and a repeated title means the same
 * speech was given twice; both are errors naming the later file.
 */
export function collectResults(results: readonly LabelledResult[]): Collected {
  const seen = new Map<string, string>();
  for (const { label, result } of results) {
    for (const speech of result.speeches) {
      for (const key of UNIQUE_KEYS) {
        const id = `${key}:${speech[key]}`;
        const earlier = seen.get(id);
        if (earlier !== undefined) {
          throw new IngestError(`${key} 「${speech[key]}」 was already produced from ${earlier}; expected every speech across all input files to have a distinct ${key}`, label);
        }
        seen.set(id, label);
      }
    }
  }
  return {
    markdown: results.flatMap(({ result }) => result.markdown),
    report: { sources: results.map(({ result }) => result.report) },
  };
}
