import { z } from 'astro/zod';
import { ASCII_MARKS } from '../lib/scrape/punctuation.ts';

const punctuationKind = z.enum(ASCII_MARKS);

/** content/speeches/report.json: what scripts/ingest.ts removed and changed. */
export const reportSchema = z.object({
  sources: z
    .array(
      z.object({
        name: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().nonnegative(),
        encoding: z.string(),
        boilerplateRemoved: z.array(z.string()),
        compilationTitle: z.string(),
        compilationTitleCopiesRemoved: z.number().int().nonnegative(),
        preview: z
          .object({
            paragraphs: z.number().int().nonnegative(),
            characters: z.number().int().nonnegative(),
            text: z.string(),
          })
          .nullable(),
        punctuation: z.object({
          total: z.number().int().nonnegative(),
          byKind: z.record(punctuationKind, z.number().int().nonnegative()),
        }),
        speeches: z.array(
          z.object({
            slug: z.string(),
            title: z.string(),
            paragraphs: z.number().int(),
            characters: z.number().int(),
            sections: z.number().int(),
            subsections: z.number().int(),
            points: z.number().int(),
          }),
        ),
      }),
    )
    .min(1),
});

export type Report = z.infer<typeof reportSchema>;
