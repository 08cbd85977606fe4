import type { APIContext } from 'astro';
import { siteSearch } from '../../../search/build/site-search.ts';

/** Both scripts share one gram index: they fold to the same text (src/search/build/site-search.ts). */
export async function getStaticPaths(): Promise<{ params: { shard: string } }[]> {
  const { index } = await siteSearch();
  return index.shards.map((_, shard) => ({ params: { shard: String(shard) } }));
}

/** One shard of the gram index, in the format src/search/core/postings.ts reads. */
export async function GET({ params }: APIContext): Promise<Response> {
  const { index } = await siteSearch();
  const shard = index.shards[Number(params.shard)];
  if (!shard)
    throw new Error(`No gram shard "${params.shard}": expected 0 to ${index.shards.length - 1}`);
  return new Response(new Uint8Array(shard), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}
