import { z } from 'astro/zod';

/**
 * content/notes.yaml: the editors' notes on single speeches, written by
 * hand (ingest writes content/speeches/ and nothing else). Each shows on
 * the 来源与校勘说明 page that reports its speech's raw file.
 */
export const noteSchema = z.object({
  /** The anchor of the note's heading on the page, e.g. "left-alone". */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an ASCII anchor such as "left-alone"'),
  /** The slug of the speech the note is about. */
  speech: z.string().regex(/^[a-z0-9-]+$/, 'a speech slug such as "speech-2"'),
  /** The heading and the paragraphs, in Simplified (the /zh-hant/ pages convert them). */
  heading: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
});

export type NoteData = z.infer<typeof noteSchema>;
