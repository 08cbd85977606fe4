import { z } from 'astro/zod';
import { SOURCE_SCRIPTS } from '../ingest/script.ts';
import { partialSchema } from './report.ts';

/** Front matter written by scripts/ingest.ts into content/speeches/*.md. */
export const speechSchema = z.object({
  title: z.string().min(1),
  /** Subtitle or dateline lines under the title, one per line. */
  subtitle: z.string().min(1).optional(),
  order: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/, 'an ASCII slug such as "speech-1"'),
  salutation: z.string().min(1).optional(),
  source: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a hex sha256 of the raw file'),
  paragraphs: z.number().int().positive(),
  characters: z.number().int().positive(),
  /** Present only for a speech published from a page that holds part of it. */
  partial: partialSchema.optional(),
  /** The script the source is written in, which the text keeps; absent for Simplified. */
  sourceScript: z.enum(SOURCE_SCRIPTS).default('hans'),
});

export type SpeechData = z.infer<typeof speechSchema>;
