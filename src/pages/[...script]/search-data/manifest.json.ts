import type { APIContext } from 'astro';
import { ui } from '../../../i18n/ui.ts';
import { pageHref, siteHref } from '../../../site/links.ts';
import { scriptFromParam, scriptPaths } from '../../../site/script/scripts.ts';
import { loadSpeeches } from '../../../site/archive/speeches.ts';
import type { Manifest } from '../../../search/data.ts';

export const getStaticPaths = scriptPaths;

/**
 * Below this many speeches the browser scans every speech's text, because
 * Pagefind misses phrases that cut across its words; above it, Pagefind
 * proposes the candidate pages and the exact layer verifies them.
 */
const scanAllBelow = 50;

/** What the search needs before its first query, in this script: where the texts are, and its strings. */
export async function GET({ params }: APIContext): Promise<Response> {
  const script = scriptFromParam(params.script);
  const t = ui(script);
  const speeches = await loadSpeeches(script);
  const manifest: Manifest = {
    script,
    scanAllBelow,
    variants: siteHref('search-data/variants.json'),
    searchPage: pageHref(script, 'search/'),
    speeches: speeches.map((speech) => ({
      slug: speech.slug,
      title: speech.title,
      href: pageHref(script, `${speech.slug}/`),
      data: pageHref(script, `search-data/${speech.slug}.json`),
    })),
    ui: {
      prompt: t.searchPrompt,
      rules: t.searchRules,
      foundOne: t.searchFoundOne,
      foundAll: t.searchFoundAll,
      places: t.searchPlaces,
      paragraphs: t.searchParagraphs,
      none: t.searchNone,
      noneAll: t.searchNoneAll,
      separately: t.searchSeparately,
      parts: t.searchParts,
      nowhere: t.searchNowhere,
      viewAll: t.searchViewAll,
      paragraph: t.searchParagraph,
      heading: t.searchHeading,
      title: t.searchTitle,
    },
  };
  return Response.json(manifest);
}
