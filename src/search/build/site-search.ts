import * as OpenCC from 'opencc-js';
import { converterBetween, toTraditional } from '../../i18n/to-traditional.ts';
import { scripts, type Script } from '../../i18n/scripts.ts';
import { loadSpeeches } from '../../archive/speeches.ts';
import type { Speech } from '../../archive/speeches.ts';
import { variantsOf } from '../../archive/variants.ts';
import type { Block } from '../core/match.ts';
import { variantMap } from '../core/fold.ts';
import { foldedCorpus } from './folded-corpus.ts';
import { buildGramIndex, type GramIndex } from './gram-index.ts';
import { variantClasses } from './variants.ts';
import { type WitnessText, witnessTexts } from './witness-texts.ts';

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

/** What a gram shard aims at; a query fetches at most four shards per phrase. */
const shardBytes = 8 * 1024;

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
  const [hans, hant] = await Promise.all([loadSpeeches('hans'), loadSpeeches('hant')]);
  const blocks: Record<Script, Block[][]> = {
    hans: hans.map(searchBlocks),
    hant: hant.map(searchBlocks),
  };
  const readings = speechReadings(hans, hant);
  const classes = corpusVariants(blocks, readings);
  const folded = foldedCorpus(blocks, readings, variantMap(classes));
  return { classes, blocks, readings, index: buildGramIndex(folded, shardBytes) };
}

/**
 * Each collated speech's witness readings in both scripts. They are written
 * in the script of the speech's source, as its apparatus is, and placed in
 * its paragraphs as that script's page gives them; the other script's are
 * converted, which keeps every reading's span, as conversion keeps length.
 */
function speechReadings(hans: readonly Speech[], hant: readonly Speech[]) {
  const readings: Record<Script, WitnessText[][]> = { hans: [], hant: [] };
  hans.forEach((speech, i) => {
    const variants = variantsOf(speech.slug);
    const own = { hans: speech, hant: hant[i]! }[speech.sourceScript];
    const texts = variants ? witnessTexts(variants, own.blocks) : [];
    for (const script of scripts) {
      const convert = converterBetween(speech.sourceScript, script);
      readings[script].push(
        texts.map((reading) => {
          const text = convert(reading.text);
          if (text.length !== reading.text.length)
            throw new Error(
              `${speech.slug}: converting the reading "${reading.text.slice(0, 20)}" changed its length: expected conversion character for character`,
            );
          return { ...reading, text };
        }),
      );
    }
  });
  return readings;
}

/** The title as block '' and then the body's blocks: each paragraph under its id, each heading under its section's. */
function searchBlocks(speech: Speech): Block[] {
  return [{ id: '', text: speech.title }, ...speech.blocks.map(({ id, text }) => ({ id, text }))];
}

/**
 * The Simplified/Traditional variants that occur in the corpus, so that the
 * browser can match either script against either without shipping OpenCC.
 * Pairs come from the whole text converted in one piece and from the
 * Traditional pages as rendered (converted node by node), so both agree;
 * the witnesses' readings give theirs the same way. Other conventions add the single-character forms of the corpus's
 * characters: converting each character alone keeps this cheap.
 */
function corpusVariants(
  blocks: Record<Script, Block[][]>,
  readings: Record<Script, WitnessText[][]>,
): string {
  const pairs: [string, string][] = [];
  const characters = new Set<string>();
  const add = (text: string, traditional: string) => {
    pairs.push([text, toTraditional(text)], [text, traditional]);
    for (const char of text) if (!/\s/u.test(char)) characters.add(char);
  };
  blocks.hans.forEach((speech, i) => {
    speech.forEach(({ text }, j) => add(text, blocks.hant[i]![j]!.text));
    readings.hans[i]!.forEach(({ text }, j) => add(text, readings.hant[i]![j]!.text));
  });
  // One per line, so that no phrase rule spans two characters.
  const list = [...characters];
  const alsoPairs = otherConventions.flatMap((convert) => {
    const converted = convert(list.join('\n')).split('\n');
    return list.flatMap((char, i): [string, string][] =>
      [...converted[i]!].length === 1 ? [[char, converted[i]!]] : [],
    );
  });
  return variantClasses(pairs, alsoPairs);
}
