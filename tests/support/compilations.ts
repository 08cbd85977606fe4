import { compilationSlug } from '../../src/archive/compilations.ts';
import { readSpeeches, type SpeechText } from './speech-text.ts';

export interface CompilationText {
  /** The compilation's page, without the script prefix: "c/<slug>/". */
  path: string;
  speeches: SpeechText[];
}

/** The speeches grouped by their raw file, as the site's compilation pages must show them. */
export function readCompilations(): CompilationText[] {
  const bySource = new Map<string, SpeechText[]>();
  for (const speech of readSpeeches())
    bySource.set(speech.source, [...(bySource.get(speech.source) ?? []), speech]);
  return [...bySource].map(([source, speeches]) => ({
    path: `c/${compilationSlug(source)}/`,
    speeches,
  }));
}
