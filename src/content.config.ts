import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { noteSchema } from './schemas/note.ts';
import { speechSchema } from './schemas/speech.ts';

const speeches = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/speeches' }),
  schema: speechSchema,
});

const notes = defineCollection({
  loader: file('content/notes.yaml'),
  schema: noteSchema,
});

export const collections = { speeches, notes };
