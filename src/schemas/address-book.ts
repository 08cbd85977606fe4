import { z } from 'zod';

/**
 * content/speeches/slugs.json: every speech address ever given and the speech
 * it names (src/ingest/addresses.ts). Ingest reads it before numbering
 * and writes it back with the new entries.
 */
export const addressBookSchema = z
  .array(
    z.object({
      slug: z.string().regex(/^speech-[1-9]\d*$/u, 'expected speech-<number>'),
      source: z.string().min(1),
      title: z.string().min(1),
      occurrence: z.number().int().positive(),
      /** Every file holding a copy of the speech, when more than one does (collate/). */
      witnesses: z.array(z.string().min(1)).min(2).optional(),
    }),
  )
  .refine(
    (entries) => new Set(entries.map((entry) => entry.slug)).size === entries.length,
    'expected every slug once',
  );
