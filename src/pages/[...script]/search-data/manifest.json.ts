import type { APIContext } from 'astro';
import { siteHref } from '../../../routing/links.ts';
import { scriptPaths } from '../../../routing/script-routes.ts';
import {
  blocksPerChunk,
  siteSearch,
  speechesPerTitleGroup,
} from '../../../search/build/site-search.ts';
import type { Manifest } from '../../../search/core/format.ts';

export const getStaticPaths = scriptPaths;

/** Enough to fill a screen or two of results; each speech checked costs a few KB of text. */
const speechesPerPage = 10;

/**
 * What the search needs before its first query, in this script: where the
 * index and the texts are, and its strings. Nothing in it grows with the
 * archive, so the first search costs the same at any size.
 */
export async function GET({ locals }: APIContext): Promise<Response> {
  const { script, t, href } = locals.page;
  const { blocks, readings, index } = await siteSearch();
  const manifest: Manifest = {
    script,
    searchPage: href('search/'),
    index: {
      speeches: blocks[script].length,
      slotsPerSpeech: index.slotsPerSpeech,
      blocksPerChunk,
      speechesPerPage,
      shards: index.shards.length,
      grams: siteHref('search-data/grams/'),
      text: href('search-data/text/'),
      titles: href('search-data/titles/'),
      speechesPerTitleGroup,
      pages: href(),
    },
    ui: {
      prompt: t.searchPrompt,
      rules: t.searchRules,
      foundOne: t.searchFoundOne,
      foundAll: t.searchFoundAll,
      checked: t.searchChecked,
      more: t.searchMore,
      places: t.searchPlaces,
      placesMore: t.searchPlacesMore,
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
    ...(readings[script].some((speech) => speech.length > 0) && {
      readings: { label: t.searchReading, witnesses: t.searchReadingWitnesses },
    }),
  };
  return Response.json(manifest);
}
