import { siteSearch } from '../../search/build/site-search.ts';

/** The Simplified/Traditional variants that occur in the corpus (see src/search/build/site-search.ts). */
export async function GET(): Promise<Response> {
  return Response.json({ classes: (await siteSearch()).classes });
}
