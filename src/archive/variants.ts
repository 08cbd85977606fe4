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
