import * as OpenCC from 'opencc-js';
import type { WitnessText } from '../../archive/edition.ts';
import { loadEditionSearch, loadSpeeches, type Speech } from '../../archive/speeches.ts';
import type { Script } from '../../i18n/scripts.ts';
import type { Block } from '../core/match.ts';
import { variantMap } from '../core/fold.ts';
import { foldedCorpus } from './folded-corpus.ts';
import { buildGramIndex, type GramIndex, type IndexSizes } from './gram-index.ts';
import { type Alignments, countAlignments, mergeAlignments, variantClassesOf } from './variants.ts';

/**
 * Everything the exact search serves, computed once per build from the
 * rendered speeches: the variant table, each script's blocks, and the gram
 * index over both. The search-data endpoints each take their part.
 */
export interface SiteSearch {
  /** The variant table as served (search-data/variants.json). */
  classes: string;
  /** Per script, per speech: the title as block '' and then the body's blocks, in reading order. */
  blocks: Record<Script, Block[][]>;
  /** Per script, per speech: its witnesses' readings of its paragraphs (none unless it was collated). */
  readings: Record<Script, WitnessText[][]>;
  index: GramIndex;
}

/** Blocks per text chunk: a candidate costs the text of its chunk, a few KB, not its whole speech. */
export const blocksPerChunk = 8;

/** Speeches per file of titles: a few KB, and the no-hit help names speeches in archive order, so it needs few. */
export const speechesPerTitleGroup = 32;

/**
 * What a gram shard aims at (a query fetches at most four shards per
 * phrase), and the longest list a shard holds: a longer one, a common
 * gram's at a few hundred speeches, goes in a file of its own.
 */
const indexSizes: IndexSizes = { shardBytes: 8 * 1024, listBytes: 1024 };

/** Hong Kong and OpenCC's standard forms (爲, 衆, 裏, 着…), which readers type too: character by character. */
const otherConventions = [
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
  OpenCC.Converter({ from: 'cn', to: 't' }),
];

let built: Promise<SiteSearch> | undefined;

export function siteSearch(): Promise<SiteSearch> {
  built ??= build();
  return built;
}

async function build(): Promise<SiteSearch> {
  const [hans, hant, { readings, parts }] = await Promise.all([
    loadSpeeches('hans'),
    loadSpeeches('hant'),
    loadEditionSearch(),
  ]);
  const blocks: Record<Script, Block[][]> = {
    hans: hans.map(searchBlocks),
    hant: hant.map(searchBlocks),
  };
  const classes = corpusVariants(parts);
  const folded = foldedCorpus(blocks, readings, variantMap(classes));
  return { classes, blocks, readings, index: buildGramIndex(folded, indexSizes) };
}

/** The title as block '' and then the body's blocks: each paragraph under its id, each heading under its section's. */
function searchBlocks(speech: Speech): Block[] {
  return [{ id: '', text: speech.title }, ...speech.blocks.map(({ id, text }) => ({ id, text }))];
}

/**
 * The Simplified/Traditional variants that occur in the corpus, so that the
 * browser can match either script against either without shipping OpenCC.
 * Each compilation's edition counted its own (src/editions/compile.ts: its
 * text converted in one piece and its Traditional page as rendered, so
 * both agree); other conventions add the single-character forms of the
 * corpus's characters, each converted alone, which keeps this cheap.
 */
function corpusVariants(
  parts: readonly { alignments: Iterable<[string, number]>; characters: string }[],
): string {
  const alignments: Alignments = new Map();
  const characters = new Set<string>();
  for (const part of parts) {
    mergeAlignments(alignments, part.alignments);
    for (const char of part.characters) characters.add(char);
  }
  // One per line, so that no phrase rule spans two characters.
  const list = [...characters];
  const alsoPairs = otherConventions.flatMap((convert) => {
    const converted = convert(list.join('\n')).split('\n');
    return list.flatMap((char, i): [string, string][] =>
      [...converted[i]!].length === 1 ? [[char, converted[i]!]] : [],
    );
  });
  return variantClassesOf(countAlignments(alsoPairs, 0, alignments));
}
