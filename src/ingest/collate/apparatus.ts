/**
 * The apparatus of a collated speech (校勘记): every reading the reading
 * text does not follow, where it stands and which files have it.
 */
import type { VariantPlace } from './reading.ts';

export type VariantKind = 'substitution' | 'addition' | 'omission';

export interface WitnessRef {
  file: string;
  /** The site's name where the wrapper gives one; null when it does not. */
  site: string | null;
}

export interface VariantReading {
  /** The #p<K> paragraph of the reading text where it stands. */
  paragraph: number;
  kind: VariantKind;
  /** The witness's text there ('' for an omission). */
  reading: string;
  /** The reading text there ('' for an addition). */
  lemma: string;
  witnesses: WitnessRef[];
}

/**
 * `paragraphOf[s]` is the paragraph number of base segment s; a heading's
 * variants go with the paragraph that follows it.
 */
export function apparatus(
  places: readonly VariantPlace[],
  paragraphOf: readonly number[],
  witnesses: readonly WitnessRef[],
): VariantReading[] {
  return places.flatMap((place) =>
    place.readings.map((reading) => ({
      paragraph: paragraphOf[place.segment]!,
      kind: kindOf(place.lemma, reading.text),
      reading: reading.text,
      lemma: place.lemma,
      witnesses: reading.witnesses.map((w) => witnesses[w]!),
    })),
  );
}

function kindOf(lemma: string, reading: string): VariantKind {
  if (reading === '') return 'omission';
  if (lemma === '') return 'addition';
  return 'substitution';
}
