import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { speechSchema } from './schemas/speech.ts';

const speeches = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/speeches' }),
  schema: speechSchema,
});

export const collections = { speeches };
