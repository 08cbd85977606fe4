import type { APIContext } from 'astro';
import { scriptFromParam } from '../../../site/script/scripts.ts';
import { loadSpeeches, speechPaths } from '../../../site/archive/speeches.ts';
import { blocksFromHtml } from '../../../search/build/blocks.ts';

export const getStaticPaths = speechPaths;

/** One speech's text for the exact search, in this script: the title (id '') and then each block in reading order. */
export async function GET({ params }: APIContext): Promise<Response> {
  const speeches = await loadSpeeches(scriptFromParam(params.script));
  const speech = speeches.find((candidate) => candidate.slug === params.slug)!;
  return Response.json({ blocks: [{ id: '', text: speech.title }, ...blocksFromHtml(speech.html)] });
}
