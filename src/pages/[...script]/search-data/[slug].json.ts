import type { APIContext } from 'astro';
import { routeParam, scriptFromParam, scripts } from '../../../lib/script/scripts.ts';
import { loadSpeeches } from '../../../lib/speeches.ts';
import { blocksFromHtml } from '../../../search/build/blocks.ts';

export async function getStaticPaths() {
  const paths = [];
  for (const script of scripts) {
    for (const speech of await loadSpeeches(script)) {
      paths.push({ params: { script: routeParam[script], slug: speech.slug } });
    }
  }
  return paths;
}

/** One speech's text for the exact search, in this script: the title (id '') and then each block in reading order. */
export async function GET({ params }: APIContext): Promise<Response> {
  const speeches = await loadSpeeches(scriptFromParam(params.script));
  const speech = speeches.find((candidate) => candidate.slug === params.slug)!;
  return Response.json({ blocks: [{ id: '', text: speech.title }, ...blocksFromHtml(speech.html)] });
}
