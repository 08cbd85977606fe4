import { z } from 'astro/zod';
import { STRUCTURE_ROLES } from '../ingest/cross-check.ts';
import { CHANGE_KINDS } from '../ingest/normalise/changes.ts';
import { SOURCE_FORMATS } from '../ingest/read/document.ts';
import { SOURCE_SCRIPTS } from '../ingest/script.ts';
import { ASCII_MARKS } from '../ingest/structure/punctuation.ts';

const punctuationKind = z.enum(ASCII_MARKS);
const count = z.number().int().nonnegative();

/** How much of a speech a page holds, when it holds only part (published with --allow-partial). */
export const partialSchema = z.object({
  notice: z.string().nullable(),
  endsWith: z.string(),
  announced: count.nullable(),
  missing: count.nullable(),
});

/** content/speeches/report.json: what scripts/ingest.ts removed and changed. */
export const reportSchema = z.object({
  sources: z
    .array(
      z.object({
        name: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: count,
        format: z.enum(SOURCE_FORMATS),
        encoding: z.string().nullable(),
        site: z.string().nullable(),
        compilationTitle: z.string().nullable(),
        changes: z.array(
          z.object({
            kind: z.enum(CHANGE_KINDS),
            count,
            items: z.array(z.object({ text: z.string(), count })),
          }),
        ),
        wrapperRemoved: z.array(z.string()),
        copiesRemoved: z.array(
          z.object({
            title: z.string(),
            kind: z.enum(['preview', 'duplicate']),
            paragraphs: count,
            characters: count,
            text: z.string(),
          }),
        ),
        punctuation: z.object({
          total: count,
          byKind: z.record(punctuationKind, count),
        }),
        speeches: z.array(
          z.object({
            slug: z.string(),
            title: z.string(),
            partial: partialSchema.nullable(),
            script: z.object({
              script: z.enum(SOURCE_SCRIPTS),
              t2s: z.number().min(0).max(1),
              s2t: z.number().min(0).max(1),
            }),
            paragraphs: z.number().int(),
            characters: z.number().int(),
            sections: z.number().int(),
            subsections: z.number().int(),
            points: z.number().int(),
          }),
        ),
        statedStructure: z
          .object({
            agreed: count,
            disagreements: z.array(
              z.object({
                text: z.string(),
                document: z.enum(STRUCTURE_ROLES),
                rules: z.enum(STRUCTURE_ROLES),
              }),
            ),
          })
          .nullable(),
      }),
    )
    .min(1),
  duplicates: z.array(
    z.object({ title: z.string(), keptFrom: z.string(), droppedFrom: z.string() }),
  ),
  refused: z.array(z.object({ name: z.string(), reason: z.string() })),
  /** Which speeches are copies of one another (src/ingest/collate/). */
  collation: z.object({
    thresholds: z.object({
      sameText: z.number(),
      similarText: z.number(),
      containment: z.number(),
      titleDistance: count,
    }),
    pairs: z.array(
      z.object({
        a: z.object({ file: z.string(), title: z.string() }),
        b: z.object({ file: z.string(), title: z.string() }),
        titlesAgree: z.boolean(),
        numbersDiffer: z.boolean(),
        jaccard: z.number().min(0).max(1),
        containment: z.number().min(0).max(1),
        same: z.boolean(),
      }),
    ),
    speeches: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        witnesses: z.array(z.string()).min(2),
        variants: count,
      }),
    ),
  }),
});

export type Report = z.infer<typeof reportSchema>;
