import { report } from './report.ts';
import { type Variants, variantsSchema } from '../schemas/variants.ts';

/**
 * The apparatus of every collated speech (content/speeches/speech-N.variants.json,
 * written by ingest beside the Markdown), by slug. A speech only one file
 * holds has none. Read through Vite's glob, so an archive without any is
 * simply empty.
 */
const files = import.meta.glob<unknown>('../../content/speeches/*.variants.json', {
  eager: true,
  import: 'default',
});

const bySlug = new Map<string, Variants>(
  Object.entries(files).map(([path, data]) => {
    const parsed = variantsSchema.safeParse(data);
    if (!parsed.success) {
      throw new Error(
        `${path.replace(/^(\.\.\/)+/u, '')}: ${parsed.error.issues[0]?.message ?? 'invalid'}; expected the apparatus ingest writes (src/schemas/variants.ts)`,
      );
    }
    return [parsed.data.slug, parsed.data];
  }),
);

/** The speech's apparatus, or null when one file alone holds it. */
export function variantsOf(slug: string): Variants | null {
  return bySlug.get(slug) ?? null;
}

/** A collated speech as one raw file took part in it. */
export interface Witnessed {
  slug: string;
  /** As the report gives it, in the source's script. */
  title: string;
  /** How many files the speech was collated from, this one included. */
  witnesses: number;
  /** How many of this file's readings the reading text does not follow. */
  readings: number;
}

/** The collated speeches a raw file is a witness of. */
export function witnessedBy(file: string): Witnessed[] {
  return report.collation.speeches
    .filter((speech) => speech.witnesses.includes(file))
    .map((speech) => ({
      slug: speech.slug,
      title: speech.title,
      witnesses: speech.witnesses.length,
      readings:
        variantsOf(speech.slug)?.variants.filter((variant) =>
          variant.witnesses.some((witness) => witness.file === file),
        ).length ?? 0,
    }));
}

/** The raw files collated into any of these speeches, besides the ones they were kept from. */
export function witnessFiles(slugs: readonly string[]): string[] {
  const wanted = new Set(slugs);
  return [
    ...new Set(
      report.collation.speeches
        .filter((speech) => wanted.has(speech.slug))
        .flatMap((speech) => speech.witnesses),
    ),
  ];
}
