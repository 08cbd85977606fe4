import { z } from 'astro/zod';

/**
 * content/speeches/speech-N.variants.json: the apparatus of a speech that
 * more than one file holds (src/ingest/collate/): its witnesses, and every
 * reading the reading text does not follow, by the #p<K> paragraph where it
 * stands.
 */
export const variantsSchema = z.object({
  slug: z.string().regex(/^speech-[1-9]\d*$/u),
  witnesses: z.array(z.string().min(1)).min(2),
  variants: z.array(
    z.object({
      paragraph: z.number().int().positive(),
      kind: z.enum(['substitution', 'addition', 'omission']),
      reading: z.string(),
      lemma: z.string(),
      witnesses: z.array(z.object({ file: z.string().min(1), site: z.string().nullable() })).min(1),
    }),
  ),
});

export type Variants = z.infer<typeof variantsSchema>;
