import type { APIContext } from 'astro';
import { scripts } from '../../../../i18n/scripts.ts';
import { routeParam } from '../../../../routing/script-routes.ts';
import { loadSpeeches } from '../../../../archive/speeches.ts';
import { blocksPerChunk, siteSearch } from '../../../../search/build/site-search.ts';
import type { TextChunk } from '../../../../search/core/format.ts';

/** `<speech>-<part>`: speech by its position in the archive, part by blocksPerChunk. */
export async function getStaticPaths(): Promise<
  { params: { script: string | undefined; chunk: string } }[]
> {
  const { blocks } = await siteSearch();
  return scripts.flatMap((script) =>
    blocks[script].flatMap((speech, i) =>
      Array.from({ length: Math.ceil(speech.length / blocksPerChunk) }, (_, part) => ({
        params: { script: routeParam[script], chunk: `${i}-${part}` },
      })),
    ),
  );
}

/** A run of one speech's blocks in this script, with what a hit needs to name and link its speech. */
export async function GET({ params, locals }: APIContext): Promise<Response> {
  const { script, href } = locals.page;
  const [speech, part] = (params.chunk ?? '').split('-').map(Number) as [number, number];
  const [{ blocks, readings }, speeches] = await Promise.all([siteSearch(), loadSpeeches(script)]);
  const { slug, title } = speeches[speech]!;
  const first = part * blocksPerChunk;
  const own = blocks[script][speech]!.slice(first, first + blocksPerChunk);
  const ids = new Set(own.map(({ id }) => id));
  const read = readings[script][speech]!.filter(({ id }) => ids.has(id));
  const chunk: TextChunk = {
    slug,
    title,
    href: href(`${slug}/`),
    blocks: own.map(({ id, text }) => [id, text]),
    // Absent, not empty, where no witness differs: a chunk of an uncollated speech stays as it was.
    ...(read.length > 0 && {
      readings: read.map(({ id, text, spans, witnesses }) => [id, text, spans, witnesses]),
    }),
  };
  return Response.json(chunk);
}
